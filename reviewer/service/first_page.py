"""The first page of reviews, for a front end that wants it before the store is open.

Importing this module loads neither SQLAlchemy nor pydantic. It reads the same database that
`ReviewService.open(database)` would open, straight from the live file, so what it returns is
never a stale copy; it returns None whenever only the store can answer (a PostgreSQL server,
an SQLite URL with options, a file of another schema revision, a locked or damaged file).
The caller then waits for the service's own `list_reviews`, which always has the last word.
"""

from __future__ import annotations

from reviewer.store.first_page import FirstPage, FirstPageRow, read_first_page
from reviewer.store.location import plain_sqlite_file, resolve_database_url

__all__ = ["FirstPage", "FirstPageRow", "first_page"]


def first_page(database: str | None, limit: int) -> FirstPage | None:
    """Return the first `limit` reviews, newest update first, or None to wait for the store.

    `database` is what `ReviewService.open` takes: a URL, a file path, or None for the
    REVIEWER_DATABASE_URL variable or the default file.
    """
    path = plain_sqlite_file(resolve_database_url(database))
    if path is None:
        return None
    return read_first_page(path, limit)
