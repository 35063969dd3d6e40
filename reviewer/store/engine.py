"""Choosing the database, connecting to it, and turning driver failures into plain words."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import ConnectionPoolEntry

from reviewer.errors import StoreError
from reviewer.store.location import resolve_database_url

__all__ = ["resolve_database_url"]  # re-exported: its home is reviewer.store.location

BUSY_TIMEOUT_MS = 10_000
WRITER_OPTION = "reviewer_writer"
DURABLE_OPTION = "reviewer_durable"


def parse_url(url: str) -> URL:
    """Parse a database URL, refusing kinds Reviewer does not support."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            f"{url!r} is not a database URL; use a file path, sqlite:///PATH or "
            "postgresql+psycopg://USER@HOST:PORT/NAME"
        ) from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(
            f"{safe_url(parsed)}: Reviewer stores reviews in SQLite or PostgreSQL only"
        )
    if parsed.get_backend_name() == "postgresql" and parsed.drivername != "postgresql+psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def safe_url(url: URL | str) -> str:
    """Render a URL for messages, never showing a password."""
    parsed = url if isinstance(url, URL) else make_url(url)
    return parsed.render_as_string(hide_password=True)


def sqlite_path(url: URL) -> Path | None:
    """Return the file of an SQLite URL, or None for an in-memory or URI database."""
    database = url.database
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    if database.startswith("file:"):
        return Path(database[5:].split("?", 1)[0])
    return Path(database)


def prepare_sqlite_file(path: Path) -> None:
    """Create a new database file owner-only (0600), and its folder owner-only if it is new.

    An existing file keeps its mode: a team database shared through its group (0660) stays
    shared. Reviewer only chooses the mode of files it creates.
    """
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
        os.chmod(path.parent, 0o700)
    if not path.parent.is_dir():
        raise StoreError(f"{path.parent}: is not a folder, so the database cannot be kept there")
    if not path.exists():
        try:
            # O_EXCL: if another process created it meanwhile, its mode is left alone.
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            pass
        except OSError as exc:
            raise StoreError(f"{path}: cannot create the database file ({exc.strerror})") from None


def _sqlite_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    """Apply the pragmas every SQLite connection needs, with a plain cursor (Python 3.11)."""
    # The driver's own implicit transactions skip DDL and reads; _sqlite_begin does it right.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    """Begin SQLite transactions ourselves; writers take the write lock at once (IMMEDIATE).

    A durable writer (a decision, a signature) commits with synchronous=FULL; the pragma can
    only change outside a transaction, so it is set here, just before BEGIN.
    """
    options = connection.get_execution_options()
    if options.get(WRITER_OPTION, False):
        level = "FULL" if options.get(DURABLE_OPTION, False) else "NORMAL"
        connection.exec_driver_sql(f"PRAGMA synchronous = {level}")
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    """Create the engine for a URL, preparing the SQLite file and its pragmas."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(parsed)
        read_only = "mode=ro" in str(parsed.query.get("mode", "")) or "mode=ro" in (
            parsed.database or ""
        )
        if path is not None and not read_only:
            prepare_sqlite_file(path)
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    try:
        return create_engine(
            parsed,
            pool_pre_ping=True,
            connect_args={"connect_timeout": 5, "application_name": "reviewer"},
        )
    except NoSuchModuleError:  # pragma: no cover - psycopg is a dependency
        raise StoreError("PostgreSQL support is not installed (psycopg missing)") from None


def describe_failure(exc: BaseException, url: str) -> str:
    """Explain a driver error in words an officer can act on."""
    where = safe_url(url)
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(original).strip().splitlines()[0] if str(original).strip() else type(original)
    lowered = str(text).lower()
    if isinstance(original, sqlite3.Error) or where.startswith("sqlite"):
        if "readonly" in lowered or "read-only" in lowered:
            return f"{where}: the database is read-only here, so nothing can be saved"
        if "locked" in lowered or "busy" in lowered:
            return (
                f"{where}: the database is locked by another program or window; "
                "close it, or try again in a moment"
            )
        if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
            return (
                f"{where}: the file is not a Reviewer database or it is damaged ({text}); "
                "it was left untouched. Restore it from a backup."
            )
        if "unable to open" in lowered:
            return f"{where}: the database file cannot be opened ({text})"
        return f"{where}: database error ({text})"
    if "connection" in lowered or "connect" in lowered or "timeout" in lowered:
        return f"cannot reach the database server at {where} ({text})"
    if "does not exist" in lowered:
        return f"{where}: {text}"
    if "permission denied" in lowered or "read-only" in lowered:
        return f"{where}: the database refuses changes ({text})"
    return f"{where}: database error ({text})"


@contextmanager
def translated_errors(url: str) -> Iterator[None]:
    """Turn driver errors raised inside the block into StoreError with a plain message."""
    try:
        yield
    except DBAPIError as exc:
        raise StoreError(describe_failure(exc, url)) from None
    except sqlite3.Error as exc:
        raise StoreError(describe_failure(exc, url)) from None
