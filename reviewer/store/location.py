"""Which database Reviewer opens, decided without loading SQLAlchemy.

The desktop app reads its first page of reviews before SQLAlchemy is imported, from the same
database the store then opens: both ask this module.
"""

from __future__ import annotations

import os
from pathlib import Path

from reviewer.paths import default_database_path

ENV_VAR = "REVIEWER_DATABASE_URL"
SQLITE_PREFIX = "sqlite:///"


def resolve_database_url(cli_value: str | None = None) -> str:
    """Pick the database: `--database`, else REVIEWER_DATABASE_URL, else the local SQLite file.

    A value without a scheme is taken as the path of an SQLite file.
    """
    value = cli_value or os.environ.get(ENV_VAR) or ""
    if not value.strip():
        return f"sqlite:///{default_database_path()}"
    value = value.strip()
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    return value


def plain_sqlite_file(url: str) -> Path | None:
    """Return the file of a plain `sqlite:///PATH` URL; None for any other kind of URL.

    Only the plainest form is recognised (no driver name, no query, no in-memory or URI
    database): whatever else the store accepts is read through SQLAlchemy alone.
    """
    if not url.startswith(SQLITE_PREFIX) or "?" in url:
        return None
    database = url[len(SQLITE_PREFIX) :]
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)
