from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer import Outcome, PolicyPack, Questionnaire, assess
from reviewer.records import ReviewStatus
from tests.helpers.signing import ThrowawayIdentity
from tests.ui.conftest import DialogCalls
from tests.ui.helpers import answer_prohibited_use, click, click_option
from ui.decision.controller import ConditionsModel, DecisionController
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
    assert "Answer the required questions: Organisation type." in panel.problems.text()
    click(qtbot, panel.outcome_buttons[Outcome.ESCALATE])
    panel.rationale.setPlainText("Needs legal advice.")
    assert not panel.record_button.isEnabled()


def test_conditions_are_prefilled_and_officer_wording_is_kept(
    qtbot: QtBot, workspace: ReviewWorkspace, dialog_calls: DialogCalls
) -> None:
    model = workspace.decision.conditions
    assert model.texts() == []
    click_option(qtbot, workspace, "uses_camera", "Yes")
    click_option(qtbot, workspace, "functions", "Emotion inference")
    assert model.texts() == ["Inform the people exposed."]
    model.setData(model.index(0), "Inform everyone filmed, in writing.")
    dialog_calls.text_answers.append("Review after six months.")
    _go_to_decision(qtbot, workspace)
    with qtbot.wait_signal(model.rowsInserted):
        qtbot.mouseClick(workspace.decision_panel.add_button, Qt.MouseButton.LeftButton)
    click_option(qtbot, workspace, "functions", "Emotion inference")  # unticks it
    assert model.texts() == ["Inform everyone filmed, in writing.", "Review after six months."]


def test_conditions_model_drops_only_untouched_obligations(
    qtmodeltester,  # type: ignore[no-untyped-def]
    questionnaire: Questionnaire,
    packs: list[PolicyPack],
) -> None:
    model = ConditionsModel()
    qtmodeltester.check(model, force_py=True)  # and it keeps checking every change below
    high = assess(questionnaire, packs, {"uses_camera": True, "functions": ["emotion"]})
    model.sync_obligations(list(high.obligations))
    model.add("Own condition")
    none = assess(questionnaire, packs, {})
    model.sync_obligations(list(none.obligations))
    assert model.texts() == ["Own condition"]
    assert not model.setData(model.index(0), "   ")


def test_approve_with_conditions_needs_a_condition(
    qtbot: QtBot, questionnaire: Questionnaire, packs: list[PolicyPack]
) -> None:
    controller = DecisionController("officer")
    controller.set_assessment(assess(questionnaire, packs, {"org_type": "company"}), [])
    controller.set_outcome(Outcome.APPROVE_WITH_CONDITIONS)
    controller.set_rationale("Low risk.")
    assert controller.problems() == ["Add at least one condition of approval."]
    controller.conditions.add("Annual review.")
    assert controller.problems() == []
    assert controller.decide().conditions == ["Annual review."]


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
