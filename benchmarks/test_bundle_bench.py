"""Bundles and push: 20 MB export and import < 2 s each; push >= 300 reviews/s.

The review exported and imported holds 20 MB of evidence and a signed PDF; the push sends
10,000 seeded reviews from SQLite into PostgreSQL. Baselines measured in the same run:
hashing and copying the same 20 MB (the floor of any export or import), and the bulk seeding
of the same reviews straight into PostgreSQL (the floor of any push).
REVIEWER_BENCH_PUSH_REVIEWS changes the push size.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.seed import seed
from reviewer.decision import Outcome
from reviewer.service import ReviewService
from reviewer.service.signing import person_of
from reviewer.signing.identity import Identity, load_identity
from reviewer.signing.trust import add_root
from tests.helpers.content import complete_answers, open_service
from tests.helpers.postgres import postgres_server
from tests.helpers.signing import make_identity

__all__ = ["postgres_server"]

EVIDENCE_FILES = 4
EVIDENCE_BYTES = 5 * 1024 * 1024
PUSH_REVIEWS = int(os.environ.get("REVIEWER_BENCH_PUSH_REVIEWS", "10000"))


@pytest.fixture
def officer(tmp_path: Path) -> Identity:
    made = make_identity(tmp_path / "ids", "Zoé Bench", "zoe@example.org", b"bench")
    add_root(made.cert)
    return load_identity(made.p12, made.passphrase)


@pytest.fixture
def evidence() -> list[bytes]:
    return [os.urandom(EVIDENCE_BYTES) for _ in range(EVIDENCE_FILES)]


@pytest.fixture
def heavy(
    tmp_path: Path, officer: Identity, evidence: list[bytes]
) -> Iterator[tuple[ReviewService, str]]:
    """Return a service holding a signed review with 20 MB of evidence, and its reference."""
    with open_service(f"sqlite:///{tmp_path / 'laptop.sqlite3'}") as service:
        ref = service.create_review("Heavy", "Acme", complete_answers()).review.reference
        for n, data in enumerate(evidence):
            service.add_attachment(ref, f"scan-{n}.bin", data)
        service.decide(ref, Outcome.APPROVE, "Fine", decider=person_of(officer))
        service.sign_decision(ref, officer, tmp_path / "signed.pdf")
        yield service, ref


def test_baseline_hash_and_copy_20_mb(benchmark, evidence: list[bytes]) -> None:
    """The floor: hash every evidence byte twice and copy it once."""

    def floor() -> int:
        copied = b"".join(evidence)
        return len(hashlib.sha256(copied).hexdigest()) + len(
            [hashlib.sha256(e).hexdigest() for e in evidence]
        )

    benchmark.pedantic(floor, rounds=5, iterations=1)


def test_export_bundle_20_mb(benchmark, heavy: tuple[ReviewService, str], tmp_path: Path) -> None:
    service, ref = heavy
    out = tmp_path / "heavy.reviewer"
    benchmark.pedantic(service.export_bundle, args=(ref, out), rounds=5, iterations=1)
    assert out.stat().st_size > EVIDENCE_FILES * EVIDENCE_BYTES
    assert benchmark.stats.stats.max < 2.0


def test_import_bundle_20_mb(benchmark, heavy: tuple[ReviewService, str], tmp_path: Path) -> None:
    service, ref = heavy
    bundle = service.export_bundle(ref, tmp_path / "heavy.reviewer").path
    rounds = iter(range(100))

    def fresh() -> tuple[tuple[ReviewService], dict[str, object]]:
        desk = ReviewService.open(f"sqlite:///{tmp_path / f'desk-{next(rounds)}.sqlite3'}")
        return (desk,), {}

    def take(desk: ReviewService) -> None:
        try:
            assert desk.import_bundle(bundle).event_seq is not None
        finally:
            desk.close()

    benchmark.pedantic(take, setup=fresh, rounds=5, iterations=1)
    assert benchmark.stats.stats.max < 2.0


@pytest.mark.postgres
def test_push_10000_reviews_into_postgres(benchmark, tmp_path: Path, postgres_server) -> None:
    laptop = f"sqlite:///{tmp_path / 'laptop.sqlite3'}"
    seed(laptop, PUSH_REVIEWS, rng_seed=11)
    floor_url = postgres_server.create_database()
    started = time.perf_counter()
    seed(floor_url, PUSH_REVIEWS, rng_seed=11)
    floor_rate = PUSH_REVIEWS / (time.perf_counter() - started)
    team = postgres_server.create_database()
    with ReviewService.open(laptop) as service:
        report = benchmark.pedantic(service.push_reviews, args=(team,), rounds=1, iterations=1)
    assert len(report.sent) == PUSH_REVIEWS and not report.refused
    rate = PUSH_REVIEWS / benchmark.stats.stats.mean
    benchmark.extra_info["reviews_per_second"] = round(rate)
    benchmark.extra_info["baseline_seed_reviews_per_second"] = round(floor_rate)
    print(f"\npush: {rate:.0f} reviews/s (baseline bulk seed: {floor_rate:.0f} reviews/s)")
    with ReviewService.open(team) as pushed:
        assert pushed.count_reviews() == PUSH_REVIEWS
    assert rate >= 300
