"""Offscreen rendering of the main screens to PNG files, for tests, docs and packaging."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from ui.content import DeskContent, sample_answers
from ui.main_window import MainWindow
from ui.theme import apply_dark_palette

SIZE = (1440, 900)


def _shots(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    """List each screen's file name with the step that shows it."""
    shots: list[tuple[str, Callable[[], None]]] = []
    reviews = window.reviews
    if reviews is not None:

        def reviews_list() -> None:
            """Show the Reviews screen's list of reviews."""
            window.show_screen(0)
            reviews.show_list()

        shots.append(("00-reviews-list", reviews_list))
    workspace = window.workspace
    if workspace is not None:
        view = workspace.intake_view
        count = view.model.section_count()

        def step(row: int) -> Callable[[], None]:
            """Return an action that shows one intake step on the Reviews screen."""

            def show() -> None:
                """Show the intake step."""
                window.show_screen(0)
                if reviews is not None:
                    reviews.show_workspace()
                view.go_to(row)

            return show

        shots.append(("01-intake", step(0)))
        if count > 1:
            shots.append(("02-intake-follow-ups", step(count - 1)))
        shots.append(("03-decision", step(count)))
        if getattr(workspace, "signing_panel", None) is not None:
            shots.append(("08-signing-result", step(count + 2)))
    else:
        shots.append(("01-reviews-unavailable", lambda: window.show_screen(0)))
    shots.append(("04-policy-library", lambda: window.show_page("Policy library")))
    shots.append(("05-audit", lambda: _show_audit(window)))
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


def _show_audit(window: MainWindow) -> None:
    """Show the Audit screen once its chain check has arrived."""
    from ui.reviews.sample import wait_for

    window.show_page("Audit")
    audit = window.audit
    if audit is not None:
        wait_for(lambda: audit.job is None)


def _stored_window(content: DeskContent, answers: Any, sample: Any) -> MainWindow:
    """Return a window over the sample database, its showcase review open and signed."""
    if sample is None:
        return MainWindow(content, answers)
    from ui.reviews.sample import sign_showcase
    from ui.signing.work import SignedReport

    window = MainWindow(content, answers, service=sample.service)
    reviews = window.reviews
    if reviews is not None and sample.review_id is not None:
        reviews.open_review(sample.review_id)
        workspace = reviews.workspace
        window.workspace = workspace
        if workspace is not None and workspace.signing_panel is not None:
            assert workspace.session is not None
            signed = sign_showcase(sample, workspace.session.version)
            if isinstance(signed, SignedReport):
                workspace.signing_panel.show_signed(signed)
    return window


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
        answered = sample_answers(content.questionnaire)
        answers = answered[1] if answered else None
    from ui.reviews.sample import stored_sample

    with stored_sample(content) as sample:
        written = _render(app, _stored_window(content, answers, sample), folder)
        apply_dark_palette(app)
        dark = _stored_window(content, answers, sample)
        again = ("intake", "decision", "reviews", "signing", "audit")
        written += [
            p for p in _render(app, dark, folder, "-dark") if any(name in p.name for name in again)
        ]
    return written
