"""The open store: one engine, migrated on opening, handing out read and write sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from reviewer.errors import ConflictError, StoreError
from reviewer.store.audit import forget_head, lock_head
from reviewer.store.engine import (
    DURABLE_OPTION,
    WRITER_OPTION,
    make_engine,
    parse_url,
    resolve_database_url,
    safe_url,
    sqlite_path,
    translated_errors,
)
from reviewer.store.schema import SchemaState, schema_state, upgrade

STALE_MESSAGE = (
    "This review was changed elsewhere (another window or another officer) after you opened "
    "it, so your change was not saved. Reload the review and make your change again."
)


class Store:
    """A connection to one review database, with its schema at the version this app knows."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self.where = safe_url(url)
        self.dialect = engine.dialect.name
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(**{WRITER_OPTION: True}), expire_on_commit=False
        )
        self._durable = sessionmaker(
            engine.execution_options(**{WRITER_OPTION: True, DURABLE_OPTION: True}),
            expire_on_commit=False,
        )

    @classmethod
    def open_existing(cls, database: str | None = None) -> Store | None:
        """Open the chosen database only if it already exists; never create one.

        An SQLite file that is not there gives None; a server database is opened as usual.
        """
        url = resolve_database_url(database)
        path = sqlite_path(parse_url(url))
        if path is not None and not path.exists():
            return None
        return cls.open(database)

    @classmethod
    def open(cls, database: str | None = None, *, migrate: bool = True) -> Store:
        """Open the chosen database, creating or migrating its schema when migrate is set."""
        url = resolve_database_url(database)
        engine = make_engine(url)
        store = cls(engine, url)
        try:
            with translated_errors(url):
                if migrate:
                    upgrade(engine, store.where)
                else:
                    store.schema()
        except BaseException:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def schema(self) -> SchemaState:
        """Return where the schema stands, refusing newer or foreign databases."""
        with translated_errors(self.url), self.engine.connect() as connection:
            return schema_state(connection, self.where)

    def upgrade(self) -> SchemaState:
        """Apply pending migrations."""
        with translated_errors(self.url):
            return upgrade(self.engine, self.where)

    def require_current_schema(self) -> None:
        """Refuse to work on a database whose schema is behind this app."""
        state = self.schema()
        if not state.up_to_date:
            raise StoreError(
                f"{self.where}: the database schema is at {state.current or 'nothing'} but this "
                f"version of Reviewer needs {state.head}; run 'reviewer db upgrade'"
            )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """Yield a session for reading; nothing it does is committed."""
        # Closing (not rolling back) ends the transaction and keeps loaded objects readable.
        with translated_errors(self.url), self._reader() as session:
            yield session

    @contextmanager
    def write(self, *, durable: bool = False) -> Iterator[Session]:
        """Yield a session in one transaction, committed at the end or rolled back on error.

        Writers take the audit head lock first, so changes and their audit events are appended
        one writer at a time. A durable write (decisions, signatures) is flushed to disk fully.
        """
        factory = self._durable if durable else self._writer
        with translated_errors(self.url), factory() as session:
            try:
                lock_head(session)
                yield session
                session.commit()
            except StaleDataError:
                session.rollback()
                raise ConflictError(STALE_MESSAGE) from None
            except BaseException:
                session.rollback()
                raise
            finally:
                forget_head(session)

    def integrity_problems(self) -> list[str]:
        """Run the database's own integrity check and return what it found (empty if sound)."""
        with translated_errors(self.url), self.engine.connect() as connection:
            if self.dialect == "sqlite":
                rows = connection.execute(text("PRAGMA integrity_check")).scalars().all()
                problems = [str(r) for r in rows if str(r) != "ok"]
                fk = connection.execute(text("PRAGMA foreign_key_check")).all()
                problems += [f"broken reference in table {row[0]} (row {row[1]})" for row in fk]
                return problems
            connection.execute(text("SELECT count(*) FROM reviews")).scalar_one()
            return []
