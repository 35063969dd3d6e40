"""Benchmarks share the tests' isolation of user folders, and run Qt offscreen."""

import os

# Set before any Qt import: without a display Qt would abort when the app starts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.conftest import isolated_user_dirs

__all__ = ["isolated_user_dirs"]
