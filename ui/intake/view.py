"""The intake view: the step list, the section pages and the buttons that move between them."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui.intake.controller import IntakeController
from ui.intake.section_page import SectionPage
from ui.intake.step_model import AppliesRole, StepListModel
from ui.theme import muted

NEXT_KEYS = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown)
PREVIOUS_KEYS = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp)


class StepDelegate(QStyledItemDelegate):
    """Sizes each step for its wrapped title and progress line, so neither is cut short.

    Qt measures wrapped item text at the full row width, while the style sheet's item padding
    leaves less: long French titles then lost their last line to an ellipsis.
    """

    PADDING = (2 * 8 + 2 * 4 + 4, 2 * 5 + 2)
    """Horizontal and vertical room taken by the item and list padding of the style sheet."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Return the height the text needs wrapped to the width it is painted at."""
        hint = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QListView):
            return hint
        width = view.viewport().width() - self.PADDING[0]
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        needed = option.fontMetrics.boundingRect(QRect(0, 0, max(width, 40), 10_000), flags, text)
        return QSize(hint.width(), max(hint.height(), needed.height() + self.PADDING[1]))


class IntakeView(QWidget):
    """Lays out the steps of a review; the controller holds every answer and rule.

    Signals:
        step_changed(int): another step is shown; carries its row in the step list.
    """

    step_changed = Signal(int)

    def __init__(
        self,
        controller: IntakeController,
        trailing: list[tuple[str, QWidget]] | None = None,
        parent: QWidget | None = None,
        *,
        owed: list[tuple[str, QWidget]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        trailing = trailing or []
        owed = owed or []
        self.model = StepListModel(
            controller, [title for title, _ in trailing], self, owed=[title for title, _ in owed]
        )
        self.steps = QListView(self)
        self.steps.setObjectName("steps")
        self.steps.setModel(self.model)
        self.steps.setAccessibleName(self.tr("Review steps"))
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setSpacing(2)
        self.steps.setFixedWidth(200)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setFrameShape(QFrame.Shape.NoFrame)
        self.steps.setWordWrap(True)
        self.steps.setItemDelegate(StepDelegate(self.steps))
        self.pages = QStackedWidget(self)
        self.section_pages: list[SectionPage] = []
        for section in controller.questionnaire.sections:
            page = SectionPage(section, controller, self.pages)
            self.section_pages.append(page)
            self.pages.addWidget(page)
        for _title, widget in [*owed, *trailing]:
            self.pages.addWidget(widget)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedIndicator")
        self.saved_label.setAccessibleName(self.tr("Save status"))
        muted(self.saved_label)
        self.previous_button = QPushButton(self.tr("← Previous"), self)
        self.previous_button.setToolTip(
            self.tr("Previous step ({0})").format(PREVIOUS_KEYS.toString())
        )
        self.previous_button.setAccessibleName(self.tr("Previous step"))
        self.next_button = QPushButton(self.tr("Next →"), self)
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.setDefault(False)
        self._next_name = ""
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self._lay_out()
        QShortcut(
            NEXT_KEYS, self, self.go_next, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        QShortcut(
            PREVIOUS_KEYS,
            self,
            self.go_previous,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.steps.selectionModel().currentRowChanged.connect(self._on_current_row)
        controller.visibility_changed.connect(self._on_visibility)
        controller.answer_changed.connect(self._on_answer)
        controller.problem_changed.connect(self._on_problem)
        controller.saved.connect(self.show_saved)
        self.go_to(0)

    def _lay_out(self) -> None:
        """Place the step list, the page and the bottom bar."""
        bar = QHBoxLayout()
        bar.setContentsMargins(28, 8, 28, 12)
        bar.addWidget(self.saved_label)
        bar.addStretch(1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.pages, 1)
        right.addLayout(bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.steps)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(separator)
        layout.addLayout(right, 1)

    @property
    def current_step(self) -> int:
        """Return the row of the step shown."""
        return self.pages.currentIndex()

    def page(self, section_id: str) -> SectionPage:
        """Return the page of a section."""
        return next(p for p in self.section_pages if p.section.id == section_id)

    def go_to(self, row: int) -> None:
        """Show a step, if it applies."""
        if not 0 <= row < self.model.rowCount() or not self._applies(row):
            return
        self.steps.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def go_to_owed(self, position: int) -> bool:
        """Show the step of an owed questionnaire (the FRIA); tell whether it is shown."""
        row = len(self.section_pages) + position
        self.go_to(row)
        return self.current_step == row

    def focus_question(self, question_id: str) -> None:
        """Show a question's section, scroll to the question and put the keyboard in its field."""
        for row, page in enumerate(self.section_pages):
            question = page.rows.get(question_id)
            if question is None:
                continue
            self.go_to(row)
            if self.current_step != row:
                return  # the section does not apply
            inputs = [w for w in question.field.inputs() if w.isVisibleTo(question)]
            target = inputs[0] if inputs else question.field
            page.ensureWidgetVisible(question)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return

    def go_next(self) -> None:
        """Show the next step that applies."""
        target = self._neighbour(+1)
        if target is not None:
            self.go_to(target)

    def go_previous(self) -> None:
        """Show the previous step that applies."""
        target = self._neighbour(-1)
        if target is not None:
            self.go_to(target)

    def show_saved(self, note: str) -> None:
        """Show the quiet note that the last change was kept."""
        self.saved_label.setText(f"✓ {note}")
        self._fit_next_label()

    def set_trailing_status(self, position: int, status: str) -> None:
        """Set the status line of a trailing step."""
        self.model.set_trailing_status(position, status)

    def set_owed_status(self, position: int, status: str) -> None:
        """Set the status line of an owed questionnaire's step (the FRIA)."""
        self.model.set_owed_status(position, status)

    def step_title(self, row: int) -> str:
        """Return a step's title without its progress line."""
        text = self.model.data(self.model.index(row), Qt.ItemDataRole.DisplayRole)
        return str(text).split("\n")[0]

    def _applies(self, row: int) -> bool:
        """Tell whether a step applies given the current answers."""
        return bool(self.model.data(self.model.index(row), AppliesRole))

    def _neighbour(self, step: int) -> int | None:
        """Find the nearest step that applies in one direction."""
        row = self.current_step + step
        while 0 <= row < self.model.rowCount():
            if self._applies(row):
                return row
            row += step
        return None

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Show the page of the chosen step and update the buttons."""
        if not current.isValid():
            return
        row = current.row()
        self.pages.setCurrentIndex(row)
        following = self._neighbour(+1)
        self.previous_button.setEnabled(self._neighbour(-1) is not None)
        self.next_button.setEnabled(following is not None)
        self._next_name = "" if following is None else self.step_title(following)
        self._fit_next_label()
        self.step_changed.emit(row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the Next button's label to the new width."""
        super().resizeEvent(event)
        self._fit_next_label()

    def _fit_next_label(self) -> None:
        """Name the next step on the Next button, shortened only when the bar is too narrow."""
        name = self._next_name
        button = self.next_button
        full = self.tr("Next: {0} →").format(name) if name else self.tr("Next →")
        keys = self.tr("Next step ({0})").format(NEXT_KEYS.toString())
        metrics = button.fontMetrics()
        chrome = button.sizeHint().width() - metrics.horizontalAdvance(button.text())
        others = (
            self.previous_button.sizeHint().width()
            + self.saved_label.sizeHint().width()
            + 2 * 28  # the bar's side margins
            + 2 * 6  # spacing between the bar's widgets
        )
        room = self.pages.width() - others - chrome
        text = full
        if name and metrics.horizontalAdvance(full) > room:
            bare = metrics.horizontalAdvance(self.tr("Next: {0} →").format(""))
            short = metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(room - bare, 0))
            text = self.tr("Next: {0} →").format(short) if short else self.tr("Next →")
        button.setText(text)
        button.setToolTip(keys if text == full else f"{full}\n{keys}")

    def _on_visibility(self) -> None:
        """Show and hide follow-up questions on every page."""
        for page in self.section_pages:
            page.refresh()
        self._on_current_row(self.model.index(self.current_step), QModelIndex())

    def _on_answer(self, question_id: str) -> None:
        """Refresh the progress of the page holding a changed answer."""
        # The field that was edited already shows the value; echoing it back would move the
        # cursor while the person types (e.g. "12." read as 12).
        for page in self.section_pages:
            if question_id in page.rows:
                page.show_progress(self._controller.progress(page.section))

    def _on_problem(self, question_id: str) -> None:
        """Show or hide the problem message of a question."""
        for page in self.section_pages:
            page.show_problem(question_id)
