from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DialogCalls, write_resources
from ui.content import DeskContent, load_content, sample_answers
from ui.diagnostics import make_excepthook
from ui.main_window import SCREENS, MainWindow
from ui.placeholder import ComingLaterPage

ROOT = Path(__file__).resolve().parents[2]


def _desk(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run the real desktop app as a separate process, offscreen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "ui", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.gui
def test_smoke_run_exits_zero(shipped_resources: Path) -> None:
    result = _desk("--smoke")
    assert result.returncode == 0, result.stderr
    log = Path(os.environ["XDG_STATE_HOME"]) / "Reviewer" / "log" / "reviewer-desk.log"
    assert "Reviewer 0.1.0 starting" in log.read_text(encoding="utf-8")
    assert not list(log.parent.glob("crash-*.txt"))


@pytest.mark.slow
@pytest.mark.gui
def test_smoke_run_fails_loudly_without_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REVIEWER_RESOURCES", str(write_resources(tmp_path / "empty", False)))
    result = _desk("--smoke")
    assert result.returncode == 1
    assert "without its content" in result.stderr
    assert "ai_deployment_intake.yaml" in result.stderr


@pytest.mark.slow
@pytest.mark.gui
def test_screenshots_are_written_at_full_size(shipped_resources: Path, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = _desk("--screenshots", str(out))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    assert len(names) >= 7
    assert "03-decision.png" in names and "01-intake-dark.png" in names
    assert "08-awaiting-approval.png" in names
    assert "11-overview.png" in names and "12-conditions.png" in names
    for name in names:
        image = QImage(str(out / name))
        assert image.width() >= 1280 and image.height() >= 800, name


@pytest.mark.gui
def test_crash_hook_writes_a_report_and_says_where(dialog_calls: DialogCalls) -> None:
    from ui import dialogs

    hook = make_excepthook(lambda report: dialogs.show_crash_report(None, report))
    try:
        raise RuntimeError("the button fell off")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    [report] = dialog_calls.crashes
    assert report.parent == Path(os.environ["XDG_STATE_HOME"]) / "Reviewer" / "log"
    text = report.read_text(encoding="utf-8")
    assert "RuntimeError: the button fell off" in text
    assert "test_crash_hook_writes_a_report_and_says_where" in text


@pytest.mark.gui
def test_main_window_navigation_and_status_bar(
    qtbot: QtBot, shipped_resources: Path, tmp_path: Path
) -> None:
    from reviewer.service import ReviewService

    content = load_content()
    assert content.problem is None and content.questionnaire is not None
    service = ReviewService.open(
        f"sqlite:///{tmp_path / 'nav.sqlite'}",
        questionnaire=content.questionnaire,
        packs=content.packs,
    )
    window = MainWindow(content, service=service)
    qtbot.add_widget(window)
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == list(
        SCREENS
    )
    assert window.stack.currentWidget() is window.overview
    for position, name in enumerate(SCREENS[1:], start=1):
        window.navigation.setCurrentRow(position)
        page = window.stack.currentWidget()
        assert page is window.pages[name]
        assert not isinstance(page, ComingLaterPage), name
    assert window.stack.currentWidget() is window.settings_screen
    assert window.database_label.text() == f"Database: {service.store.where}"
    window.set_identity("Alice Martin (expires 2027-01-01)")
    assert window.identity_label.text() == "Signing identity: Alice Martin (expires 2027-01-01)"
    window.close()
    service.close()


@pytest.mark.gui
def test_a_database_that_does_not_open_shows_why_and_how_to_fix_it(
    qtbot: QtBot, shipped_resources: Path, tmp_path: Path
) -> None:
    """No in-memory fallback: the real error, "Open Settings" and "Try again", which reopens."""
    from ui.main_window import DatabaseProblemPage
    from ui.settings.model import Settings, save_settings
    from ui.startup import DeskStartup

    save_settings(Settings(database="mysql://db.example/reviews"))
    window = MainWindow()
    qtbot.add_widget(window)
    window.show()
    qtbot.wait_exposed(window)
    startup = DeskStartup(window)
    with qtbot.wait_signal(startup.finished, timeout=30_000):
        startup.start()
    assert window.service is None and window.reviews is None
    assert isinstance(window.pages["Reviews"], DatabaseProblemPage)
    page = window.pages["Overview"]  # the first screen says it too
    assert isinstance(page, DatabaseProblemPage)
    assert window.stack.currentWidget() is page
    # The store's own words, not a summary.
    assert "Reviewer stores reviews in SQLite or PostgreSQL only" in page.problem.text()
    assert isinstance(window.pages["Audit"], DatabaseProblemPage)
    assert window.database_label.text().startswith("Database: not open (")
    qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.settings_screen
    # The person fixes the database in Settings, then tries again: the reviews open.
    save_settings(Settings(database=str(tmp_path / "reviews.sqlite")))
    with qtbot.wait_signal(window.store_opened, timeout=30_000):
        qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    assert window.service is not None
    assert window.pages["Reviews"] is window.reviews
    assert window.reviews.list_page.body.currentWidget() is window.reviews.list_page.empty
    window.close()
    window.service.close()


@pytest.mark.gui
def test_sample_answers_come_from_the_examples(shipped_resources: Path) -> None:
    content = load_content()
    assert content.questionnaire is not None
    sample = sample_answers(content.questionnaire)
    assert sample is not None
    title, answers = sample
    assert title == "Body cameras for patrols"
    assert answers["camera_type"] == "body"


@pytest.mark.gui
def test_reviews_screen_explains_missing_content(qtbot: QtBot) -> None:
    window = MainWindow(DeskContent(problem="intake.yaml: 1 problem"))
    qtbot.add_widget(window)
    window.show_page("Reviews")
    page = window.stack.currentWidget()
    assert isinstance(page, ComingLaterPage)
    assert "intake.yaml: 1 problem" in page.purpose.text()
    assert window.workspace is None
