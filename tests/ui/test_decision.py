from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from reviewer import Outcome, PolicyPack, Questionnaire, assess
from reviewer.followup import ObligationState
from reviewer.records import ReviewStatus
from tests.helpers.signing import ThrowawayIdentity
from tests.ui.conftest import DialogCalls
from tests.ui.helpers import answer_prohibited_use, click, click_option
from ui.decision.conditions_table import (
    ANSWERS,
    DUE,
    OWNER,
    STATUS,
    TEXT,
    ConditionEntry,
    ConditionsTableModel,
)
from ui.decision.controller import DecisionController
from ui.reviews.workspace import DECISION, ReviewWorkspace

pytestmark = pytest.mark.gui


def _go_to_decision(qtbot: QtBot, workspace: ReviewWorkspace) -> None:
    view = workspace.intake_view
    with qtbot.wait_signal(view.step_changed):
        view.go_to(view.model.section_count() + DECISION)


def test_a_prohibited_use_cannot_be_approved(qtbot: QtBot, workspace: ReviewWorkspace) -> None:
    answer_prohibited_use(qtbot, workspace)
    _go_to_decision(qtbot, workspace)
    panel = workspace.decision_panel
    buttons = panel.outcome_buttons
    assert not buttons[Outcome.APPROVE].isEnabled()
    assert not buttons[Outcome.APPROVE_WITH_CONDITIONS].isEnabled()
    assert buttons[Outcome.REJECT].isEnabled() and buttons[Outcome.ESCALATE].isEnabled()
    assert panel.blocked.isVisible()
    assert "prohibited by Police identification on body cameras" in panel.blocked.text()
    click(qtbot, buttons[Outcome.APPROVE])
    assert workspace.decision.outcome is None
    workspace.decision.set_outcome(Outcome.APPROVE)
    assert workspace.decision.outcome is None


def test_a_chosen_approval_is_withdrawn_when_the_use_turns_prohibited(
    qtbot: QtBot, workspace: ReviewWorkspace
) -> None:
    click_option(qtbot, workspace, "org_type", "Private company")
    _go_to_decision(qtbot, workspace)
    approve = workspace.decision_panel.outcome_buttons[Outcome.APPROVE]
    click(qtbot, approve)
    assert workspace.decision.outcome is Outcome.APPROVE
    answer_prohibited_use(qtbot, workspace)
    assert workspace.decision.outcome is None
    assert not approve.isChecked() and not approve.isEnabled()


def test_recording_needs_an_outcome_and_a_rationale(
    qtbot: QtBot,
    workspace: ReviewWorkspace,
    dialog_calls: DialogCalls,
    reviewer_identity: ThrowawayIdentity,
) -> None:
    """The decision is recorded under the signing identity's person, and the revision locks."""
    answer_prohibited_use(qtbot, workspace)
    _go_to_decision(qtbot, workspace)
    panel = workspace.decision_panel
    assert not panel.record_button.isEnabled()
    assert "Choose an outcome." in panel.problems.text()
    click(qtbot, panel.outcome_buttons[Outcome.REJECT])
    assert "Choose an outcome." not in panel.problems.text()
    qtbot.keyClicks(panel.rationale, "Identification by police body cameras is banned.")
    qtbot.wait_until(panel.record_button.isEnabled)
    # The identity file has its certificate beside it: the person is read without a passphrase.
    dialog_calls.files.append(reviewer_identity.p12)
    with qtbot.wait_signal(workspace.decided) as decided:
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert decided.args[0].review.status is ReviewStatus.DECIDED
    stored = workspace.session.service.get_review(workspace.review_id).current
    assert stored.decision is not None
    assert stored.decision.outcome is Outcome.REJECT
    assert stored.decision.decided_by == "Zoé Reviewer"
    assert stored.decider_email == "zoe@example.org"
    assert stored.decision.conditions == []
    assert dialog_calls.passphrases == [] and dialog_calls.errors == []
    assert "Decision saved: Reject, by Zoé Reviewer <zoe@example.org>" in panel.status.text()
    assert workspace.lock.isVisible()
    assert "decided and not yet signed" in workspace.lock_text.text()
    assert not panel.record_button.isEnabled()


def test_cancelling_the_identity_records_nothing(
    qtbot: QtBot, workspace: ReviewWorkspace, dialog_calls: DialogCalls
) -> None:
    """Without a signing identity there is no decider, so nothing is recorded."""
    click_option(qtbot, workspace, "org_type", "Private company")
    _go_to_decision(qtbot, workspace)
    panel = workspace.decision_panel
    click(qtbot, panel.outcome_buttons[Outcome.APPROVE])
    panel.rationale.setPlainText("Low risk.")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)  # the file prompt: cancel
    assert len(dialog_calls.file_folders) == 1
    stored = workspace.session.service.get_review(workspace.review_id)
    assert stored.summary.status is ReviewStatus.DRAFT and stored.current.decision is None
    assert not workspace.lock.isVisible()


def test_escalating_names_the_person(
    qtbot: QtBot,
    workspace: ReviewWorkspace,
    dialog_calls: DialogCalls,
    reviewer_identity: ThrowawayIdentity,
) -> None:
    """An escalation cannot be recorded until it names someone, who is then stored."""
    click_option(qtbot, workspace, "org_type", "Private company")
    _go_to_decision(qtbot, workspace)
    panel = workspace.decision_panel
    assert panel.escalate_row.isHidden()
    click(qtbot, panel.outcome_buttons[Outcome.ESCALATE])
    assert not panel.escalate_row.isHidden()
    panel.rationale.setPlainText("Needs the board.")
    assert "Name the person it is escalated to." in panel.problems.text()
    assert not panel.record_button.isEnabled()
    panel.escalate_to.setText("Chief Risk Officer")
    assert panel.record_button.isEnabled()
    dialog_calls.files.append(reviewer_identity.p12)
    with qtbot.wait_signal(workspace.decided):
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    stored = workspace.session.service.get_review(workspace.review_id).current.decision
    assert stored is not None and stored.escalate_to == "Chief Risk Officer"


def test_missing_required_answers_block_the_decision(
    qtbot: QtBot, workspace: ReviewWorkspace
) -> None:
    _go_to_decision(qtbot, workspace)
    panel = workspace.decision_panel
    assert panel.missing.terms() == ["Organisation type"]
    assert "Answer the required question listed above (1)." in panel.problems.text()
    click(qtbot, panel.outcome_buttons[Outcome.ESCALATE])
    panel.rationale.setPlainText("Needs legal advice.")
    assert not panel.record_button.isEnabled()


def test_obligations_are_a_checklist_and_conditions_start_empty(
    qtbot: QtBot, workspace: ReviewWorkspace
) -> None:
    """Obligations are no longer poured into the conditions: each is a checklist item."""
    click_option(qtbot, workspace, "uses_camera", "Yes")
    click_option(qtbot, workspace, "functions", "Emotion inference")
    _go_to_decision(qtbot, workspace)
    panel = workspace.decision_panel
    assert workspace.decision.conditions.rowCount() == 0
    row = panel.obligations.rows["inform"]
    assert row.chosen_state() is ObligationState.TO_DO
    assert not row.premark.isVisible()
    # Not applicable waits for its reason, then is stored.
    row.state.setCurrentIndex(row.state.findData(ObligationState.NOT_APPLICABLE))
    row.state.activated.emit(row.state.currentIndex())
    assert row.reason.isVisible()
    service = workspace.session.service
    assert service.obligations(workspace.review_id)[0].state is ObligationState.TO_DO
    row.reason.setText("Nobody is filmed: the cameras only count cars.")
    with qtbot.wait_signal(workspace.session.changed):
        row.reason.editingFinished.emit()
    stored = service.obligations(workspace.review_id)[0]
    assert stored.state is ObligationState.NOT_APPLICABLE
    assert stored.reason == "Nobody is filmed: the cameras only count cars."
    assert panel.obligations.rows["inform"].chosen_state() is ObligationState.NOT_APPLICABLE


def test_conditions_table_is_a_well_behaved_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ConditionsTableModel()
    qtmodeltester.check(model, force_py=True)  # and it keeps checking every change below
    row = model.add()
    assert model.setData(model.index(row, TEXT), "Run the DPIA")
    assert model.setData(model.index(row, OWNER), "DPO")
    assert model.setData(model.index(row, DUE), QDate(2031, 3, 1))
    assert not model.setData(model.index(row, STATUS), "done")
    assert model.drafts() == [
        {"text": "Run the DPIA", "answers": "", "owner": "DPO", "due": date(2031, 3, 1)}
    ]
    model.add(ConditionEntry("No owner yet"))
    assert model.drafts()[1] == {"text": "No owner yet", "answers": ""}
    model.remove(0)
    assert model.texts() == ["No owner yet"]


def test_approve_with_conditions_needs_a_condition(
    qtbot: QtBot, questionnaire: Questionnaire, packs: list[PolicyPack]
) -> None:
    controller = DecisionController("officer")
    controller.set_assessment(assess(questionnaire, packs, {"org_type": "company"}), [])
    controller.set_outcome(Outcome.APPROVE_WITH_CONDITIONS)
    controller.set_rationale("Low risk.")
    assert controller.problems() == ["Add at least one condition of approval."]
    controller.conditions.add(ConditionEntry("Annual review.", owner="DPO"))
    assert controller.problems() == []
    assert controller.decide().conditions == ["Annual review."]


def test_the_services_refusals_are_shown_and_a_complete_condition_is_recorded(
    qtbot: QtBot,
    workspace: ReviewWorkspace,
    dialog_calls: DialogCalls,
    reviewer_identity: ThrowawayIdentity,
) -> None:
    click_option(qtbot, workspace, "uses_camera", "Yes")
    click_option(qtbot, workspace, "functions", "Emotion inference")
    click_option(qtbot, workspace, "org_type", "Private company")
    click_option(qtbot, workspace, "camera_type", "Fixed camera")
    _go_to_decision(qtbot, workspace)
    panel = workspace.decision_panel
    # A plain approval of a high-risk use with the obligation still to do: the service refuses.
    click(qtbot, panel.outcome_buttons[Outcome.APPROVE])
    assert panel.next_review_row.isVisible()
    assert workspace.decision.next_review is not None
    panel.rationale.setPlainText("Acceptable with care.")
    dialog_calls.files.append(reviewer_identity.p12)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert "still to do: inform" in panel.problems.text()
    assert dialog_calls.errors and "high-risk" in dialog_calls.errors[-1][1]
    # With conditions: one without an owner is refused, naming the field.
    click(qtbot, panel.outcome_buttons[Outcome.APPROVE_WITH_CONDITIONS])
    with qtbot.wait_signal(workspace.decision.conditions.rowsInserted):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    model = workspace.decision.conditions
    model.setData(model.index(0, TEXT), "Tell every person filmed, in writing.")
    model.setData(model.index(0, DUE), QDate.currentDate().addDays(30))
    dialog_calls.files.append(reviewer_identity.p12)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert "owner" in panel.problems.text()
    model.setData(model.index(0, ANSWERS), "inform")
    model.setData(model.index(0, OWNER), "Site manager")
    next_review = QDate.currentDate().addMonths(6)
    panel.next_review.setDate(next_review)
    dialog_calls.files.append(reviewer_identity.p12)
    with qtbot.wait_signal(workspace.decided):
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    detail = workspace.session.service.get_review(workspace.review_id)
    [condition] = detail.conditions
    assert (condition.owner, condition.answers) == ("Site manager", "inform")
    assert condition.due == QDate.currentDate().addDays(30).toPython()
    assert detail.current.next_review == next_review.toPython()


def test_the_remembered_identity_names_the_decider_before_recording(
    qtbot: QtBot,
    workspace: ReviewWorkspace,
    dialog_calls: DialogCalls,
    reviewer_identity: ThrowawayIdentity,
) -> None:
    """With an identity chosen in Settings, the panel says whose decision it is; none is asked."""
    from reviewer.paths import identities_dir
    from ui.settings.model import Settings, save_settings

    panel = workspace.decision_panel
    assert "You will choose your signing identity" in panel.decider.text()
    for suffix in (".p12", ".pem"):
        shutil.copy(reviewer_identity.p12.with_suffix(suffix), identities_dir())
    save_settings(Settings(identity=reviewer_identity.p12.name))
    click_option(qtbot, workspace, "org_type", "Private company")
    _go_to_decision(qtbot, workspace)  # the identity chosen meanwhile is read again here
    assert panel.decider.text().startswith("Recorded as Zoé Reviewer <zoe@example.org>")
    click(qtbot, panel.outcome_buttons[Outcome.APPROVE])
    panel.rationale.setPlainText("Low risk.")
    with qtbot.wait_signal(workspace.decided):
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert dialog_calls.file_folders == [] and dialog_calls.passphrases == []
    stored = workspace.session.service.get_review(workspace.review_id).current
    assert stored.decider_email == "zoe@example.org"
    assert panel.decider.isHidden()


def test_an_identity_without_its_certificate_beside_it_is_unlocked(
    qtbot: QtBot,
    workspace: ReviewWorkspace,
    dialog_calls: DialogCalls,
    reviewer_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    """With no .pem beside the identity file, its passphrase opens it to read the person."""
    lone = tmp_path / "lone" / "zoe.p12"
    lone.parent.mkdir()
    shutil.copy(reviewer_identity.p12, lone)
    click_option(qtbot, workspace, "org_type", "Private company")
    _go_to_decision(qtbot, workspace)
    panel = workspace.decision_panel
    click(qtbot, panel.outcome_buttons[Outcome.APPROVE])
    panel.rationale.setPlainText("Low risk.")
    dialog_calls.files.append(lone)
    dialog_calls.passphrases.append(reviewer_identity.passphrase.decode())
    with qtbot.wait_signal(workspace.decided):
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert dialog_calls.passphrases == []  # it was asked for, and used
    stored = workspace.session.service.get_review(workspace.review_id).current
    assert stored.decision is not None and stored.decision.decided_by == "Zoé Reviewer"
