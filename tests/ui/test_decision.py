from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer import Decision, Outcome, PolicyPack, Questionnaire, assess
from tests.ui.conftest import DialogCalls
from tests.ui.helpers import answer_prohibited_use, click, click_option
from ui.decision.controller import ConditionsModel, DecisionController
from ui.reviews.workspace import ReviewWorkspace

pytestmark = pytest.mark.gui


def _go_to_decision(qtbot: QtBot, workspace: ReviewWorkspace) -> None:
    view = workspace.intake_view
    with qtbot.wait_signal(view.step_changed):
        view.go_to(view.model.rowCount() - 1)


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
    qtbot: QtBot, workspace: ReviewWorkspace
) -> None:
    answer_prohibited_use(qtbot, workspace)
    _go_to_decision(qtbot, workspace)
    panel = workspace.decision_panel
    assert not panel.record_button.isEnabled()
    assert "Choose an outcome." in panel.problems.text()
    click(qtbot, panel.outcome_buttons[Outcome.REJECT])
    assert "Choose an outcome." not in panel.problems.text()
    qtbot.keyClicks(panel.rationale, "Identification by police body cameras is banned.")
    qtbot.wait_until(panel.record_button.isEnabled)
    with qtbot.wait_signal(workspace.decision.recorded) as recorded:
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    decision = recorded.args[0]
    assert isinstance(decision, Decision)
    assert decision.outcome is Outcome.REJECT
    assert decision.decided_by == "officer"
    assert decision.conditions == []
    assert "Decision recorded for this session: Reject" in panel.status.text()


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
