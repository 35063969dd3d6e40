"""Overview and register speed on the 100,000-review database: aggregates p95 < 100 ms, CSV < 10 s.

Uses the seeded databases of test_store_bench (kept in .benchmarks/ for SQLite). A trivial
`SELECT 1` on the same database, measured in the same run, is the baseline.
Run: `python -m pytest benchmarks/test_overview_bench.py --benchmark-enable -p no:randomly`.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from sqlalchemy import text

from benchmarks.stats import record_p95
from benchmarks.test_store_bench import REVIEWS, seeded
from reviewer.records import ReviewQuery
from reviewer.register import RegisterFormat
from reviewer.report.model import Person
from reviewer.service import ReviewService
from tests.helpers.postgres import postgres_server

__all__ = ["postgres_server", "seeded"]

ME = Person(name="Claire Approver", email="claire@example.org")
P95_LIMIT_MS = 100.0


def test_overview_baseline_select_1(benchmark, seeded: ReviewService) -> None:
    def select_one() -> int:
        with seeded.store.read() as session:
            return int(session.execute(text("SELECT 1")).scalar_one())

    assert benchmark.pedantic(select_one, rounds=100, iterations=1, warmup_rounds=3) == 1
    print(f"\nbaseline SELECT 1 p95: {record_p95(benchmark):.2f} ms")


def test_overview_counts(benchmark, seeded: ReviewService) -> None:
    counts = benchmark.pedantic(
        seeded.overview_counts, args=(ME,), rounds=30, iterations=1, warmup_rounds=2
    )
    assert counts.awaiting_decision > 0 and counts.suspended > 0
    assert counts.suspended == seeded.count_reviews(ReviewQuery(suspended=True))
    p95 = record_p95(benchmark)
    print(f"\noverview counts p95: {p95:.1f} ms ({counts})")
    assert p95 < P95_LIMIT_MS


def test_overview_series(benchmark, seeded: ReviewService) -> None:
    series = benchmark.pedantic(seeded.overview_series, rounds=30, iterations=1, warmup_rounds=2)
    assert len(series.top_clauses) == 10 and series.decisions_by_outcome
    assert sum(b.count for b in series.verdicts_by_month) > 0
    p95 = record_p95(benchmark)
    print(f"\noverview series p95: {p95:.1f} ms")
    assert p95 < P95_LIMIT_MS


def test_register_csv_export_of_every_review(
    benchmark, seeded: ReviewService, tmp_path: Path
) -> None:
    out = tmp_path / "register.csv"

    def export() -> int:
        return seeded.export_register(out, RegisterFormat.CSV, as_of=date.today())

    started = time.perf_counter()
    count = benchmark.pedantic(export, rounds=1, iterations=1)
    seconds = time.perf_counter() - started
    assert count == REVIEWS
    assert out.read_text(encoding="utf-8").count("\n") == REVIEWS + 1
    benchmark.extra_info["seconds"] = round(seconds, 2)
    print(f"\nCSV export of {count} reviews: {seconds:.2f} s")
    assert seconds < 10.0
