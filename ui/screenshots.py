"""Offscreen rendering of the main screens to PNG files, for tests, docs and packaging."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.content import DeskContent, sample_answers
from ui.main_window import MainWindow
from ui.theme import apply_dark_palette

SIZE = (1280, 800)


def _shots(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    """List each screen's file name with the step that shows it."""
    shots: list[tuple[str, Callable[[], None]]] = []
    workspace = window.workspace
    if workspace is not None:
        view = workspace.intake_view
        count = view.model.section_count()

        def step(row: int) -> Callable[[], None]:
            """Return an action that shows one intake step on the Reviews screen."""
            return lambda: (window.show_screen(0), view.go_to(row))

        shots.append(("01-intake", step(0)))
        if count > 1:
            shots.append(("02-intake-follow-ups", step(count - 1)))
        shots.append(("03-decision", step(count)))
    else:
        shots.append(("01-reviews-unavailable", lambda: window.show_screen(0)))
    shots.append(("04-policy-library", lambda: window.show_page("Policy library")))
    shots.append(("05-audit", lambda: window.show_page("Audit")))
    shots.append(("06-settings", lambda: window.show_page("Settings")))
    shots.append(("07-verify", lambda: _show_verification(window)))
    return shots


def _show_verification(window: MainWindow) -> None:
    """Show the Verify screen with a report signed and checked in a throwaway folder."""
    from ui.verify.sample import sample_verification

    window.show_page("Verify")
    page = window.pages["Verify"]
    sample = sample_verification(window.workspace)
    if sample is not None and hasattr(page, "show_result"):
        page.show_result(*sample)


def _render(app: QApplication, window: MainWindow, folder: Path, suffix: str = "") -> list[Path]:
    """Show the window at the screenshot size and grab each screen."""
    window.resize(*SIZE)
    window.show()
    written = []
    for name, show in _shots(window):
        show()
        app.processEvents()
        path = folder / f"{name}{suffix}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    window.close()
    return written


def render_screens(app: QApplication, content: DeskContent, folder: Path) -> list[Path]:
    """Render every main screen with sample answers, in the light and the dark palette."""
    folder.mkdir(parents=True, exist_ok=True)
    answers = None
    if content.questionnaire is not None:
        sample = sample_answers(content.questionnaire)
        answers = sample[1] if sample else None
    written = _render(app, MainWindow(content, answers), folder)
    apply_dark_palette(app)
    dark = MainWindow(content, answers)
    written += [
        p for p in _render(app, dark, folder, "-dark") if "intake" in p.name or "decision" in p.name
    ]
    return written
