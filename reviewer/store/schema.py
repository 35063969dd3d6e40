"""Running the shipped Alembic migrations in code, and refusing databases from a newer app.

Alembic is imported only when the schema is not already at HEAD_REVISION: opening an up-to-date
database (every start but the first after an upgrade) reads alembic_version with SQLAlchemy
alone, which keeps Alembic's import time out of the app's start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from reviewer.errors import DatabaseTooNewError, StoreError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions; a test checks it against Alembic's own head.
HEAD_REVISION = "0008"


def alembic_config() -> Config:
    """Return an Alembic Config pointing at the packaged migrations; no alembic.ini needed."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory() -> ScriptDirectory:
    """Return the migration scripts this version of Reviewer ships."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """Return the newest schema revision this app knows."""
    head = script_directory().get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise StoreError("Reviewer was installed without its database migrations")
    return head


def known_revisions() -> list[str]:
    """Return every schema revision this app knows, oldest first."""
    revisions = [r.revision for r in script_directory().walk_revisions()]
    return list(reversed(revisions))


@dataclass(frozen=True)
class SchemaState:
    """Where a database's schema stands compared with this app."""

    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        """Tell whether no migration is pending."""
        return self.current == self.head


def recorded_revisions(connection: Connection) -> list[str] | None:
    """Return the revisions in the alembic_version table, or None when there is no such table."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version"))
    return [str(row[0]) for row in rows]


def schema_state(connection: Connection, where: str) -> SchemaState:
    """Read the database's revision, refusing foreign or newer databases."""
    if recorded_revisions(connection) == [HEAD_REVISION]:
        return SchemaState(current=HEAD_REVISION, head=HEAD_REVISION)
    from alembic.runtime.migration import MigrationContext

    current_heads = MigrationContext.configure(connection).get_current_heads()
    head = head_revision()
    if not current_heads:
        tables = set(inspect(connection).get_table_names())
        if tables - {"alembic_version"}:
            raise StoreError(
                f"{where}: holds tables that Reviewer did not create, so it was left untouched; "
                "choose another database"
            )
        return SchemaState(current=None, head=head)
    if len(current_heads) > 1:
        raise StoreError(f"{where}: the schema history is forked ({', '.join(current_heads)})")
    current = current_heads[0]
    if current not in known_revisions():
        raise DatabaseTooNewError(
            f"{where}: this database was written by a newer version of Reviewer (schema "
            f"{current}; this version knows up to {head}). It was left untouched: update "
            "Reviewer to open it."
        )
    return SchemaState(current=current, head=head)


def upgrade(engine: Engine, where: str, target: str = "head") -> SchemaState:
    """Bring the schema up to a revision (head by default); never downgrades or drops."""
    with engine.connect() as connection:
        state = schema_state(connection, where)
        connection.rollback()
        if state.up_to_date and target == "head":
            return state
        is_sqlite = connection.dialect.name == "sqlite"
        if is_sqlite:
            # Batch migrations copy tables; foreign keys must be off while they do, and the
            # pragma only takes effect outside a transaction.
            _raw_sqlite(connection, "PRAGMA foreign_keys=OFF")
        from alembic import command
        from alembic.util.exc import CommandError

        try:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            if is_sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").all():
                connection.rollback()
                raise StoreError(f"{where}: the migration left broken references; undone")
            connection.commit()
        except CommandError as exc:
            connection.rollback()
            raise StoreError(f"{where}: cannot migrate the database ({exc})") from None
        finally:
            if is_sqlite:
                connection.rollback()
                _raw_sqlite(connection, "PRAGMA foreign_keys=ON")
        return schema_state(connection, where)


def _raw_sqlite(connection: Connection, statement: str) -> None:
    """Run a statement on the driver connection, outside any transaction."""
    raw = connection.connection.driver_connection
    if raw is not None:
        raw.execute(statement)
