"""The Audit screen: a review's history from the hash-chained log, and whether the chain holds."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.records import AuditReport
from reviewer.service import ReviewService
from ui import dialogs
from ui.background import BackgroundJob, run_in_background
from ui.i18n import marked, moment_text
from ui.table_model import Row, RowsModel
from ui.theme import badge_style, finding_colours, muted, set_point_delta

_KINDS = {
    "create": QT_TRANSLATE_NOOP("AuditScreen", "Created"),
    "import": QT_TRANSLATE_NOOP("AuditScreen", "Imported from a file"),
    "answer": QT_TRANSLATE_NOOP("AuditScreen", "Answer saved"),
    "assess": QT_TRANSLATE_NOOP("AuditScreen", "Re-assessed"),
    "decide": QT_TRANSLATE_NOOP("AuditScreen", "Decided"),
    "sign": QT_TRANSLATE_NOOP("AuditScreen", "Signed"),
    "countersign": QT_TRANSLATE_NOOP("AuditScreen", "Countersigned"),
    "return": QT_TRANSLATE_NOOP("AuditScreen", "Returned by the approver"),
    "escalate": QT_TRANSLATE_NOOP("AuditScreen", "Escalated"),
    "reopen": QT_TRANSLATE_NOOP("AuditScreen", "Reopened for changes"),
    "export": QT_TRANSLATE_NOOP("AuditScreen", "Exported"),
    "attachment": QT_TRANSLATE_NOOP("AuditScreen", "Evidence attached"),
    "evidence-described": QT_TRANSLATE_NOOP("AuditScreen", "Evidence described"),
    "policy-import": QT_TRANSLATE_NOOP("AuditScreen", "Policy imported"),
}


class AuditEvent(Protocol):
    """What the screen reads of an audit event (the service's `history` returns them)."""

    @property
    def seq(self) -> int:
        """Return the event's position in the chain."""
        ...

    @property
    def at(self) -> datetime:
        """Return when it happened."""
        ...

    @property
    def actor(self) -> str:
        """Return who did it."""
        ...

    @property
    def kind(self) -> str:
        """Return what happened."""
        ...

    @property
    def detail(self) -> dict[str, Any]:
        """Return the event's details."""
        ...

    @property
    def hash(self) -> str:
        """Return the event's hash."""
        ...

    @property
    def prev_hash(self) -> str:
        """Return the previous event's hash."""
        ...


def kind_label(kind: str) -> str:
    """Return what an event kind means, in the interface language."""
    source = _KINDS.get(kind)
    return QCoreApplication.translate("AuditScreen", str(source)) if source else kind


_DETAILS = marked(
    {
        "machine_account": QT_TRANSLATE_NOOP("AuditScreen", "machine account (not the signer)"),
        "outcome": QT_TRANSLATE_NOOP("AuditScreen", "outcome"),
        "verdict": QT_TRANSLATE_NOOP("AuditScreen", "verdict"),
        "revision": QT_TRANSLATE_NOOP("AuditScreen", "revision"),
        "reason": QT_TRANSLATE_NOOP("AuditScreen", "reason"),
        "status": QT_TRANSLATE_NOOP("AuditScreen", "status"),
        "title": QT_TRANSLATE_NOOP("AuditScreen", "title"),
        "organisation": QT_TRANSLATE_NOOP("AuditScreen", "organisation"),
        "rationale": QT_TRANSLATE_NOOP("AuditScreen", "rationale"),
        "conditions": QT_TRANSLATE_NOOP("AuditScreen", "conditions"),
        "file_name": QT_TRANSLATE_NOOP("AuditScreen", "file"),
        "file": QT_TRANSLATE_NOOP("AuditScreen", "file"),
        "description": QT_TRANSLATE_NOOP("AuditScreen", "description"),
        "sha256": QT_TRANSLATE_NOOP("AuditScreen", "SHA-256"),
        "signer": QT_TRANSLATE_NOOP("AuditScreen", "signer"),
        "changed": QT_TRANSLATE_NOOP("AuditScreen", "changed"),
        "note": QT_TRANSLATE_NOOP("AuditScreen", "note"),
        "escalate_to": QT_TRANSLATE_NOOP("AuditScreen", "escalated to"),
        "due_date": QT_TRANSLATE_NOOP("AuditScreen", "due date"),
        "next_review": QT_TRANSLATE_NOOP("AuditScreen", "next review"),
        "reference": QT_TRANSLATE_NOOP("AuditScreen", "reference"),
        "format": QT_TRANSLATE_NOOP("AuditScreen", "format"),
        "size": QT_TRANSLATE_NOOP("AuditScreen", "size (bytes)"),
        "pdf_sha256": QT_TRANSLATE_NOOP("AuditScreen", "PDF SHA-256"),
        "signed_pdf_sha256": QT_TRANSLATE_NOOP("AuditScreen", "signed PDF SHA-256"),
        "superseded_pdf_sha256": QT_TRANSLATE_NOOP("AuditScreen", "superseded PDF SHA-256"),
        "bundle_sha256": QT_TRANSLATE_NOOP("AuditScreen", "bundle SHA-256"),
        "signer_subject": QT_TRANSLATE_NOOP("AuditScreen", "signer's certificate"),
        "signed_by": QT_TRANSLATE_NOOP("AuditScreen", "signed by"),
        "superseded_revision": QT_TRANSLATE_NOOP("AuditScreen", "superseded revision"),
        "obligation": QT_TRANSLATE_NOOP("AuditScreen", "obligation"),
        "state": QT_TRANSLATE_NOOP("AuditScreen", "state"),
        "condition": QT_TRANSLATE_NOOP("AuditScreen", "condition"),
        "fields": QT_TRANSLATE_NOOP("AuditScreen", "fields"),
        "question": QT_TRANSLATE_NOOP("AuditScreen", "question"),
        "questionnaire": QT_TRANSLATE_NOOP("AuditScreen", "questionnaire"),
        "dropped": QT_TRANSLATE_NOOP("AuditScreen", "answers dropped"),
        "packs": QT_TRANSLATE_NOOP("AuditScreen", "policy packs"),
        "pack": QT_TRANSLATE_NOOP("AuditScreen", "policy pack"),
        "version": QT_TRANSLATE_NOOP("AuditScreen", "version"),
        "pushed_from": QT_TRANSLATE_NOOP("AuditScreen", "pushed from"),
        "events": QT_TRANSLATE_NOOP("AuditScreen", "events brought in"),
        "to": QT_TRANSLATE_NOOP("AuditScreen", "to"),
    }
)


def _detail_label(key: str) -> str:
    """Name a detail for a person, in the interface language when it is a known one."""
    known = _DETAILS.get(key)
    return QCoreApplication.translate("AuditScreen", known) if known else key.replace("_", " ")


def _detail_value(key: str, value: Any) -> str:
    """Show a detail's value; outcomes and verdicts in words, not their stored codes."""
    from reviewer import Outcome, Verdict
    from ui.theme import outcome_label, verdict_label

    try:
        if key == "outcome":
            return outcome_label(Outcome(value))
        if key == "verdict":
            return verdict_label(Verdict(value))
    except ValueError:  # an older code: show it as stored
        pass
    if key == "events" and isinstance(value, list):  # the hashes of a bundle's events
        return str(len(value))
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def detail_text(detail: dict[str, Any]) -> str:
    """Render an event's details as short key: value pairs."""
    parts = []
    for key, value in sorted(detail.items()):
        shown = _detail_value(key, value)
        if key.endswith("sha256") and len(shown) == 64:
            shown = shown[:12] + "…"
        parts.append(
            QCoreApplication.translate("AuditScreen", "{label}: {value}").format(
                label=_detail_label(key), value=shown
            )
        )
    return "; ".join(parts)


def event_row(event: AuditEvent) -> Row:
    """Return one table row for an event."""
    when = moment_text(event.at, utc=True, seconds=True)
    return Row(
        (str(event.seq), when, event.actor, kind_label(event.kind), detail_text(event.detail)),
        payload=event,
        tooltips=("", "", "", event.kind, f"hash {event.hash}\nprevious {event.prev_hash}"),
    )


class AuditScreen(QWidget):
    """Shows one review's audit events, oldest first, and the verification of the whole chain.

    Signals:
        verified(object): the chain was checked; carries the `AuditReport`.
    """

    verified = Signal(object)

    def __init__(self, service: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.review_id: str | None = None
        self.report: AuditReport | None = None
        self.job: BackgroundJob | None = None
        title = QLabel(self.tr("Audit"), self)
        set_point_delta(title, 5, bold=True)
        self.subject = QLabel(self.tr("Open a review to see its history here."), self)
        self.subject.setWordWrap(True)
        muted(self.subject)
        self.chain = QLabel(self)
        self.chain.setObjectName("chainStatus")
        self.chain.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("Verify the chain again"), self)
        self.verify_button.clicked.connect(self.verify_chain)
        self.model = RowsModel(
            [self.tr("#"), self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column, width in ((0, 50), (1, 170), (2, 250), (3, 170)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        status_row = QHBoxLayout()
        status_row.addWidget(self.chain, 1)
        status_row.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.subject)
        layout.addLayout(status_row)
        layout.addWidget(self.table, 1)

    def showEvent(self, event: QShowEvent) -> None:
        """Read the history again each time the screen is shown: it grows as people work."""
        super().showEvent(event)
        self.refresh()

    def show_review(self, reference: str, title: str) -> None:
        """Show one review's history (by its reference), and check the chain again."""
        self.review_id = reference
        self.subject.setText(
            self.tr("History of “{title}” ({id})").format(title=title, id=reference)
        )
        self.refresh()

    def refresh(self) -> None:
        """Read the history again and verify the chain off the UI thread."""
        if self.review_id is not None:
            try:
                events = self._service.history(self.review_id)
            except ReviewerError as exc:
                dialogs.show_error(
                    self,
                    self.tr("History not shown"),
                    self.tr("{problem}\n\nOpen the review again from the list.").format(
                        problem=exc
                    ),
                )
                events = []
            self.model.set_rows([event_row(e) for e in events])
        self.verify_chain()

    def verify_chain(self) -> None:
        """Walk the whole audit chain on the thread pool."""
        if self.job is not None and self.job.running:
            return
        self.chain.setText(self.tr("Verifying the audit chain…"))
        self.chain.setStyleSheet("")
        self.verify_button.setEnabled(False)
        service = self._service
        self.job = run_in_background(service.verify_audit, self, self._on_verified, self._on_failed)

    def _on_verified(self, report: Any) -> None:
        """Show the chain's status in colour and in words."""
        assert isinstance(report, AuditReport)
        self.job = None
        self.report = report
        self.verify_button.setEnabled(True)
        if report.ok:
            text = self.tr(
                "✓ Audit chain intact: {events} events and {reviews} reviews check out."
            ).format(events=report.events, reviews=report.reviews_checked)
        else:
            text = self.tr(
                "✗ Audit chain BROKEN: {problem}. Do not rely on this history; run"
                " 'reviewer db check' and tell your administrator."
            ).format(problem=report.problem or self.tr("unknown problem"))
        self.chain.setText(text)
        self.chain.setAccessibleName(text)
        self.chain.setStyleSheet(badge_style(*finding_colours(report.ok), 6, "8px 12px"))
        self.verified.emit(report)

    def _on_failed(self, message: str) -> None:
        """Say the chain could not be checked."""
        self.job = None
        self.verify_button.setEnabled(True)
        text = self.tr("? The audit chain could not be checked: {problem}").format(problem=message)
        self.chain.setText(text)
        self.chain.setStyleSheet(badge_style(*finding_colours(None), 6, "8px 12px"))
