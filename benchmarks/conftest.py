"""Benchmarks share the tests' isolation of user folders."""

from tests.conftest import isolated_user_dirs

__all__ = ["isolated_user_dirs"]
