"""The lifecycle in the app: reopen, return, escalate, and the same trail via the CLI or the UI.

Also "Awaiting my approval", and four eyes on the approver's steps.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from reviewer import Outcome
from reviewer.paths import identities_dir
from reviewer.records import ReviewStatus
from reviewer.report.model import Person
from reviewer.resources import examples_dir
from reviewer.service import NewReview, ReviewService
from reviewer.signing.identity import load_identity
from reviewer.signing.trust import add_root
from tests.helpers.desk import database_file, reviews_screen, service
from tests.helpers.signing import ThrowawayIdentity
from tests.ui.helpers import decide_in_ui, sign_in_ui
from ui.reviews.list_model import STATUS
from ui.reviews.list_page import AWAITING_MINE
from ui.reviews.workspace import SIGN
from ui.settings.model import Settings, save_settings
from ui.verify.screen import VerifyScreen

__all__ = ["database_file", "reviews_screen", "service"]

pytestmark = pytest.mark.gui

ZOE = Person(name="Zoé Reviewer", email="zoe@example.org")
MINIMAL = {"org_type": "company"}


def signed_review(
    service: ReviewService, identity: ThrowawayIdentity, folder: Path, title: str = "Chatbot"
) -> str:
    """Store a review decided and signed by Zoé, awaiting Bob's approval; return its reference."""
    change = service.create_review(
        title, "Acme", MINIMAL, details=NewReview(approver="bob@example.org")
    )
    reference = change.review.reference
    service.decide(reference, Outcome.APPROVE, "Low risk.", decider=ZOE)
    unlocked = load_identity(identity.p12, identity.passphrase)
    service.sign_decision(reference, unlocked, folder / f"{reference}.pdf")
    return reference


def open_at_sign_step(qtbot: Any, screen: Any, reference: str) -> Any:
    """Open a review and show its Sign and approve step; return the workspace."""
    with qtbot.wait_signal(screen.review_opened):
        screen.open_review(reference)
    workspace = screen.workspace
    view = workspace.intake_view
    view.go_to(view.model.section_count() + SIGN)
    return workspace


def test_reopening_a_signed_review(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    reviewer_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    """A signed review is read-only; reopening asks why, opens revision 2, supersedes the PDF."""
    service = reviews_screen.service
    reference = signed_review(service, reviewer_identity, tmp_path)
    workspace = open_at_sign_step(qtbot, reviews_screen, reference)
    assert workspace.lock.isVisible()
    assert workspace.lock_text.text() == (
        "Read-only: this revision cannot be changed because it is signed and awaiting"
        " approval; reopen it to change anything."
    )
    assert workspace.reopen_button.isVisible()
    assert not any(
        row.field.isEnabled()
        for page in workspace.intake_view.section_pages
        for row in page.rows.values()
    )
    assert not workspace.decision_panel.record_button.isEnabled()
    # Cancelling the reason changes nothing.
    dialog_calls.text_answers.append(None)
    qtbot.mouseClick(workspace.reopen_button, Qt.MouseButton.LeftButton)
    assert service.get_review(reference).summary.status is ReviewStatus.AWAITING_APPROVAL
    # With a reason, a new revision opens and the review shows again, editable.
    dialog_calls.text_answers.append("The retention period was missing.")
    with qtbot.wait_signal(reviews_screen.review_opened):
        qtbot.mouseClick(workspace.reopen_button, Qt.MouseButton.LeftButton)
    reopened = reviews_screen.workspace
    assert reopened is not workspace
    assert not reopened.lock.isVisible()
    assert reopened.status_badge.text() == "Draft"
    assert all(
        row.field.isEnabled()
        for page in reopened.intake_view.section_pages
        for row in page.rows.values()
    )
    assert reopened.evidence_panel.attach_button.isEnabled()
    detail = service.get_review(reference)
    assert detail.summary.revision == 2 and detail.current.state is ReviewStatus.DRAFT
    old = service.get_revision(reference, 1)
    assert old.state is ReviewStatus.SUPERSEDED
    assert old.closing_note == "The retention period was missing."
    assert [(r.revision, r.kind) for r in detail.reports] == [(1, "reviewer")]
    reopen = service.history(reference)[-1]
    assert reopen.kind == "reopen"
    assert reopen.detail["reason"] == "The retention period was missing."
    # The Verify screen, on this database, says the old signed PDF is superseded.
    add_root(reviewer_identity.cert)
    pdf = tmp_path / f"{reference}.pdf"
    screen = VerifyScreen(service=service)
    qtbot.addWidget(screen)
    with qtbot.wait_signal(screen.verified, timeout=30_000):
        screen.verify(pdf)
    assert not screen.standing.isHidden()
    assert screen.standing.text().startswith(
        f"SUPERSEDED in this database: revision 1 of {reference}"
    )
    assert "The retention period was missing." in screen.standing.text()
    assert reopen.detail["superseded_pdf_sha256"] == detail.reports[0].sha256
    assert dialog_calls.errors == []
    # The header and the list say that earlier signed PDFs are superseded.
    revision = reviews_screen.currentWidget().findChild(QLabel, "reviewRevision")
    assert revision is not None and revision.text() == "rev. 2"
    reviews_screen.show_list()
    model = reviews_screen.list_page.model
    row = model.row_of(detail.summary.id)
    tip = model.data(model.index(row, STATUS), Qt.ItemDataRole.ToolTipRole)
    assert "superseded" in tip and "Approver: bob@example.org" in tip


def test_an_approver_returns_a_review_with_a_reason(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    """On a shared database the approver returns a review awaiting their approval, with a reason.

    The approver finds it under "Awaiting my approval"; the officer then sees why, and can
    reopen it.
    """
    service = reviews_screen.service
    reference = signed_review(service, reviewer_identity, tmp_path)
    signed_review(service, reviewer_identity, tmp_path, "Someone else's")
    service.create_review("Still a draft", "Acme", details=NewReview(approver="bob@example.org"))
    # Bob's identity is the one remembered in Settings on this computer.
    for suffix in (".p12", ".pem"):
        shutil.copy(approver_identity.p12.with_suffix(suffix), identities_dir())
    save_settings(Settings(identity=approver_identity.p12.name))
    page = reviews_screen.list_page
    page.status_filter.setCurrentIndex(page.status_filter.findData(AWAITING_MINE))
    assert page.model.query.status is ReviewStatus.AWAITING_APPROVAL
    assert page.model.query.approver == "bob@example.org"
    assert page.model.total == 2  # not the draft, although Bob is its approver too
    page.status_filter.setCurrentIndex(page.status_filter.findData(ReviewStatus.RETURNED))
    assert page.model.total == 0
    workspace = open_at_sign_step(qtbot, reviews_screen, reference)
    panel = workspace.signing_panel
    assert panel.return_button.isVisible() and panel.countersign_button.isVisible()
    assert not panel.sign_button.isEnabled()
    dialog_calls.text_answers.append("The retention period is not stated.")
    dialog_calls.files.append(approver_identity.p12)
    with qtbot.wait_signal(panel.changed) as changed:
        qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
    assert changed.args[0].review.status is ReviewStatus.RETURNED
    assert dialog_calls.passphrases == []  # the certificate beside the identity names Bob
    detail = service.get_review(reference)
    assert detail.summary.status is ReviewStatus.RETURNED
    assert detail.current.closing_note == "The retention period is not stated."
    event = service.history(reference)[-1]
    assert (event.kind, event.actor) == ("return", "Bob Approver <bob@example.org>")
    assert workspace.status_badge.text() == "Returned"
    assert "The retention period is not stated." in panel.approval_status.text()
    assert "the approver returned it" in workspace.lock_text.text()
    assert workspace.reopen_button.isVisible()
    assert not panel.return_button.isVisible()
    reviews_screen.show_list()
    assert page.model.total == 1 and page.model.summary(0).reference == reference


def test_the_officer_cannot_return_their_own_review(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    reviewer_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    """Four eyes: the decider cannot return (or approve) their own decision; it is explained."""
    service = reviews_screen.service
    reference = signed_review(service, reviewer_identity, tmp_path)
    panel = open_at_sign_step(qtbot, reviews_screen, reference).signing_panel
    dialog_calls.text_answers.append("Changed my mind.")
    dialog_calls.files.append(reviewer_identity.p12)
    qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
    assert dialog_calls.errors[-1][0] == "The review was not returned"
    assert "four eyes" in dialog_calls.errors[-1][1]
    assert service.get_review(reference).summary.status is ReviewStatus.AWAITING_APPROVAL


def test_escalating_names_the_person_it_goes_to(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    reviewer_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    """Escalate asks for a named person and a reason, and the review says who has it."""
    service = reviews_screen.service
    reference = signed_review(service, reviewer_identity, tmp_path)
    panel = open_at_sign_step(qtbot, reviews_screen, reference).signing_panel
    dialog_calls.text_answers[:] = ["Chief Risk Officer", "Board-level exposure."]
    with qtbot.wait_signal(panel.changed):
        qtbot.mouseClick(panel.escalate_button, Qt.MouseButton.LeftButton)
    detail = service.get_review(reference)
    assert detail.summary.status is ReviewStatus.ESCALATED
    assert "Escalated to Chief Risk Officer" in panel.approval_status.text()
    assert service.history(reference)[-1].detail["to"] == "Chief Risk Officer"


def test_a_countersignature_for_another_review_is_refused_clearly(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    tmp_path: Path,
) -> None:
    """Recording a file that is not a countersigned report of this database explains why."""
    bogus = tmp_path / "bogus.pdf"
    bogus.write_bytes(b"%PDF-1.7 not really")
    dialog_calls.files.append(bogus)
    qtbot.mouseClick(reviews_screen.list_page.record_button, Qt.MouseButton.LeftButton)
    assert dialog_calls.errors[-1][0] == "The countersignature was not recorded"


# -- the same journey through the CLI and through the UI --------------------------------------


def cli(*args: str) -> str:
    """Run `python -m reviewer` with the test's environment; return its output or fail."""
    done = subprocess.run(
        [sys.executable, "-m", "reviewer", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.slow
def test_the_cli_and_the_ui_leave_the_same_audit_trail(
    qtbot: Any,
    dialog_calls: Any,
    tmp_path: Path,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
) -> None:
    """Import, decide and sign, countersign, record: the same event kinds either way."""
    from ui.reviews.screen import ReviewsScreen

    for identity in (reviewer_identity, approver_identity):
        add_root(identity.cert)
    example = examples_dir() / "customer-support-chatbot.json"
    folder = tmp_path / "examples"
    folder.mkdir()
    shutil.copy(example, folder)
    # Through the CLI.
    cli_db = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    cli("--database", cli_db, "review", "import", str(example))
    with ReviewService.open(cli_db) as opened:
        [summary] = opened.list_reviews()
    signed = tmp_path / "cli-signed.pdf"
    countersigned = tmp_path / "cli-countersigned.pdf"
    cli(
        "--database", cli_db, "report", "--review", summary.reference,
        "--outcome", "reject", "--rationale", "Not justified.",
        "--identity", str(reviewer_identity.p12),
        "--passphrase-file", str(reviewer_identity.passphrase_file),
        "--out", str(signed),
    )  # fmt: skip
    cli(
        "countersign", str(signed),
        "--identity", str(approver_identity.p12),
        "--passphrase-file", str(approver_identity.passphrase_file),
        "--out", str(countersigned),
    )  # fmt: skip
    cli("--database", cli_db, "review", "record-countersignature", str(countersigned))
    with ReviewService.open(cli_db) as opened:
        cli_kinds = [event.kind for event in opened.history(summary.reference)]
    # Through the UI.
    with ReviewService.open(f"sqlite:///{tmp_path / 'ui.sqlite3'}") as ui_service:
        screen = ReviewsScreen(ui_service, examples=folder)
        qtbot.add_widget(screen)
        screen.resize(1280, 800)
        screen.show()
        with qtbot.wait_signal(screen.samples_loaded, timeout=30_000):
            qtbot.mouseClick(screen.list_page.load_samples, Qt.MouseButton.LeftButton)
        [ui_summary] = ui_service.list_reviews()
        with qtbot.wait_signal(screen.review_opened):
            screen.open_review(ui_summary.id)
        workspace = screen.workspace
        decide_in_ui(
            qtbot, workspace, dialog_calls, reviewer_identity.p12, Outcome.REJECT, "Not justified."
        )
        ui_signed = tmp_path / "ui-signed.pdf"
        sign_in_ui(qtbot, workspace, dialog_calls, reviewer_identity, ui_signed)
        screen.show_list()
        qtbot.mouseClick(screen.list_page.countersign_button, Qt.MouseButton.LeftButton)
        page = screen.countersign_page
        page.open_report(ui_signed)
        qtbot.wait_until(lambda: page.received is not None, timeout=30_000)
        dialog_calls.files.append(approver_identity.p12)
        dialog_calls.passphrases.append(approver_identity.passphrase.decode())
        dialog_calls.saves.append(tmp_path / "ui-countersigned.pdf")
        with qtbot.wait_signal(page.countersigned, timeout=60_000):
            qtbot.mouseClick(page.countersign_button, Qt.MouseButton.LeftButton)
        ui_kinds = [event.kind for event in ui_service.history(ui_summary.reference)]
        assert ui_service.get_review(ui_summary.id).summary.status is ReviewStatus.APPROVED
        screen.close()
    assert dialog_calls.errors == []
    assert cli_kinds == ["import", "decide", "sign", "export", "countersign"]
    assert ui_kinds == cli_kinds


def test_the_approver_countersigns_on_a_shared_database(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    """Countersign… on the review itself signs the kept PDF, records it, and shows its check."""
    for identity in (reviewer_identity, approver_identity):
        add_root(identity.cert)
    service = reviews_screen.service
    reference = signed_review(service, reviewer_identity, tmp_path)
    workspace = open_at_sign_step(qtbot, reviews_screen, reference)
    panel = workspace.signing_panel
    out = tmp_path / "countersigned.pdf"
    dialog_calls.files.append(approver_identity.p12)
    dialog_calls.passphrases.append(approver_identity.passphrase.decode())
    dialog_calls.saves.append(out)
    with qtbot.wait_signal(panel.countersigned, timeout=60_000):
        qtbot.mouseClick(panel.countersign_button, Qt.MouseButton.LeftButton)
    assert dialog_calls.errors == []
    detail = service.get_review(reference)
    assert detail.summary.status is ReviewStatus.APPROVED
    assert [r.kind for r in detail.reports] == ["reviewer", "countersigned"]
    assert detail.reports[-1].sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert panel.verification.passed is True and panel.verification.isVisible()
    assert workspace.status_badge.text() == "Approved"
    assert "Bob Approver" in panel.approval_status.text()
    assert "concurs" in panel.approval_status.text()
    assert not panel.countersign_button.isVisible()


def test_a_report_nobody_here_trusts_is_not_countersigned_and_nothing_is_written(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    """The report is verified before countersigning; refused, no PDF exists to disagree."""
    service = reviews_screen.service
    reference = signed_review(service, reviewer_identity, tmp_path)
    panel = open_at_sign_step(qtbot, reviews_screen, reference).signing_panel
    out = tmp_path / "countersigned.pdf"
    dialog_calls.files.append(approver_identity.p12)
    dialog_calls.passphrases.append(approver_identity.passphrase.decode())
    dialog_calls.saves.append(out)
    qtbot.mouseClick(panel.countersign_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: bool(dialog_calls.errors), timeout=60_000)
    title, message = dialog_calls.errors[-1]
    assert title == "The report was not countersigned"
    assert "does not verify" in message and "trusted root" in message
    assert not out.exists()
    assert service.get_review(reference).summary.status is ReviewStatus.AWAITING_APPROVAL


def test_a_step_on_a_review_someone_else_moved_offers_to_reload(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    reviewer_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    """Escalating a review another person escalated meanwhile: one question, to reload."""
    service = reviews_screen.service
    reference = signed_review(service, reviewer_identity, tmp_path)
    workspace = open_at_sign_step(qtbot, reviews_screen, reference)
    service.escalate(reference, "Chief Risk Officer", "Board-level exposure.")  # elsewhere
    dialog_calls.text_answers[:] = ["Head of Legal", "Legal exposure."]
    dialog_calls.confirm_answers.append(True)
    with qtbot.wait_signal(reviews_screen.review_opened):
        qtbot.mouseClick(workspace.signing_panel.escalate_button, Qt.MouseButton.LeftButton)
    assert dialog_calls.errors == []
    assert [title for title, _ in dialog_calls.confirms] == ["Someone else changed this review"]
    assert reviews_screen.workspace.status_badge.text() == "Escalated"
    assert service.history(reference)[-1].detail["to"] == "Chief Risk Officer"


def test_signing_can_attach_the_evidence_files_under_the_signature(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    reviewer_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    """The "attach the evidence" box puts each file in the signed PDF, named by its place."""
    add_root(reviewer_identity.cert)
    service = reviews_screen.service
    reference = service.create_review("Chatbot", "Acme", MINIMAL).review.reference
    service.add_attachment(reference, "dpia.txt", b"the impact assessment")
    service.decide(reference, Outcome.APPROVE, "Low risk.", decider=ZOE)
    workspace = open_at_sign_step(qtbot, reviews_screen, reference)
    panel = workspace.signing_panel
    assert not panel.embed_evidence.isHidden()
    panel.embed_evidence.setChecked(True)
    out = tmp_path / "decision.pdf"
    signed = sign_in_ui(qtbot, workspace, dialog_calls, reviewer_identity, out)
    assert signed.verification.passed, signed.verification.reasons
    attachments = PdfReader(out).attachments
    assert attachments["evidence/1-dpia.txt"] == [b"the impact assessment"]
