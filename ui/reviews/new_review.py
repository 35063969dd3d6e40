"""The "New review" form: title, applicant, system, business owner, approver and due date.

`NewReviewDialog` only lays the fields out; `NewReviewForm` holds what was typed and checks it
with the service's own `NewReview` model, so the rules live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.service import NewReview
from ui.theme import ProblemLabel, muted


@dataclass(frozen=True)
class NewReviewForm:
    """What the person typed in the New review form."""

    title: str
    applicant: str
    system: str = ""
    business_owner: str = ""
    approver: str = ""
    due_date: date | None = None

    def details(self) -> NewReview:
        """Return the service's details, raising ReviewerError with what to correct."""
        if not self.title.strip():
            raise ReviewerError("title: give the deployment's title")
        if not self.applicant.strip():
            raise ReviewerError("applicant: name the organisation that applies")
        try:
            return NewReview(
                system=self.system.strip(),
                business_owner=self.business_owner.strip(),
                approver=self.approver.strip(),
                due_date=self.due_date,
            )
        except ValidationError as exc:
            messages = [
                f"{'.'.join(map(str, e['loc']))}: {e['msg'].removeprefix('Value error, ')}"
                for e in exc.errors()
            ]
            raise ReviewerError("; ".join(messages)) from None


class NewReviewDialog(QDialog):
    """Lays out the New review form; `form()` reads it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New review"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr("Describe the proposed deployment. Only the title and applicant are required."),
            self,
        )
        intro.setWordWrap(True)
        muted(intro)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Body cameras for patrols"))
        self.applicant = QLineEdit(self)
        self.applicant.setPlaceholderText(self.tr("The organisation that applies"))
        self.system = QLineEdit(self)
        self.system.setPlaceholderText(self.tr("e.g. VisionGuard 4.2"))
        self.business_owner = QLineEdit(self)
        self.approver = QLineEdit(self)
        self.approver.setPlaceholderText(self.tr("Who countersigns: their email is best"))
        self.has_due = QCheckBox(self.tr("Due by"), self)
        self.due = QDateEdit(QDate.currentDate().addDays(14), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setMinimumDate(QDate.currentDate())
        self.due.setEnabled(False)
        self.has_due.setAccessibleName(self.tr("The review has a due date"))
        self.due.setAccessibleName(self.tr("Due date"))
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        form = QFormLayout()
        for label, field, name in (
            (self.tr("Title (required)"), self.title, self.tr("Title of the deployment")),
            (self.tr("Applicant (required)"), self.applicant, self.tr("Applicant organisation")),
            (self.tr("System and version"), self.system, self.tr("System name and version")),
            (self.tr("Business owner"), self.business_owner, self.tr("Business owner")),
            (self.tr("Assigned approver"), self.approver, self.tr("Assigned approver")),
        ):
            field.setAccessibleName(name)
            field.setMaxLength(300)
            form.addRow(label, field)
        form.addRow(self.tr("Due date"), due_row)
        self.problem = ProblemLabel(self)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create review"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def form(self) -> NewReviewForm:
        """Return what was typed."""
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return NewReviewForm(
            title=self.title.text(),
            applicant=self.applicant.text(),
            system=self.system.text(),
            business_owner=self.business_owner.text(),
            approver=self.approver.text(),
            due_date=due if isinstance(due, date) else None,
        )

    def show_problem(self, text: str) -> None:
        """Say what to correct, keeping everything typed."""
        self.problem.setText(text)
        self.problem.show()
