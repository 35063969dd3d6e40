"""Fixtures for the UI tests: offscreen Qt, the mini content, and a patched dialog seam."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from reviewer import PolicyPack, Questionnaire
from reviewer.library import _default_packs, default_questionnaire
from tests.helpers.engine import (
    mini_pack,
    mini_questionnaire,
    pack_data,
    questionnaire_data,
)

EXAMPLE = {
    "questionnaire": {"id": "mini", "version": "1"},
    "title": "Body cameras for patrols",
    "organisation": "City police",
    "answers": {
        "org_type": "police",
        "headcount": 1200,
        "uses_camera": True,
        "camera_type": "body",
        "functions": ["identify", "emotion"],
        "warrant": False,
    },
}


@pytest.fixture
def questionnaire() -> Questionnaire:
    """Return the mini questionnaire."""
    return mini_questionnaire()


@pytest.fixture
def packs() -> list[PolicyPack]:
    """Return the mini pack as the only pack."""
    return [mini_pack()]


class DialogCalls:
    """Records what the app asked the dialog seam to show, and answers text prompts."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.crashes: list[Path] = []
        self.text_answers: list[str | None] = []
        self.files: list[Path | None] = []
        self.file_folders: list[Any] = []
        self.passphrases: list[str | None] = []
        self.saves: list[Path | None] = []
        self.confirm_answers: list[bool] = []
        self.confirms: list[tuple[str, str]] = []
        self.opened_urls: list[Any] = []
        self.dialog_steps: list[Any] = []
        self.dialogs_run: list[Any] = []

    def show_error(self, _parent: Any, title: str, message: str) -> None:
        """Record an error dialog."""
        self.errors.append((title, message))

    def show_info(self, _parent: Any, title: str, message: str) -> None:
        """Record an information dialog."""
        self.infos.append((title, message))

    def show_crash_report(self, _parent: Any, report: Path) -> None:
        """Record a crash dialog."""
        self.crashes.append(report)

    def ask_text(self, _parent: Any, _title: str, _label: str, text: str = "") -> str | None:
        """Answer a text prompt with the next queued answer."""
        return self.text_answers.pop(0) if self.text_answers else None

    def open_file(self, _parent: Any, _title: str, _filter: str, folder: Any = "") -> Path | None:
        """Record where a file prompt starts; answer with the next queued path (None: cancelled)."""
        self.file_folders.append(folder)
        return self.files.pop(0) if self.files else None

    def ask_passphrase(self, _parent: Any, _title: str, _label: str) -> str | None:
        """Answer a passphrase prompt with the next queued passphrase."""
        return self.passphrases.pop(0) if self.passphrases else None

    def save_file(
        self, _parent: Any, _title: str, _filter: str, _suggested: Any = ""
    ) -> Path | None:
        """Answer a save prompt with the next queued path (None: cancelled)."""
        return self.saves.pop(0) if self.saves else None

    def confirm(self, _parent: Any, title: str, message: str, _accept_label: str) -> bool:
        """Record a question and answer it with the next queued answer (default: cancel)."""
        self.confirms.append((title, message))
        return self.confirm_answers.pop(0) if self.confirm_answers else False

    def run_dialog(self, dialog: Any) -> bool:
        """Let the next queued step fill the dialog in and answer for it (default: cancel)."""
        self.dialogs_run.append(dialog)
        return bool(self.dialog_steps.pop(0)(dialog)) if self.dialog_steps else False

    def open_url(self, url: Any) -> bool:
        """Record a file or link the app asked the desktop to open."""
        self.opened_urls.append(url)
        return True


@pytest.fixture(autouse=True)
def english(qapp: Any) -> None:
    """Speak English, as the app does at start-up: its plural forms come from a translation."""
    from ui.i18n import install_language

    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def no_mouse_button_left_held(qapp: Any) -> Iterator[None]:
    """Fail a test that leaves Qt believing a mouse button is still held down.

    A press whose release never arrives (the widget under it hid in between, as when a
    double-click opens a review) leaves the button held for every later test: their mouse moves
    then drag instead of hover, so a chart shows no tooltip. The leak is released here and
    reported against the test that made it, not against whichever test runs next.
    """
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    yield
    held = QGuiApplication.mouseButtons()
    if held == Qt.MouseButton.NoButton:
        return
    target = QWidget()
    target.resize(20, 20)
    target.show()
    QTest.qWaitForWindowExposed(target)
    for button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
        if held & button:
            QTest.mouseRelease(target, button, pos=QPoint(5, 5))
    target.close()
    pytest.fail(
        f"the test left a mouse button held ({held}): release it on a widget that is still shown"
    )


@pytest.fixture(autouse=True)
def dialog_calls(monkeypatch: pytest.MonkeyPatch) -> DialogCalls:
    """Patch the dialog seam so no test can open a modal dialog."""
    from ui import dialogs

    calls = DialogCalls()
    monkeypatch.setattr(dialogs, "show_error", calls.show_error)
    monkeypatch.setattr(dialogs, "show_info", calls.show_info)
    monkeypatch.setattr(dialogs, "show_crash_report", calls.show_crash_report)
    monkeypatch.setattr(dialogs, "ask_text", calls.ask_text)
    monkeypatch.setattr(dialogs, "open_file", calls.open_file)
    monkeypatch.setattr(dialogs, "ask_passphrase", calls.ask_passphrase)
    monkeypatch.setattr(dialogs, "save_file", calls.save_file)
    monkeypatch.setattr(dialogs, "confirm", calls.confirm)
    monkeypatch.setattr(dialogs, "open_url", calls.open_url)
    monkeypatch.setattr(dialogs, "run_dialog", calls.run_dialog)
    return calls


def write_resources(root: Path, with_content: bool = True) -> Path:
    """Write a resources folder holding the mini questionnaire, pack and one example."""
    for folder in ("questionnaires", "policies", "examples", "icons"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    if with_content:
        # JSON is YAML, so the loaders read these files as they are.
        (root / "questionnaires" / "ai_deployment_intake.yaml").write_text(
            json.dumps(questionnaire_data()), encoding="utf-8"
        )
        (root / "policies" / "mini.yaml").write_text(json.dumps(pack_data()), encoding="utf-8")
        (root / "examples" / "police.json").write_text(json.dumps(EXAMPLE), encoding="utf-8")
    return root


@pytest.fixture
def shipped_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point REVIEWER_RESOURCES at a folder with the mini content, for this process and children."""
    root = write_resources(tmp_path / "resources")
    monkeypatch.setenv("REVIEWER_RESOURCES", str(root))
    default_questionnaire.cache_clear()
    _default_packs.cache_clear()
    yield root
    default_questionnaire.cache_clear()
    _default_packs.cache_clear()


@pytest.fixture
def workspace(
    qtbot: Any, questionnaire: Questionnaire, packs: list[PolicyPack], tmp_path: Path
) -> Iterator[Any]:
    """Return a shown review workspace over a new, empty stored review of the mini questionnaire."""
    from reviewer.service import ReviewService
    from ui.reviews.screen import ReviewsScreen

    service = ReviewService.open(
        f"sqlite:///{tmp_path / 'workspace.sqlite'}", questionnaire=questionnaire, packs=packs
    )
    screen = ReviewsScreen(service)
    qtbot.add_widget(screen)
    screen.resize(1280, 800)
    change = service.create_review("Body cameras", "City police")
    with qtbot.wait_signal(screen.review_opened):
        screen.open_review(change.review.id)
    screen.show()
    qtbot.wait_exposed(screen)
    yield screen.workspace
    screen.close()
    service.close()
