"""Where Reviewer keeps its data, settings, identities and logs on this machine."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Reviewer"


def _private_dir(path: Path) -> Path:
    """Create a folder readable by the owner only, and return it."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def data_dir() -> Path:
    """Return the user data folder (follows XDG_DATA_HOME), created owner-only."""
    return _private_dir(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def config_dir() -> Path:
    """Return the user config folder (follows XDG_CONFIG_HOME), created owner-only."""
    return _private_dir(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))


def log_dir() -> Path:
    """Return the user log folder, created owner-only."""
    return _private_dir(Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)))


def identities_dir() -> Path:
    """Return the folder for signing identities (encrypted PKCS#12 files)."""
    return _private_dir(config_dir() / "identities")


def trust_dir() -> Path:
    """Return the trust store folder of organisation root certificates."""
    return _private_dir(config_dir() / "trust")


def default_database_path() -> Path:
    """Return the default SQLite database file."""
    return data_dir() / "reviewer.sqlite3"
