"""Store speed on a seeded database: first page < 50 ms, full-text search < 100 ms, import >= 500/s.

The seeded SQLite file is kept in .benchmarks/ between runs (seeding 100,000 reviews takes
about a minute); REVIEWER_BENCH_REVIEWS changes the size. A trivial `SELECT 1` on the same
database runs as the baseline, so the figures can be read against this machine's floor.
PostgreSQL runs too when its server binaries are available.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from benchmarks.seed import seed
from benchmarks.stats import record_p95
from reviewer.records import ReviewQuery, ReviewStatus
from reviewer.resources import examples_dir
from reviewer.service import ReviewService
from reviewer.store.schema import head_revision
from tests.helpers.postgres import postgres_server

__all__ = ["postgres_server"]

REVIEWS = int(os.environ.get("REVIEWER_BENCH_REVIEWS", "100000"))
CACHE = Path(__file__).resolve().parent.parent / ".benchmarks" / "store"


def _sqlite_seeded() -> str:
    """Return the cached seeded SQLite file, seeding it the first time."""
    path = CACHE / f"seed-{REVIEWS}-schema{head_revision()}.sqlite3"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        for stale in CACHE.glob(partial.name + "*"):
            stale.unlink()
        result = seed(str(partial), REVIEWS)
        print(f"\nseeded SQLite: {result.reviews} reviews in {result.seconds:.1f} s")
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        shutil.move(partial, path)
    return str(path)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def seeded(request: pytest.FixtureRequest) -> Iterator[ReviewService]:
    """Open a service on a database holding REVIEWS seeded reviews."""
    if request.param == "sqlite":
        url = _sqlite_seeded()
    else:
        server = request.getfixturevalue("postgres_server")
        url = server.create_database()
        result = seed(url, REVIEWS)
        print(f"\nseeded PostgreSQL: {result.reviews} reviews in {result.seconds:.1f} s")
    with ReviewService.open(url) as service:
        assert service.count_reviews() == REVIEWS
        yield service


def test_baseline_select_1(benchmark, seeded: ReviewService) -> None:
    def select_one() -> int:
        with seeded.store.read() as session:
            return int(session.execute(text("SELECT 1")).scalar_one())

    assert benchmark.pedantic(select_one, rounds=200, iterations=1, warmup_rounds=5) == 1
    record_p95(benchmark)


def test_list_first_page(benchmark, seeded: ReviewService) -> None:
    page = benchmark.pedantic(
        seeded.list_reviews, args=(ReviewQuery(limit=50),), rounds=100, warmup_rounds=3
    )
    assert len(page) == 50
    assert page[0].updated_at >= page[-1].updated_at
    record_p95(benchmark)


def test_list_first_page_by_status(benchmark, seeded: ReviewService) -> None:
    query = ReviewQuery(status=ReviewStatus.SIGNED, limit=50)
    page = benchmark.pedantic(seeded.list_reviews, args=(query,), rounds=100, warmup_rounds=3)
    assert len(page) == 50 and all(s.status is ReviewStatus.SIGNED for s in page)
    record_p95(benchmark)


@pytest.mark.parametrize("words", ["donnees sante", "Besancon", "eleves biais modele"])
def test_full_text_search(benchmark, seeded: ReviewService, words: str) -> None:
    query = ReviewQuery(search=words, limit=50)
    page = benchmark.pedantic(seeded.list_reviews, args=(query,), rounds=50, warmup_rounds=3)
    assert page, f"nothing found for {words!r}"
    record_p95(benchmark)


def test_import_rate(benchmark, tmp_path: Path) -> None:
    """Import 500 answers files per round into a fresh SQLite database, as `review import`."""
    files = []
    examples = sorted(examples_dir().glob("*.json"))
    for i in range(500):
        data = json.loads(examples[i % len(examples)].read_text(encoding="utf-8"))
        data["title"] = f"{data['title']} #{i}"
        path = tmp_path / f"intake-{i}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        files.append(path)
    with ReviewService.open(str(tmp_path / "import.sqlite3")) as service:
        service.import_files(files[:5])  # warm caches: questionnaire, packs, connection
        imported = benchmark.pedantic(service.import_files, args=(files,), rounds=5, iterations=1)
        assert len(imported) == 500
        rate = 500 / benchmark.stats.stats.mean
        benchmark.extra_info["reviews_per_second"] = round(rate)
        print(f"\nimport rate: {rate:.0f} reviews/s")
        assert service.verify_audit().ok
