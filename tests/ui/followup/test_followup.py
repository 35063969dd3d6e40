"""Following a decision up: closing conditions with evidence or a reason, the suspension banner."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer.decision import Outcome
from reviewer.followup import ConditionDraft, ConditionStatus, Suspension
from reviewer.records import ReviewStatus
from reviewer.report.model import Person
from reviewer.service import ReviewService
from tests.ui.conftest import DialogCalls
from ui.followup.section import FollowUpSection

pytestmark = pytest.mark.gui

HIGH = {
    "org_type": "company",
    "uses_camera": True,
    "camera_type": "fixed",
    "functions": ["emotion"],
}
SOON = date.today() + timedelta(days=10)


@pytest.fixture
def decided(service: ReviewService) -> str:
    """Return a high-risk review approved with two conditions, not yet signed."""
    ref = service.create_review("Shop cameras", "Corner shop", HIGH).review.reference
    service.decide(
        ref,
        Outcome.APPROVE_WITH_CONDITIONS,
        "Fine with care.",
        [
            ConditionDraft(text="Post notices.", owner="Manager", due=SOON, answers="inform"),
            ConditionDraft(text="Train the staff.", owner="HR", due=SOON),
        ],
        decider=Person(name="Olive Officer"),
    )
    return ref


def _section(qtbot: Any, service: ReviewService, ref: str) -> FollowUpSection:
    section = FollowUpSection(service)
    qtbot.add_widget(section)
    section.show_review(service.get_review(ref))
    section.show()
    return section


def test_a_condition_is_closed_with_evidence_or_waived_with_a_reason(
    qtbot: Any, service: ReviewService, decided: str, dialog_calls: DialogCalls, tmp_path: Path
) -> None:
    section = _section(qtbot, service, decided)
    assert section.isVisible() and not section.banner.isVisible()
    # Not yet approved: folded to one line saying how many are open; a click unfolds it.
    assert section.toggle.text() == "Follow-up of the conditions: 2 open of 2"
    assert not section.conditions_box.isVisible()
    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    assert section.conditions_box.isVisible()
    assert section.table.rowCount() == 2
    assert section.table.item(0, 0).text() == f"{decided}/C1"
    assert not section.done_button.isEnabled()  # nothing selected yet
    proof = tmp_path / "notice-photo.txt"
    proof.write_text("the notice, on the door", encoding="utf-8")
    section.select(f"{decided}/C1")
    dialog_calls.files.append(proof)
    with qtbot.wait_signal(section.closed) as closed:
        qtbot.mouseClick(section.done_button, Qt.MouseButton.LeftButton)
    assert closed.args[0].status is ConditionStatus.DONE
    first = service.conditions(decided)[0]
    assert first.status is ConditionStatus.DONE and first.evidence is not None
    assert service.get_review(decided).summary.status is ReviewStatus.DECIDED

    section.show_review(service.get_review(decided))
    section.toggle.setChecked(True)
    assert section.toggle.text() == "Follow-up of the conditions: 1 open of 2"
    section.select(f"{decided}/C1")
    assert not section.done_button.isEnabled() and not section.waive_button.isEnabled()
    # Waiving without a reason is refused by the service, and said.
    section.select(f"{decided}/C2")
    dialog_calls.text_answers.append("   ")
    qtbot.mouseClick(section.waive_button, Qt.MouseButton.LeftButton)
    assert dialog_calls.errors and "give a reason" in dialog_calls.errors[-1][1]
    assert service.conditions(decided)[1].status is ConditionStatus.OPEN
    dialog_calls.text_answers.append("HR trained them last month.")
    with qtbot.wait_signal(section.closed):
        qtbot.mouseClick(section.waive_button, Qt.MouseButton.LeftButton)
    second = service.conditions(decided)[1]
    assert (second.status, second.reason) == (ConditionStatus.WAIVED, "HR trained them last month.")
    section.show_review(service.get_review(decided))
    assert section.table.item(1, 4).text() == "Waived"
    assert section.table.item(1, 4).toolTip() == "HR trained them last month."


def test_a_suspended_approval_shows_why_and_offers_the_re_review(
    qtbot: Any, service: ReviewService, decided: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    detail = service.get_review(decided)
    approved = detail.model_copy(
        update={"summary": detail.summary.model_copy(update={"status": ReviewStatus.APPROVED})}
    )
    lapsed = Suspension(reasons=[f"condition {decided}/C1 was due on 2026-01-01 and is open"])
    monkeypatch.setattr(service, "suspension", lambda _ref, as_of=None: lapsed)
    section = FollowUpSection(service)
    qtbot.add_widget(section)
    section.show_review(approved)
    section.show()
    assert section.banner.isVisible() and section.conditions_box.isVisible()
    assert section.banner_text.text() == (
        f"Suspended, pending re-review: condition {decided}/C1 was due on 2026-01-01 and is open"
    )
    with qtbot.wait_signal(section.re_review_requested):
        qtbot.mouseClick(section.re_review_button, Qt.MouseButton.LeftButton)


def test_a_draft_has_nothing_to_follow_up(qtbot: Any, service: ReviewService) -> None:
    ref = service.create_review("Draft", "Shop", HIGH).review.reference
    section = FollowUpSection(service)
    qtbot.add_widget(section)
    section.setVisible(True)
    section.show_review(service.get_review(ref))
    assert section.isHidden()
