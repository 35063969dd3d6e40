"""Offscreen rendering of the main screens to PNG files, for tests, docs and packaging."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from ui.content import DeskContent
from ui.main_window import MainWindow
from ui.theme import apply_dark_palette

SIZE = (1280, 800)


Shot = Callable[[], QWidget | None]
"""Shows one screen; returns the widget to grab when it is not the main window (a dialog)."""


def _shots(window: MainWindow, sample: Any) -> list[tuple[str, Shot]]:
    """List each screen's file name with the step that shows it."""
    shots: list[tuple[str, Shot]] = []
    reviews = window.reviews
    if reviews is None:
        shots.append(("01-reviews-unavailable", lambda: window.show_page("Reviews")))
    else:

        def reviews_list() -> None:
            """Show the Reviews screen's list of reviews."""
            window.show_page("Reviews")
            reviews.show_list()

        shots.append(("11-overview", lambda: _show_overview(window)))
        shots.append(("00-reviews-list", reviews_list))
        shots.append(("10-new-review", lambda: _new_review_form(window)))

        def step(review_id: str | None, row: Callable[[int], int]) -> Callable[[], None]:
            """Return an action that opens a review and shows one of its steps."""

            def show() -> None:
                """Open the review (or show it again) and go to the step."""
                window.show_page("Reviews")
                if review_id is not None:
                    reviews.open_review(review_id)
                reviews.show_workspace()
                workspace = reviews.workspace
                if workspace is not None:
                    view = workspace.intake_view
                    view.go_to(row(view.model.section_count()))

            return show

        showcase = sample.review_id if sample is not None else None
        if showcase is not None:
            shots.append(("01-intake", step(showcase, lambda _count: 0)))
            shots.append(("02-evidence", step(showcase, lambda count: count)))
            shots.append(("03-decision", step(showcase, lambda count: count + 1)))
            conditions = step(showcase, lambda count: count + 1)
            shots.append(("12-conditions", lambda: _show_conditions(window, conditions)))
            shots.append(("08-awaiting-approval", lambda: _show_signed(window, sample)))
        if sample is not None and sample.returned_id is not None:
            shots.append(("09-returned", step(sample.returned_id, lambda count: count + 2)))
    shots.append(("04-policy-library", lambda: window.show_page("Policy library")))
    shots.append(("05-audit", lambda: _show_audit(window)))
    shots.append(("06-settings", lambda: window.show_page("Settings")))
    shots.append(("07-verify", lambda: _show_verification(window)))
    return shots


def _over_window(window: MainWindow, dialog: QWidget) -> QPixmap:
    """Draw a dialog over the dimmed window, as a modal dialog looks (offscreen has no desktop)."""
    picture = window.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
    shot = dialog.grab()
    bar = 30  # a plain title bar, as a window manager would draw one
    x = (picture.width() - shot.width()) // 2
    y = (picture.height() - shot.height()) // 3
    palette = dialog.palette()
    painter.fillRect(x, y - bar, shot.width(), bar, palette.color(QPalette.ColorRole.Mid))
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    painter.drawText(
        x, y - bar, shot.width(), bar, Qt.AlignmentFlag.AlignCenter, dialog.windowTitle()
    )
    painter.drawPixmap(x, y, shot)
    painter.setPen(palette.color(QPalette.ColorRole.Dark))
    painter.drawRect(x, y - bar, shot.width() - 1, shot.height() + bar - 1)
    painter.end()
    return picture


def _new_review_form(window: MainWindow) -> QWidget:
    """Show the New review form filled in as an officer would, without waiting on it."""
    from ui.reviews.new_review import NewReviewDialog

    window.show_page("Reviews")
    dialog = NewReviewDialog(window)
    dialog.title.setText("Patrol body cameras")  # sample data, like the applicant below
    dialog.applicant.setText("City of Riverton Police")
    dialog.system.setText("VisionGuard 4.2")
    dialog.business_owner.setText("Dana Kim, Head of Patrols")
    dialog.approver.setText("bruno@example.org")
    dialog.has_due.setChecked(True)
    dialog.resize(620, dialog.sizeHint().height())
    dialog.show()
    return dialog


def _show_signed(window: MainWindow, sample: Any) -> None:
    """Show the showcase review's Sign and approve step with its signed file's check."""
    from ui.signing.work import SignedReport

    reviews = window.reviews
    if reviews is None:
        return
    window.show_page("Reviews")
    reviews.open_review(sample.review_id)
    workspace = reviews.workspace
    if workspace is None:
        return
    view = workspace.intake_view
    view.go_to(view.model.section_count() + 2)
    signed = sample.signed
    if isinstance(signed, SignedReport):
        workspace.signing_panel.show_verification(signed.path, signed.verification)


def _show_overview(window: MainWindow) -> None:
    """Show the Overview once its figures have been read."""
    from ui.reviews.sample import wait_for

    overview = window.overview
    window.show_page("Overview")
    if overview is not None:
        overview.refresh()
        wait_for(lambda: overview.job is None)


def _show_conditions(window: MainWindow, show_decision: Callable[[], None]) -> None:
    """Show the showcase's decision step scrolled to its obligations and conditions."""
    show_decision()
    workspace = window.workspace
    if workspace is not None:
        panel = workspace.decision_panel
        QApplication.processEvents()
        panel.verticalScrollBar().setValue(panel.conditions_table.y() - 360)


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


def _stored_window(content: DeskContent, sample: Any) -> MainWindow:
    """Return a window over the sample database (or, without one, over none at all)."""
    if sample is None:
        window = MainWindow(content)
        window.store_failed("no sample database could be made")
        return window
    return MainWindow(content, service=sample.service)


def _render(
    app: QApplication, window: MainWindow, sample: Any, folder: Path, suffix: str = ""
) -> list[Path]:
    """Show the window at the screenshot size and grab each screen."""
    window.resize(*SIZE)
    window.show()
    written = []
    for name, show in _shots(window, sample):
        dialog = show()
        app.processEvents()
        path = folder / f"{name}{suffix}.png"
        image = window.grab() if dialog is None else _over_window(window, dialog)
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        written.append(path)
    window.close()
    return written


def render_screens(app: QApplication, content: DeskContent, folder: Path) -> list[Path]:
    """Render every main screen with sample answers, in the light and the dark palette."""
    folder.mkdir(parents=True, exist_ok=True)
    from ui.reviews.sample import stored_sample

    with stored_sample(content) as sample:
        written = _render(app, _stored_window(content, sample), sample, folder)
        apply_dark_palette(app)
        dark = _stored_window(content, sample)
        again = (
            "intake",
            "decision",
            "reviews",
            "awaiting",
            "returned",
            "audit",
            "overview",
            "conditions",
        )
        written += [
            p
            for p in _render(app, dark, sample, folder, "-dark")
            if any(name in p.name for name in again)
        ]
    return written
