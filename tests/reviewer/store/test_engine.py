"""Choosing the database, SQLite pragmas and file modes, and faults in plain words."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from reviewer.errors import StoreError
from reviewer.store import engine as engine_module
from reviewer.store.database import Store
from reviewer.store.engine import resolve_database_url


def test_url_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    default = resolve_database_url(None)
    assert default.startswith("sqlite:///")
    assert default.endswith("Reviewer/reviewer.sqlite3")
    assert os.environ["XDG_DATA_HOME"] in default
    monkeypatch.setenv("REVIEWER_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert resolve_database_url(None) == "postgresql+psycopg://u@h/db"
    assert resolve_database_url("sqlite:///x.db") == "sqlite:///x.db"
    assert resolve_database_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"


def test_default_file_and_folder_are_owner_only() -> None:
    with Store.open() as store:
        path = Path(store.engine.url.database or "")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_new_folder_is_owner_only(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "new" / "r.sqlite3")):
        pass
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "new" / "r.sqlite3").stat().st_mode) == 0o600


def test_pragmas_on_every_connection(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "r.sqlite3")) as store:
        for _ in range(2):
            with store.engine.connect() as conn:
                assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
                assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
                assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
                assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
            store.engine.dispose()


def test_unreachable_server_is_explained() -> None:
    with pytest.raises(StoreError, match="cannot reach the database server") as info:
        Store.open("postgresql+psycopg://someone:secret@127.0.0.1:1/reviews")
    assert "secret" not in str(info.value)


def test_unsupported_and_malformed_urls() -> None:
    with pytest.raises(StoreError, match="SQLite or PostgreSQL only"):
        Store.open("mysql://u@h/db")
    with pytest.raises(StoreError, match="not a database URL"):
        Store.open("://")


def test_corrupt_file_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a Reviewer database or it is damaged"):
        Store.open(str(path))
    assert path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (x)")
    with pytest.raises(StoreError, match="tables that Reviewer did not create"):
        Store.open(str(path))


def test_read_only_database_is_explained(tmp_path: Path) -> None:
    from tests.helpers.content import complete_answers, open_service

    path = tmp_path / "r.sqlite3"
    with Store.open(str(path)):
        pass
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    with pytest.raises(StoreError, match="read-only"), open_service(read_only) as service:
        service.create_review("T", "O", complete_answers())


def test_locked_database_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.helpers.content import complete_answers, open_service

    path = tmp_path / "r.sqlite3"
    with Store.open(str(path)):
        pass
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with open_service(str(path)) as service, pytest.raises(StoreError, match="locked"):
            service.create_review("T", "O", complete_answers())
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.parametrize("mode", [0o660, 0o640, 0o644])
def test_an_existing_database_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    """A team database shared through its group stays shared after Reviewer writes to it."""
    path = tmp_path / "team.sqlite3"
    with Store.open(str(path)):
        pass
    os.chmod(path, mode)
    with Store.open(str(path)) as store, store.write() as session:
        session.execute(text("SELECT 1"))
    assert stat.S_IMODE(path.stat().st_mode) == mode
    for companion in (tmp_path / "team.sqlite3-wal", tmp_path / "team.sqlite3-shm"):
        if companion.exists():  # SQLite gives them the database file's mode
            assert stat.S_IMODE(companion.stat().st_mode) & ~mode == 0
