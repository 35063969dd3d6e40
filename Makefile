# Reviewer: two commands for a fresh Debian or Ubuntu machine with Python 3.11+.
#   make run    set everything up and launch the app   (the README says ./dev run)
#   make test   set everything up and run every check and the whole test suite   (./dev test)

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test setup system-deps lint typecheck imports pytest bench release clean

run: setup
	QT_QPA_PLATFORM= $(BIN)/reviewer-desk

test: setup lint typecheck imports pytest

setup: system-deps $(STAMP)

system-deps:
	@bash scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,package]'
	@touch $(STAMP)

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

bench: setup
	$(BIN)/python -m pytest benchmarks --benchmark-enable --benchmark-only -q -p no:randomly

release: setup
	bash packaging/build.sh

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .benchmarks
