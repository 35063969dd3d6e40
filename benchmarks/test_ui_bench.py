"""Desktop speed: cold start with 10,000 reviews vs a bare PySide6 window, and re-assessment.

Cold start runs three programs as subprocesses, interleaved round by round so that machine
noise hits them alike, and times each from launch to the line it prints at its milestone (so
the time Python takes to tear down afterwards is not counted, for any of them); each line
carries the system's monotonic clock reading at the milestone, which the timing uses:

(a) a bare PySide6 window, shown and painted;
(b) Reviewer's main window interactive: first paint done and the navigation switching screens;
(c) Reviewer with the first page of the 10,000 stored reviews listed: the first screen, the
    Overview, shows the reviews list's first rows ("Recently updated reviews").

Those rows are read straight from the live database file with sqlite3 (no copy, so never
stale) and drawn on the current screen in the window's first paint; the program then goes on
until the store's own rows have replaced them ("live", reported beside (c)) and must exit
cleanly, so a broken hand-over fails the benchmark. The issue's target is (c) within 2x of
(a). (b)/(a) is reported beside it.

Reviewer's own modules are compiled to bytecode first, as an installed copy has them (pip
compiles on install; the frozen bundle carries bytecode) and as PySide6's own Python parts
already are. Without that step, a machine that sets PYTHONDONTWRITEBYTECODE (CI, this sandbox)
recompiles every one of Reviewer's modules from source at each start, a cost the bare window
never pays and no installed copy pays either.

Re-assessment times one answer change through the intake controller and the autosaving
service sink until the live panel has been updated (target under 16 ms, one frame), with the
shipped packs.
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
RECENT_ROWS = 6
"""The rows of the Overview's recent reviews (ui.overview.recent; not imported: no Qt here)."""
ROUNDS = 7
ROOT = Path(__file__).resolve().parent.parent
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.resize(1280, 800)\n"
    "window.show()\n"
    "app.processEvents()\n"
    "import time\n"
    "print(f'bare: shown at={time.monotonic():.6f}', flush=True)\n"
    "window.close()\n"
)
TARGET = 2.0


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    """Seed a database with 10,000 reviews once; return its URL and a child environment."""
    folder = tmp_path_factory.mktemp("ui-bench")
    url = f"sqlite:///{folder / 'reviews.sqlite'}"
    env = dict(os.environ)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(folder / var.lower())
    env.update(QT_QPA_PLATFORM="offscreen", REVIEWER_DATABASE_URL=url)
    # As installed: bytecode beside the sources (compileall writes it whatever the environment).
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "reviewer", "ui"],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    subprocess.run(
        [sys.executable, "-m", "benchmarks.seed", "--reviews", str(REVIEWS), "--database", url],
        check=True,
        cwd=ROOT,
        env=env,
        capture_output=True,
    )
    yield url, env


def _reached(line: str) -> float:
    """Return when a milestone line was printed: its own monotonic clock reading.

    Each program prints the system's monotonic clock with its milestone, so a program that goes
    on working after it (and keeps this process from reading the line at once) is timed to the
    milestone itself, like one that exits.
    """
    _, _, reading = line.rstrip().rpartition(" at=")
    return float(reading)


def _times_to_lines(
    command: list[str], env: dict[str, str], expected: tuple[str, ...]
) -> list[float]:
    """Launch a program; return the seconds until it prints each expected line, in order."""
    start = time.monotonic()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    elapsed: list[float] = []
    for line in process.stdout:
        if len(elapsed) < len(expected) and line.startswith(expected[len(elapsed)]):
            elapsed.append(_reached(line) - start)
            if len(elapsed) == len(expected):
                break
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert len(elapsed) == len(expected), f"{command} never printed {expected!r}: {err}"
    return elapsed


def test_cold_start_with_10000_reviews(benchmark: Any, seeded: tuple[str, dict[str, str]]) -> None:
    """Time (a) bare window, (b) Reviewer interactive, (c) Reviewer with reviews listed."""
    _url, env = seeded
    programs = {
        "bare": ([sys.executable, "-c", BARE_WINDOW], ("bare: shown",)),
        "shown": ([sys.executable, "-m", "ui", "--exit-when", "shown"], ("reviewer-desk: shown",)),
        "listed": (
            [sys.executable, "-m", "ui", "--exit-when", "listed"],
            (f"reviewer-desk: listed {RECENT_ROWS}", f"reviewer-desk: live {RECENT_ROWS}"),
        ),
    }
    times: dict[str, list[float]] = {name: [] for name in (*programs, "live")}
    for command, expected in programs.values():  # warm the file cache for all three
        _times_to_lines(command, env, expected)

    def one_round() -> None:
        """Start each program once, in turn."""
        for name, (command, expected) in programs.items():
            elapsed = _times_to_lines(command, env, expected)
            times[name].append(elapsed[0])
            if name == "listed":
                times["live"].append(elapsed[1])

    benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)
    bare, shown, listed, live = (
        percentile(times[n], 0.5) for n in ("bare", "shown", "listed", "live")
    )
    benchmark.extra_info.update(
        bare_median_s=round(bare, 3),
        shown_median_s=round(shown, 3),
        listed_median_s=round(listed, 3),
        live_median_s=round(live, 3),
        shown_ratio=round(shown / bare, 2),
        listed_ratio=round(listed / bare, 2),
        live_ratio=round(live / bare, 2),
        reviews=REVIEWS,
    )
    print(
        f"\ncold start (medians of {ROUNDS}): (a) bare PySide6 window {bare:.3f} s;"
        f" (b) Reviewer interactive {shown:.3f} s = {shown / bare:.2f}x;"
        f" (c) first page of {REVIEWS} reviews listed {listed:.3f} s = {listed / bare:.2f}x"
        f" (target for (c): <= {TARGET:.0f}x); the store's own list replaces it at"
        f" {live:.3f} s = {live / bare:.2f}x"
    )
    assert listed / bare <= TARGET, f"(c) is {listed / bare:.2f}x a bare window (target 2x)"


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
