"""Test-wide fixtures: every test gets its own user folders, never the real ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.postgres import database_url, postgres_server, postgres_url

__all__ = ["database_url", "postgres_server", "postgres_url"]


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the data, config, state and cache folders at tmp_path."""
    home = tmp_path / "home"
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(folder))
    monkeypatch.delenv("REVIEWER_DATABASE_URL", raising=False)
    return home


pytest_plugins = ["tests.helpers.signing_fixtures"]
