"""Fixtures for the packaging tests: the repository root and the spec's settings module."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_bundle_module() -> ModuleType:
    """Load packaging/bundle.py by path, as the spec does."""
    spec = importlib.util.spec_from_file_location("reviewer_bundle", PACKAGING / "bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["reviewer_bundle"] = module
    spec.loader.exec_module(module)
    return module


def require_tool(name: str) -> str:
    """Return a command's path; skip without it, or fail when REVIEWER_REQUIRE_TOOLS=1."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (scripts/install-system-deps.sh installs it)"
        if os.environ.get("REVIEWER_REQUIRE_TOOLS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def bundle() -> ModuleType:
    """Return the settings module that the PyInstaller spec reads."""
    return load_bundle_module()
