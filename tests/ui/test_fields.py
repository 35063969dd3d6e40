from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QRadioButton
from pytestqt.qtbot import QtBot

from reviewer import Questionnaire
from reviewer.questionnaire import Question
from ui.intake.fields import (
    ChoiceField,
    ComboField,
    DateField,
    MultiField,
    NumberField,
    TextField,
    make_field,
    parse_number,
)

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("question_id", "field_type", "input_type", "count"),
    [
        ("org_type", ChoiceField, QRadioButton, 2),
        ("uses_camera", ChoiceField, QRadioButton, 2),
        ("functions", MultiField, QCheckBox, 2),
        ("notes", TextField, QPlainTextEdit, 1),
        ("headcount", NumberField, QLineEdit, 1),
    ],
)
def test_each_kind_gets_its_widget(
    qtbot: QtBot,
    questionnaire: Questionnaire,
    question_id: str,
    field_type: type,
    input_type: type,
    count: int,
) -> None:
    field = make_field(questionnaire.questions[question_id])
    qtbot.add_widget(field)
    assert type(field) is field_type
    assert len([w for w in field.inputs() if isinstance(w, input_type)]) == count


def test_many_options_get_a_drop_down(qtbot: QtBot) -> None:
    options = [{"id": f"o{i}", "label": f"Option {i}"} for i in range(8)]
    question = Question.model_validate(
        {"id": "sector", "kind": "single", "label": "Sector", "options": options}
    )
    field = make_field(question)
    qtbot.add_widget(field)
    assert isinstance(field, ComboField)
    assert field.combo.itemText(0) == "Choose…"
    with qtbot.wait_signal(field.edited) as edited:
        field.combo.activated.emit(3)
    assert edited.args == ["o2"]


def test_yes_no_click_reports_a_boolean_and_clear_resets(
    qtbot: QtBot, questionnaire: Questionnaire
) -> None:
    field = make_field(questionnaire.questions["uses_camera"])
    assert isinstance(field, ChoiceField)
    qtbot.add_widget(field)
    field.show()
    yes, no = field.buttons()
    assert (yes.text(), no.text()) == ("Yes", "No")
    with qtbot.wait_signal(field.edited) as edited:
        qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert edited.args == [False]
    clear = field.inputs()[-1]
    assert clear.isVisible()
    with qtbot.wait_signal(field.edited) as edited:
        qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert edited.args == [None]
    assert not yes.isChecked() and not no.isChecked()


def test_checkboxes_report_the_checked_options_in_order(
    qtbot: QtBot, questionnaire: Questionnaire
) -> None:
    field = make_field(questionnaire.questions["functions"])
    assert isinstance(field, MultiField)
    qtbot.add_widget(field)
    field.show()
    identify, emotion = field.boxes()
    qtbot.mouseClick(emotion, Qt.MouseButton.LeftButton)
    with qtbot.wait_signal(field.edited) as edited:
        qtbot.mouseClick(identify, Qt.MouseButton.LeftButton)
    assert edited.args == [["identify", "emotion"]]


def test_number_typed_is_read_as_a_number(qtbot: QtBot, questionnaire: Questionnaire) -> None:
    field = make_field(questionnaire.questions["headcount"])
    assert isinstance(field, NumberField)
    qtbot.add_widget(field)
    seen: list[object] = []
    field.edited.connect(seen.append)
    qtbot.keyClicks(field.line, "12.5")
    assert seen[-1] == 12.5
    field.line.clear()
    qtbot.keyClicks(field.line, "1200")
    assert seen[-1] == 1200 and isinstance(seen[-1], int)


@pytest.mark.parametrize(
    ("text", "value"), [("7", 7), ("3,5", 3.5), ("1 200", 1200), ("ten", "ten"), ("", "")]
)
def test_parse_number(text: str, value: object) -> None:
    assert parse_number(text) == value


def test_date_starts_unset_then_set_and_clear(qtbot: QtBot, questionnaire: Questionnaire) -> None:
    field = make_field(questionnaire.questions["start"])
    assert isinstance(field, DateField)
    qtbot.add_widget(field)
    field.show()
    assert not field.is_set
    assert field.set_button.isVisible() and not field.date_edit.isVisible()
    with qtbot.wait_signal(field.edited) as edited:
        qtbot.mouseClick(field.set_button, Qt.MouseButton.LeftButton)
    assert edited.args == [QDate.currentDate().toString("yyyy-MM-dd")]
    assert field.is_set and field.date_edit.isVisible()
    with qtbot.wait_signal(field.edited) as edited:
        field.date_edit.setDate(QDate(2025, 3, 1))
    assert edited.args == ["2025-03-01"]
    with qtbot.wait_signal(field.edited) as edited:
        qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert edited.args == [None]
    assert not field.is_set


def test_set_value_shows_without_reporting_an_edit(
    qtbot: QtBot, questionnaire: Questionnaire
) -> None:
    fields = {
        qid: make_field(questionnaire.questions[qid]) for qid in ("start", "notes", "org_type")
    }
    for field in fields.values():
        qtbot.add_widget(field)
        field.edited.connect(lambda value: pytest.fail(f"unexpected edit {value!r}"))
    fields["start"].set_value("2024-05-01")
    fields["notes"].set_value("hello")
    fields["org_type"].set_value("company")
    start = fields["start"]
    assert isinstance(start, DateField) and start.date_edit.date() == QDate(2024, 5, 1)
    notes = fields["notes"]
    assert isinstance(notes, TextField) and notes.editor.toPlainText() == "hello"
    org = fields["org_type"]
    assert isinstance(org, ChoiceField) and org.buttons()[1].isChecked()


def test_required_questions_say_so_in_their_accessible_names(
    qtbot: QtBot, questionnaire: Questionnaire
) -> None:
    field = make_field(questionnaire.questions["org_type"])
    qtbot.add_widget(field)
    assert field.accessibleName() == "What kind of organisation deploys it? (required)"
    for widget in field.inputs():
        assert "(required)" in widget.accessibleDescription()
