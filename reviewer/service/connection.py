"""Describing and testing a database choice for front ends, which never touch the store directly.

The Settings screen of the desktop app shows which database a value (a file path or a URL) means
and checks that it can be reached, without importing SQLAlchemy or the store itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from reviewer.store.engine import (
    make_engine,
    parse_url,
    resolve_database_url,
    safe_url,
    sqlite_path,
    translated_errors,
)


@dataclass(frozen=True)
class ConnectionCheck:
    """What testing a database choice found.

    `url` is the database's URL without its password. For a SQLite file that does not exist
    yet, `missing_file` names it (Reviewer creates it on first use) and `missing_folder` tells
    whether its folder is missing too (then it cannot be created there). Otherwise the
    database answered.
    """

    url: str
    missing_file: Path | None = None
    missing_folder: bool = False

    @property
    def connected(self) -> bool:
        """Tell whether a database answered (rather than a file being still to create)."""
        return self.missing_file is None


def describe_database(value: str | None) -> str:
    """Return the URL a database choice means (empty: the default file), without a password.

    Raises StoreError when the value is not a database Reviewer can use.
    """
    return safe_url(resolve_database_url(value or None))


def check_database(value: str | None) -> ConnectionCheck:
    """Connect to a database choice and say what was found; raise StoreError when it fails."""
    url = resolve_database_url(value or None)
    parsed = parse_url(url)
    path = sqlite_path(parsed)
    if path is not None and not path.exists():
        return ConnectionCheck(safe_url(parsed), path, not path.parent.is_dir())
    engine = make_engine(url)
    try:
        with translated_errors(url), engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    finally:
        engine.dispose()
    return ConnectionCheck(safe_url(parsed))
