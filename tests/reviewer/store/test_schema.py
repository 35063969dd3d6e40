"""Migrations: every schema version's fixture reaches head; newer databases are refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from reviewer.errors import DatabaseTooNewError
from reviewer.records import ReviewQuery, ReviewStatus
from reviewer.store.database import Store
from reviewer.store.schema import head_revision, known_revisions
from tests.helpers.content import open_service

FIXTURES = Path(__file__).parent / "fixtures"


def test_every_schema_version_has_a_fixture() -> None:
    assert sorted(p.stem.removeprefix("schema_") for p in FIXTURES.glob("*.sqlite3")) == (
        known_revisions()
    )


@pytest.mark.parametrize("revision", known_revisions())
def test_fixture_migrates_to_head_and_keeps_everything(revision: str, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"schema_{revision}.sqlite3", path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    with open_service(str(path)) as service:
        assert service.store.schema().current == head_revision()
        reviews = service.list_reviews()
        assert len(reviews) == 3
        assert {r.status for r in reviews} == {ReviewStatus.DRAFT, ReviewStatus.AWAITING_APPROVAL}
        assert sorted(r.reference for r in reviews)[0].startswith("R-")
        assert len({r.reference for r in reviews}) == 3
        hits = service.list_reviews(ReviewQuery(search="hopital donnees"))
        assert [r.title for r in hits] == ["Tri des dossiers"]
        report = service.check()
        assert report.ok, report
        for summary in reviews:
            stored = service.get_review(summary.id).current.assessment
            assert stored is not None
            again = service.rescore_pinned(summary.id)
            assert again.without_sentences().to_json() == stored.without_sentences().to_json()


def test_newer_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    shutil.copy(FIXTURES / f"schema_{head_revision()}.sqlite3", path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = _dump(path)
    with pytest.raises(DatabaseTooNewError, match="newer version of Reviewer"):
        Store.open(str(path))
    assert _dump(path) == before


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def test_newer_postgres_database_is_refused(database_url: str) -> None:
    Store.open(database_url).close()
    engine = create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseTooNewError):
        Store.open(database_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_head")).scalar() == 1
    engine.dispose()


def test_upgrade_step_by_step_and_again_is_harmless(database_url: str) -> None:
    from reviewer.store.engine import make_engine
    from reviewer.store.schema import upgrade

    engine = make_engine(database_url)
    try:
        assert upgrade(engine, "db", "0001").current == "0001"
        assert upgrade(engine, "db").current == head_revision()
        assert upgrade(engine, "db").current == head_revision()
    finally:
        engine.dispose()


def test_the_fast_path_head_is_alembics_head() -> None:
    from reviewer.store.schema import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'current.sqlite3'}"
    Store.open(url).close()  # created and migrated: now at head
    probe = (
        "import sys\n"
        "from reviewer.store.database import Store\n"
        f"Store.open({url!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
