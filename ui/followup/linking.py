"""Linking an evidence file to an obligation or a condition ("Link to condition/obligation…").

An obligation keeps its state and gains the file among its evidence; an open condition is
closed as done, the file being its evidence. Both go through the service, which audits them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from reviewer.errors import ReviewerError
from reviewer.followup import ConditionStatus
from reviewer.records import Attachment
from ui import dialogs
from ui.reviews.session import ReviewSession


@dataclass(frozen=True)
class LinkTarget:
    """What a file can be linked to: an obligation of the checklist or an open condition."""

    kind: str  # "obligation" or "condition"
    id: str
    label: str


def link_targets(session: ReviewSession) -> list[LinkTarget]:
    """Return the obligations and the open conditions of the review as it stands."""
    detail = session.detail
    targets = [LinkTarget("obligation", item.id, item.text) for item in detail.obligations]
    targets += [
        LinkTarget("condition", c.id, f"{c.id}: {c.text}")
        for c in detail.conditions
        if c.status is ConditionStatus.OPEN
    ]
    return targets


class LinkDialog(QDialog):
    """Choose the obligation or condition a file proves."""

    def __init__(
        self, attachment: Attachment, targets: list[LinkTarget], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to condition/obligation"))
        text = QLabel(
            self.tr(
                "{file} is evidence for: (a condition linked to it is closed as done; an"
                " obligation keeps its state)"
            ).format(file=attachment.file_name),
            self,
        )
        text.setWordWrap(True)
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Condition or obligation"))
        for target in targets:
            prefix = self.tr("Obligation") if target.kind == "obligation" else self.tr("Condition")
            self.target.addItem(f"{prefix} · {target.label}", target)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.target)
        layout.addWidget(buttons)

    def chosen(self) -> LinkTarget | None:
        """Return the chosen target."""
        target = self.target.currentData()
        return target if isinstance(target, LinkTarget) else None


def link_attachment(parent: QWidget, session: ReviewSession, attachment: Attachment) -> bool:
    """Ask what the file proves and link it; return whether anything changed."""
    targets = link_targets(session)
    if not targets:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("LinkDialog", "Nothing to link to"),
            QCoreApplication.translate(
                "LinkDialog",
                "This review has no obligation and no open condition to link a file to.",
            ),
        )
        return False
    dialog = LinkDialog(attachment, targets, parent)
    try:
        if not dialogs.run_dialog(dialog):
            return False
        target = dialog.chosen()
    finally:
        dialog.deleteLater()
    if target is None:
        return False
    service = session.service
    try:
        if target.kind == "condition":
            service.close_condition_with_attachment(target.id, attachment.id)
        else:
            item = next(i for i in session.detail.obligations if i.id == target.id)
            session.change(
                lambda version: service.mark_obligation(
                    session.review_id,
                    item.id,
                    item.state,
                    reason=item.reason,
                    evidence=[*item.evidence, attachment.id],
                    expected_version=version,
                )
            )
    except ReviewerError as exc:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("LinkDialog", "The file was not linked"),
            QCoreApplication.translate("LinkDialog", "{problem}\n\nNothing was changed.").format(
                problem=exc
            ),
        )
        return False
    session.reload()
    return True
