"""A stored review's workspace: autosave, typed answers, conflicts, validation and the decision."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer import Outcome
from reviewer.records import ReviewStatus
from reviewer.service import ReviewService
from tests.helpers.desk import open_new_review
from tests.helpers.signing import ThrowawayIdentity
from tests.ui.helpers import answer_prohibited_use, click, click_option
from ui.reviews.workspace import DECISION

pytestmark = pytest.mark.gui


def stored_answers(service: ReviewService, review_id: str) -> dict[str, Any]:
    """Return the answers as saved in the database."""
    return dict(service.get_review(review_id).current.answers)


def test_every_click_is_saved_at_once(qtbot: Any, reviews_screen: Any, dialog_calls: Any) -> None:
    """Each answer is saved in its own transaction and the form says so quietly."""
    workspace = open_new_review(qtbot, reviews_screen, dialog_calls)
    click_option(qtbot, workspace, "org_type", "Police")
    service = reviews_screen.service
    assert stored_answers(service, workspace.review_id) == {"org_type": "police"}
    assert workspace.intake_view.saved_label.text() == "✓ Saved"
    click_option(qtbot, workspace, "uses_camera", "Yes")
    assert stored_answers(service, workspace.review_id)["uses_camera"] is True
    kinds = [event.kind for event in service.history(workspace.review_id)]
    assert kinds.count("answer") == 2


def test_typed_text_is_saved_when_typing_pauses_and_on_leaving(
    qtbot: Any, reviews_screen: Any, dialog_calls: Any
) -> None:
    """Typing is saved once it pauses, and anything still pending is saved on leaving."""
    workspace = open_new_review(qtbot, reviews_screen, dialog_calls)
    service = reviews_screen.service
    notes = workspace.intake_view.section_pages[0].rows["notes"].field.editor
    qtbot.keyClicks(notes, "Pilot in one district")
    assert workspace.sink.pending
    with qtbot.wait_signal(workspace.sink.flushed, timeout=5_000):
        pass
    assert stored_answers(service, workspace.review_id)["notes"] == "Pilot in one district"
    assert [e.kind for e in service.history(workspace.review_id)].count("answer") == 1
    qtbot.keyClicks(notes, ", then all")
    assert workspace.sink.pending
    reviews_screen.show_list()
    assert stored_answers(service, workspace.review_id)["notes"] == (
        "Pilot in one district, then all"
    )


def test_closing_the_window_mid_edit_loses_nothing(
    qtbot: Any, service: ReviewService, questionnaire: Any, packs: Any, dialog_calls: Any
) -> None:
    """Text still being typed when the main window closes is saved."""
    from ui.content import DeskContent
    from ui.main_window import MainWindow
    from ui.settings.model import Settings

    window = MainWindow(DeskContent(questionnaire, packs), settings=Settings(), service=service)
    qtbot.add_widget(window)
    window.show()
    assert window.reviews is not None
    assert "reviews.sqlite" in window.database_label.text()
    window.show_page("Reviews")  # the window opens on the Overview
    workspace = open_new_review(qtbot, window.reviews, dialog_calls)
    notes = workspace.intake_view.section_pages[0].rows["notes"].field.editor
    qtbot.keyClicks(notes, "Half a thought")
    window.close()
    assert stored_answers(service, workspace.review_id)["notes"] == "Half a thought"


def test_a_stale_edit_offers_to_reload_and_overwrites_nothing(
    qtbot: Any, reviews_screen: Any, dialog_calls: Any, database_file: str
) -> None:
    """Another writer saved first: the conflict dialog offers the latest version."""
    workspace = open_new_review(qtbot, reviews_screen, dialog_calls)
    review_id = workspace.review_id
    service = reviews_screen.service
    with ReviewService.open(
        database_file, questionnaire=service.questionnaire, packs=service.packs
    ) as other:
        other.set_answer(review_id, "org_type", "company")
    dialog_calls.confirm_answers.append(True)
    view = workspace.intake_view
    view.go_to(0)
    from tests.ui.helpers import option_button

    click(qtbot, option_button(workspace, "org_type", "Police"))
    qtbot.waitUntil(lambda: reviews_screen.workspace is not workspace)
    assert dialog_calls.confirms and "Someone else" in dialog_calls.confirms[0][0]
    assert not dialog_calls.errors
    assert stored_answers(service, review_id) == {"org_type": "company"}
    reloaded = reviews_screen.workspace
    assert reloaded.intake.answer("org_type") == "company"
    click_option(qtbot, reloaded, "org_type", "Police")
    assert stored_answers(service, review_id) == {"org_type": "police"}


def test_required_answers_block_the_decision(
    qtbot: Any, reviews_screen: Any, dialog_calls: Any
) -> None:
    """The decision names the required questions still missing and cannot be recorded."""
    workspace = open_new_review(qtbot, reviews_screen, dialog_calls)
    panel = workspace.decision_panel
    workspace.intake_view.go_to(workspace.intake_view.model.section_count() + DECISION)
    panel.rationale.setPlainText("Fine as it is.")
    assert "Organisation type" in panel.missing.terms()
    assert "Answer the required question listed above (1)." in panel.problems.text()
    assert not panel.record_button.isEnabled()
    click_option(qtbot, workspace, "org_type", "Private company")
    assert "Organisation type" not in panel.missing.terms()
    assert "required questions" not in panel.problems.text()


def test_decision_is_stored_and_prohibited_cannot_be_approved(
    qtbot: Any, reviews_screen: Any, dialog_calls: Any, reviewer_identity: ThrowawayIdentity
) -> None:
    """A prohibited use disables approval; a rejection is stored through the service."""
    workspace = open_new_review(qtbot, reviews_screen, dialog_calls)
    answer_prohibited_use(qtbot, workspace)
    panel = workspace.decision_panel
    workspace.intake_view.go_to(workspace.intake_view.model.section_count() + DECISION)
    assert not panel.outcome_buttons[Outcome.APPROVE].isEnabled()
    assert not panel.outcome_buttons[Outcome.APPROVE_WITH_CONDITIONS].isEnabled()
    click(qtbot, panel.outcome_buttons[Outcome.REJECT])
    panel.rationale.setPlainText("Identification without a warrant is prohibited.")
    dialog_calls.files.append(reviewer_identity.p12)
    with qtbot.wait_signal(workspace.decided):
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    detail = reviews_screen.service.get_review(workspace.review_id)
    assert detail.summary.status is ReviewStatus.DECIDED
    assert detail.current.decision is not None
    assert detail.current.decision.outcome is Outcome.REJECT
    assert workspace.signing_panel.sign_button.isEnabled()
