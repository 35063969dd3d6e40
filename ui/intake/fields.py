"""Answer widgets, one per question kind, each editing a single answer value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.questionnaire import Question, QuestionKind
from ui.intake.wrapping import WrappingCheckBox, WrappingRadioButton

MAX_RADIO_OPTIONS = 6
DATE_FORMAT = "yyyy-MM-dd"


def accessible_label(question: Question) -> str:
    """Return the name assistive technology reads for a question's input."""
    return f"{question.label} (required)" if question.required else question.label


class AnswerField(QWidget):
    """Base of the answer widgets: shows one value and reports edits.

    Signals:
        edited(object): the person changed the value; carries the new value (None clears it).
    """

    edited = Signal(object)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setAccessibleName(accessible_label(question))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def set_value(self, value: Any) -> None:
        """Show a value without reporting it as an edit."""
        raise NotImplementedError

    def inputs(self) -> list[QWidget]:
        """Return the widgets a person can focus to answer, in tab order."""
        raise NotImplementedError

    def _describe(self, widget: QWidget, name: str) -> None:
        """Give an input its accessible name, with the question as its description."""
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(accessible_label(self.question))


class ChoiceField(AnswerField):
    """Radio buttons for one option, or Yes/No for a boolean question, with a Clear button."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        if question.kind is QuestionKind.BOOLEAN:
            self._choices: list[tuple[Any, str]] = [(True, self.tr("Yes")), (False, self.tr("No"))]
        else:
            self._choices = [(o.id, o.label) for o in question.options]
        self._group = QButtonGroup(self)
        row = QHBoxLayout() if question.kind is QuestionKind.BOOLEAN else QVBoxLayout()
        row.setSpacing(14 if question.kind is QuestionKind.BOOLEAN else 4)
        for index, (_value, label) in enumerate(self._choices):
            # Yes and No sit side by side; an option's label wraps instead of widening the page.
            button = (
                QRadioButton(label, self)
                if question.kind is QuestionKind.BOOLEAN
                else WrappingRadioButton(label, self)
            )
            self._describe(button, label)
            self._group.addButton(button, index)
            row.addWidget(button)
        self._clear = QToolButton(self)
        self._clear.setText(self.tr("Clear"))
        self._clear.setAutoRaise(True)
        self._clear.setObjectName("clearAnswer")
        self._describe(self._clear, self.tr("Clear the answer to: {0}").format(question.label))
        self._clear.clicked.connect(self._on_clear)
        if question.kind is QuestionKind.BOOLEAN:
            row.addWidget(self._clear)
            row.addStretch(1)
            self._layout.addLayout(row)
        else:
            self._layout.addLayout(row)
            self._layout.addWidget(self._clear, 0, Qt.AlignmentFlag.AlignLeft)
        self._clear.setVisible(False)
        self._group.idClicked.connect(self._on_clicked)

    def buttons(self) -> list[QAbstractButton]:
        """Return the option buttons in order."""
        return self._group.buttons()

    def set_value(self, value: Any) -> None:
        """Check the button of a value, or none."""
        index = next((i for i, (v, _) in enumerate(self._choices) if v == value), None)
        if value is not None and type(value) is not type(self._choices[0][0]):
            index = None
        self._group.setExclusive(False)
        for i, button in enumerate(self._group.buttons()):
            button.setChecked(i == index)
        self._group.setExclusive(True)
        self._clear.setVisible(index is not None)

    def inputs(self) -> list[QWidget]:
        """Return the option buttons and the Clear button."""
        return [*self._group.buttons(), self._clear]

    def _on_clicked(self, index: int) -> None:
        """Report the chosen option."""
        self._clear.setVisible(True)
        self.edited.emit(self._choices[index][0])

    def _on_clear(self) -> None:
        """Uncheck every option and report that the answer is cleared."""
        self.set_value(None)
        self.edited.emit(None)
        focus = self._group.buttons()[0]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)


class ComboField(AnswerField):
    """A drop-down for single-choice questions with many options; its first entry means unset."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("Choose…"), None)
        for option in question.options:
            self.combo.addItem(option.label, option.id)
        self._describe(self.combo, accessible_label(question))
        self._layout.addWidget(self.combo)
        self.combo.activated.connect(self._on_activated)

    def set_value(self, value: Any) -> None:
        """Select the entry of a value, or the unset entry."""
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))

    def inputs(self) -> list[QWidget]:
        """Return the drop-down."""
        return [self.combo]

    def _on_activated(self, index: int) -> None:
        """Report the chosen option id."""
        self.edited.emit(self.combo.itemData(index))


class MultiField(AnswerField):
    """One checkbox per option; the answer is the list of checked option ids."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self._boxes: list[tuple[str, QCheckBox]] = []
        for option in question.options:
            box = WrappingCheckBox(option.label, self)
            self._describe(box, option.label)
            box.toggled.connect(self._on_toggled)
            self._layout.addWidget(box)
            self._boxes.append((option.id, box))

    def boxes(self) -> list[QCheckBox]:
        """Return the checkboxes in option order."""
        return [box for _, box in self._boxes]

    def set_value(self, value: Any) -> None:
        """Check exactly the options in a list."""
        chosen = set(value) if isinstance(value, list) else set()
        for option_id, box in self._boxes:
            box.blockSignals(True)
            box.setChecked(option_id in chosen)
            box.blockSignals(False)

    def inputs(self) -> list[QWidget]:
        """Return the checkboxes."""
        return list(self.boxes())

    def _on_toggled(self, _checked: bool) -> None:
        """Report the checked option ids in option order."""
        self.edited.emit([option_id for option_id, box in self._boxes if box.isChecked()])


class TextField(AnswerField):
    """A few lines of free text; Tab moves on rather than typing a tab."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 4 + 12)
        self._describe(self.editor, accessible_label(question))
        self._layout.addWidget(self.editor)
        self.editor.textChanged.connect(self._on_changed)

    def set_value(self, value: Any) -> None:
        """Show a text, keeping the cursor when the text is already there."""
        text = value if isinstance(value, str) else ""
        if self.editor.toPlainText() != text:
            self.editor.blockSignals(True)
            self.editor.setPlainText(text)
            self.editor.blockSignals(False)

    def inputs(self) -> list[QWidget]:
        """Return the text editor."""
        return [self.editor]

    def _on_changed(self) -> None:
        """Report the text."""
        self.edited.emit(self.editor.toPlainText())


class NumberField(AnswerField):
    """A line edit for a number; empty means unanswered, anything else must read as a number."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("Not set"))
        self.line.setMaximumWidth(180)
        self._describe(self.line, accessible_label(question))
        self._layout.addWidget(self.line)
        self.line.textEdited.connect(self._on_edited)

    def set_value(self, value: Any) -> None:
        """Show a number, or nothing."""
        text = "" if value is None or isinstance(value, bool) else str(value)
        if self.line.text() != text:
            self.line.setText(text)

    def inputs(self) -> list[QWidget]:
        """Return the line edit."""
        return [self.line]

    def _on_edited(self, text: str) -> None:
        """Report the number typed, or the raw text when it is not a number."""
        self.edited.emit(parse_number(text))


def parse_number(text: str) -> int | float | str:
    """Read typed text as an int or float (a comma may mark decimals); else return it as is."""
    cleaned = text.strip().replace(" ", "").replace("\u202f", "")
    try:
        return int(cleaned)
    except ValueError:
        pass
    try:
        return float(cleaned.replace(",", "."))
    except ValueError:
        return text


class DateField(AnswerField):
    """A date with an explicit unset state: a 'Set date' button until a date is chosen."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self._stack = QStackedWidget(self)
        self.set_button = QPushButton(self.tr("Set date…"), self)
        self._describe(self.set_button, f"{accessible_label(question)}: not set, press to set")
        self.set_button.clicked.connect(self._on_set)
        editing = QWidget(self)
        row = QHBoxLayout(editing)
        row.setContentsMargins(0, 0, 0, 0)
        self.date_edit = QDateEdit(editing)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self._describe(self.date_edit, accessible_label(question))
        self.clear_button = QToolButton(editing)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAutoRaise(True)
        self._describe(self.clear_button, self.tr("Clear the date: {0}").format(question.label))
        self.clear_button.clicked.connect(self._on_clear)
        row.addWidget(self.date_edit)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self._stack.addWidget(self.set_button)
        self._stack.addWidget(editing)
        self._stack.setSizePolicy(self.set_button.sizePolicy())
        self._stack.setMaximumWidth(260)
        self._layout.addWidget(self._stack)
        self.date_edit.dateChanged.connect(self._on_date)

    @property
    def is_set(self) -> bool:
        """Tell whether a date is shown."""
        return self._stack.currentIndex() == 1

    def set_value(self, value: Any) -> None:
        """Show a YYYY-MM-DD date, or the unset state."""
        date = QDate.fromString(value, "yyyy-MM-dd") if isinstance(value, str) else QDate()
        if not date.isValid():
            self._stack.setCurrentIndex(0)
            return
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(date)
        self.date_edit.blockSignals(False)
        self._stack.setCurrentIndex(1)

    def inputs(self) -> list[QWidget]:
        """Return the Set button, the date editor and its Clear button."""
        return [self.set_button, self.date_edit, self.clear_button]

    def _on_set(self) -> None:
        """Start from today's date and hand the keyboard to the date editor."""
        self.set_value(QDate.currentDate().toString("yyyy-MM-dd"))
        self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit(self.date_edit.date().toString("yyyy-MM-dd"))

    def _on_clear(self) -> None:
        """Return to the unset state."""
        self._stack.setCurrentIndex(0)
        self.set_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit(None)

    def _on_date(self, date: QDate) -> None:
        """Report the chosen date."""
        self.edited.emit(date.toString("yyyy-MM-dd"))


def make_field(question: Question, parent: QWidget | None = None) -> AnswerField:
    """Return the answer widget suited to a question's kind."""
    kind = question.kind
    if kind is QuestionKind.SINGLE:
        if len(question.options) > MAX_RADIO_OPTIONS:
            return ComboField(question, parent)
        return ChoiceField(question, parent)
    if kind is QuestionKind.BOOLEAN:
        return ChoiceField(question, parent)
    if kind is QuestionKind.MULTI:
        return MultiField(question, parent)
    if kind is QuestionKind.NUMBER:
        return NumberField(question, parent)
    if kind is QuestionKind.DATE:
        return DateField(question, parent)
    return TextField(question, parent)
