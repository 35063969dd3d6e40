"""The frozen bundle's start-up against the source run, side by side (target: within 1.5x).

Builds the bundle as the packaging tests do (about a minute), or uses the folder named by
REVIEWER_FROZEN_BUNDLE.
"""

import statistics
import sys
import time
from pathlib import Path

from tests.packaging.test_frozen import _run, frozen_app

__all__ = ["frozen_app"]

ROUNDS = 7
TARGET = 1.5


def _wall(command: list[str]) -> float:
    """Return the wall time of one --smoke run, which must succeed."""
    started = time.perf_counter()
    result = _run(command)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    return elapsed


def test_frozen_start_against_source(benchmark, frozen_app: Path) -> None:
    frozen_cmd = [str(frozen_app / "reviewer-desk"), "--smoke"]
    source_cmd = [sys.executable, "-m", "ui", "--smoke"]
    _wall(frozen_cmd)
    _wall(source_cmd)
    frozen: list[float] = []
    source: list[float] = []

    def one_round() -> None:
        # Alternate the two, so a busy moment on the machine hits both alike.
        frozen.append(_wall(frozen_cmd))
        source.append(_wall(source_cmd))

    benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)
    ratio = statistics.median(frozen) / statistics.median(source)
    benchmark.extra_info.update(
        frozen_median_s=round(statistics.median(frozen), 3),
        source_median_s=round(statistics.median(source), 3),
        ratio=round(ratio, 2),
    )
    print(
        f"\nstart-up to a shown window (--smoke, medians of {ROUNDS}): frozen "
        f"{statistics.median(frozen):.2f} s, source {statistics.median(source):.2f} s, "
        f"ratio {ratio:.2f} (target <= {TARGET})"
    )
    assert ratio <= TARGET
