"""Desktop speed: cold start with 10,000 reviews vs a bare PySide6 window, and re-assessment.

Cold start runs both programs as subprocesses, interleaved round by round so that machine noise
hits both alike; the target is within 2x of the bare window. Re-assessment times one answer
change through the intake controller and the autosaving service sink until the live panel has
been updated (target under 16 ms, one frame), with the shipped packs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.stats import percentile, record_p95

REVIEWS = 10_000
ROUNDS = 7
ROOT = Path(__file__).resolve().parent.parent
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.resize(1280, 800)\n"
    "window.show()\n"
    "app.processEvents()\n"
    "window.close()\n"
)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    """Seed a database with 10,000 reviews once; return its URL and a child environment."""
    folder = tmp_path_factory.mktemp("ui-bench")
    url = f"sqlite:///{folder / 'reviews.sqlite'}"
    env = dict(os.environ)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(folder / var.lower())
    env.update(QT_QPA_PLATFORM="offscreen", REVIEWER_DATABASE_URL=url)
    subprocess.run(
        [sys.executable, "-m", "benchmarks.seed", "--reviews", str(REVIEWS), "--database", url],
        check=True,
        cwd=ROOT,
        env=env,
        capture_output=True,
    )
    yield url, env


def _run(command: list[str], env: dict[str, str]) -> float:
    """Run a program to completion and return its wall time in seconds."""
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, env=env, capture_output=True)
    return time.perf_counter() - start


def test_cold_start_with_10000_reviews(benchmark: Any, seeded: tuple[str, dict[str, str]]) -> None:
    """Open the main window on 10,000 reviews, side by side with a bare PySide6 window."""
    _url, env = seeded
    desk = [sys.executable, "-m", "ui", "--smoke"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    _run(desk, env)  # the first run warms the file cache for both programs
    _run(bare, env)
    bare_times: list[float] = []

    def one_round() -> None:
        """Start the bare window, then the desk (which is what is timed)."""
        bare_times.append(_run(bare, env))
        start = time.perf_counter()
        subprocess.run(desk, check=True, cwd=ROOT, env=env, capture_output=True)
        desk_times.append(time.perf_counter() - start)

    desk_times: list[float] = []
    benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)
    desk_median = percentile(desk_times, 0.5)
    bare_median = percentile(bare_times, 0.5)
    ratio = desk_median / bare_median
    benchmark.extra_info.update(
        desk_median_s=round(desk_median, 3),
        bare_median_s=round(bare_median, 3),
        ratio=round(ratio, 2),
        reviews=REVIEWS,
    )
    print(
        f"\ncold start: desk {desk_median:.3f} s, bare PySide6 window {bare_median:.3f} s,"
        f" ratio {ratio:.2f} (target <= 2)"
    )
    assert ratio <= 2.0, f"cold start is {ratio:.2f}x a bare window (target 2x)"


def test_reassessment_after_one_answer(
    benchmark: Any, seeded: tuple[str, dict[str, str]], qtbot: Any
) -> None:
    """One answer change, saved and re-assessed, until the live panel shows it (< 16 ms)."""
    from reviewer.records import ReviewQuery
    from reviewer.service import ReviewService
    from ui.reviews.screen import ReviewsScreen

    url, _env = seeded
    with ReviewService.open(url) as service:
        draft = service.list_reviews(ReviewQuery(search=None, limit=1))[0]
        review = service.create_review(draft.title, draft.organisation).review
        screen = ReviewsScreen(service)
        qtbot.add_widget(screen)
        screen.resize(1280, 800)
        screen.show()
        screen.open_review(review.id)
        workspace = screen.workspace
        assert workspace is not None
        question = next(
            q
            for section in workspace.intake.questionnaire.sections
            for q in section.questions
            if q.kind.value == "boolean" and workspace.intake.is_visible(q.id)
        )
        values = iter([True, False] * 1000)
        shown: list[object] = []
        workspace.intake.assessment_changed.connect(shown.append)

        def change_one_answer() -> None:
            """Flip one yes/no answer; the panel updates before the call returns."""
            workspace.intake.set_answer(question.id, next(values))

        benchmark.pedantic(change_one_answer, rounds=200, iterations=1, warmup_rounds=5)
        p95 = record_p95(benchmark)
        assert len(shown) == 205
        assert workspace.assessment_panel.badge.text()
        print(f"\nre-assessment incl. autosave, p95 {p95:.2f} ms (target < 16 ms)")
        assert p95 < 16
