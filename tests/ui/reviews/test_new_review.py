"""The New review form: one dialog with every detail, which keeps what was typed on a mistake."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from reviewer.errors import ReviewerError
from ui.reviews.new_review import NewReviewForm

pytestmark = pytest.mark.gui


def test_the_form_creates_a_review_with_every_detail(
    qtbot: Any, reviews_screen: Any, dialog_calls: Any
) -> None:
    """A missing title is explained in the form, which keeps the rest; then the review opens."""
    due = date.today() + timedelta(days=30)
    seen: list[str] = []

    def first_try(dialog: Any) -> bool:
        dialog.applicant.setText("City police")
        dialog.system.setText("VisionGuard 4.2")
        dialog.business_owner.setText("Head of patrols")
        dialog.approver.setText("bob@example.org")
        dialog.has_due.setChecked(True)
        dialog.due.setDate(QDate(due.year, due.month, due.day))
        return True  # Create review, without a title

    def second_try(dialog: Any) -> bool:
        seen.append(dialog.problem.text())
        seen.append(dialog.system.text())  # still there
        dialog.title.setText("Patrol body cameras")
        return True

    dialog_calls.dialog_steps[:] = [first_try, second_try]
    with qtbot.wait_signal(reviews_screen.review_opened) as opened:
        qtbot.mouseClick(reviews_screen.list_page.new_button, Qt.MouseButton.LeftButton)
    assert "title" in seen[0] and seen[1] == "VisionGuard 4.2"
    assert len(dialog_calls.dialogs_run) == 2
    summary = reviews_screen.service.get_review(opened.args[0]).summary
    assert (summary.title, summary.organisation) == ("Patrol body cameras", "City police")
    assert summary.system == "VisionGuard 4.2"
    assert summary.business_owner == "Head of patrols"
    assert summary.approver == "bob@example.org"
    assert summary.due_date == due


def test_cancelling_the_form_creates_nothing(
    qtbot: Any, reviews_screen: Any, dialog_calls: Any
) -> None:
    qtbot.mouseClick(reviews_screen.list_page.new_button, Qt.MouseButton.LeftButton)
    assert len(dialog_calls.dialogs_run) == 1
    assert reviews_screen.service.count_reviews() == 0


def test_the_form_refuses_a_due_date_in_the_past() -> None:
    form = NewReviewForm("Title", "Applicant", due_date=date.today() - timedelta(days=1))
    with pytest.raises(ReviewerError, match="in the past"):
        form.details().checked()
