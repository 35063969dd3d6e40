from __future__ import annotations

from collections.abc import Mapping

import pytest
from pytestqt.qtbot import QtBot

from reviewer import Assessment, PolicyPack, Questionnaire, Verdict, assess
from reviewer.answers import AnswerValue
from reviewer.errors import ConflictError
from tests.ui.helpers import MemorySink
from ui.intake.controller import IntakeController, normalise

pytestmark = pytest.mark.gui


class RecordingSink:
    """A sink like the service's autosave: it records calls and can refuse them."""

    save_note = "Saved"

    def __init__(self, questionnaire: Questionnaire, packs: list[PolicyPack]) -> None:
        self.questionnaire, self.packs = questionnaire, packs
        self.answers: dict[str, AnswerValue] = {}
        self.calls: list[tuple[str, AnswerValue]] = []
        self.refuse = False

    def current_answers(self) -> Mapping[str, AnswerValue]:
        return dict(self.answers)

    def current_assessment(self) -> Assessment:
        return assess(self.questionnaire, self.packs, self.answers)

    def set_answer(self, question_id: str, value: AnswerValue) -> Assessment:
        self.calls.append((question_id, value))
        if self.refuse:
            raise ConflictError("Someone else saved this review; reload it to see their changes.")
        self.answers[question_id] = value
        return self.current_assessment()


@pytest.fixture
def sink(questionnaire: Questionnaire, packs: list[PolicyPack]) -> RecordingSink:
    return RecordingSink(questionnaire, packs)


@pytest.fixture
def controller(questionnaire: Questionnaire, sink: RecordingSink) -> IntakeController:
    return IntakeController(questionnaire, sink)


def test_answers_flow_through_the_sink_and_the_assessment_follows(
    qtbot: QtBot, controller: IntakeController, sink: RecordingSink
) -> None:
    with qtbot.wait_signal(controller.saved) as saved:
        controller.set_answer("headcount", 5000)
    assert sink.calls == [("headcount", 5000)]
    assert saved.args == ["Saved"]
    assert controller.assessment.verdict is Verdict.LIMITED


def test_a_value_that_does_not_fit_is_held_back_as_a_problem(
    qtbot: QtBot, controller: IntakeController, sink: RecordingSink
) -> None:
    with qtbot.wait_signal(controller.problem_changed):
        controller.set_answer("headcount", "lots")
    assert sink.calls == []
    assert controller.problem("headcount") == "Enter a number, for example 250 or 12.5."
    with qtbot.wait_signal(controller.problem_changed):
        controller.set_answer("headcount", 12)
    assert controller.problem("headcount") is None
    assert sink.calls == [("headcount", 12)]


def test_visibility_changes_only_when_a_follow_up_appears_or_goes(
    qtbot: QtBot, controller: IntakeController
) -> None:
    assert not controller.is_visible("camera_type")
    with qtbot.wait_signal(controller.visibility_changed):
        controller.set_answer("uses_camera", True)
    assert controller.is_visible("camera_type")
    with qtbot.assert_not_emitted(controller.visibility_changed):
        controller.set_answer("headcount", 3)
    with qtbot.wait_signal(controller.visibility_changed):
        controller.set_answer("uses_camera", False)
    assert not controller.is_visible("camera_type")


def test_progress_counts_shown_questions_and_names_missing_required(
    controller: IntakeController, questionnaire: Questionnaire
) -> None:
    cameras = questionnaire.sections[1]
    assert controller.progress(cameras).summary() == "0 of 1 answered"
    controller.set_answer("uses_camera", True)
    progress = controller.progress(cameras)
    assert (progress.answered, progress.shown) == (1, 3)
    assert progress.missing_required == ("Camera type",)
    assert progress.summary() == "1 of 3 answered · 1 required missing"
    assert controller.missing_required_terms() == ["Organisation type", "Camera type"]


def test_a_refused_change_is_reported_and_not_applied(
    qtbot: QtBot, controller: IntakeController, sink: RecordingSink
) -> None:
    sink.refuse = True
    with qtbot.wait_signal(controller.failed) as failed:
        controller.set_answer("headcount", 40)
    assert "reload" in failed.args[0]
    assert controller.answer("headcount") is None


def test_clearing_an_answer_and_repeating_one_are_handled(
    qtbot: QtBot, controller: IntakeController, sink: RecordingSink
) -> None:
    controller.set_answer("notes", "first")
    with qtbot.assert_not_emitted(controller.answer_changed):
        controller.set_answer("notes", "first")
    with qtbot.wait_signal(controller.answer_changed):
        controller.set_answer("notes", "   ")
    assert controller.answer("notes") is None
    assert sink.calls[-1] == ("notes", None)


def test_in_memory_sink_assesses_with_the_engine(
    questionnaire: Questionnaire, packs: list[PolicyPack]
) -> None:
    sink = MemorySink(questionnaire, packs, {"headcount": 2000})
    assert sink.current_assessment().verdict is Verdict.LIMITED
    assert sink.set_answer("headcount", None).verdict is Verdict.MINIMAL
    assert sink.current_answers() == {}


@pytest.mark.parametrize(
    ("typed", "kept"), [("", None), ("  ", None), ([], None), (12.0, 12), (12.5, 12.5), ("x", "x")]
)
def test_normalise(typed: object, kept: object) -> None:
    result = normalise(typed)
    assert result == kept
    assert type(result) is type(kept)
