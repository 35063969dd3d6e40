"""The whole journey, driven through the main window as people would, on two laptops.

The officer creates a review, answers, attaches evidence, decides and signs on the first
profile; the approver countersigns the PDF on a second profile (another data folder, another
database); the officer records that countersignature back in the first.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer import PolicyPack, Questionnaire, Verdict
from reviewer.records import ReviewStatus
from reviewer.service import ReviewService
from reviewer.signing.trust import add_root, read_certificate
from reviewer.signing.verify import verify_report
from tests.helpers.desk import fill_new_review
from tests.helpers.signing import ThrowawayIdentity
from tests.ui.helpers import click_option, decide_in_ui, drop_file, sign_in_ui
from ui.reviews.workspace import EVIDENCE

pytestmark = pytest.mark.gui


def make_window(
    qtbot: Any, service: ReviewService, questionnaire: Questionnaire, packs: list[PolicyPack]
) -> Any:
    """Return a shown main window over a service."""
    from ui.content import DeskContent
    from ui.main_window import MainWindow
    from ui.settings.model import Settings

    main = MainWindow(DeskContent(questionnaire, packs), settings=Settings(), service=service)
    qtbot.add_widget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.wait_exposed(main)
    main.show_page("Reviews")  # it opens on the Overview; the journey starts from the list
    return main


def use_profile(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """Point the data and config folders at another profile, as on another laptop."""
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(folder))


def test_the_whole_journey_on_two_laptops(
    qtbot: Any,
    questionnaire: Questionnaire,
    packs: list[PolicyPack],
    dialog_calls: Any,
    tmp_path: Path,
    isolated_user_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
) -> None:
    """New review, answers, evidence, decision, signature; countersigned elsewhere; recorded."""
    for identity in (reviewer_identity, approver_identity):
        add_root(identity.cert)
    officer = ReviewService.open(None, questionnaire=questionnaire, packs=packs)
    window = make_window(qtbot, officer, questionnaire, packs)
    reviews = window.reviews
    # 1. New review: one form, from the empty state.
    assert reviews.list_page.body.currentWidget() is reviews.list_page.empty
    dialog_calls.dialog_steps.append(
        fill_new_review(
            "Patrol body cameras",
            "City police",
            system="VisionGuard 4.2",
            approver="bob@example.org",
        )
    )
    with qtbot.wait_signal(reviews.review_opened) as opened:
        qtbot.mouseClick(reviews.list_page.empty_new, Qt.MouseButton.LeftButton)
    reference = opened.args[0]
    assert re.fullmatch(r"R-\d{4}-\d{4}", reference)
    workspace = reviews.workspace
    assert workspace.reference == reference
    summary = officer.get_review(reference).summary
    assert (summary.system, summary.approver) == ("VisionGuard 4.2", "bob@example.org")
    assert workspace.status_badge.text() == "Draft"
    assert not workspace.lock.isVisible()
    # 2. Answers, saved as they are given.
    click_option(qtbot, workspace, "org_type", "Private company")
    assert workspace.intake.assessment.verdict is Verdict.MINIMAL
    # 3. Evidence, before the decision.
    view = workspace.intake_view
    view.go_to(view.model.section_count() + EVIDENCE)
    assert view.pages.currentWidget() is workspace.evidence_panel
    evidence = tmp_path / "dpia.txt"
    evidence.write_text("Data protection impact assessment", encoding="utf-8")
    dialog_calls.files.append(evidence)
    with qtbot.wait_signal(workspace.evidence_panel.attached):
        qtbot.mouseClick(workspace.evidence_panel.attach_button, Qt.MouseButton.LeftButton)
    assert workspace.evidence_panel.model.rowCount() == 1
    # 4. Decision, as the person of the signing identity; the revision locks.
    decide_in_ui(qtbot, workspace, dialog_calls, reviewer_identity.p12)
    assert workspace.lock.isVisible() and not workspace.lock.isHidden()
    assert "decided and not yet signed" in workspace.lock_text.text()
    assert not workspace.evidence_panel.attach_button.isEnabled()
    assert not any(
        row.field.isEnabled() for page in view.section_pages for row in page.rows.values()
    )
    # Evidence dropped after the decision is refused by the service, clearly; nothing is lost.
    late = tmp_path / "late.txt"
    late.write_text("too late", encoding="utf-8")
    drop_file(qtbot, workspace.evidence_panel, late)
    assert dialog_calls.errors[-1][0] == "Evidence not attached: the review is locked"
    assert "Reopen the review" in dialog_calls.errors[-1][1]
    detail = officer.get_review(reference)
    assert len(detail.attachments) == 1 and detail.current.decision is not None
    # 5. Signature by the same person: the review now awaits approval.
    signed_path = tmp_path / "out" / "decision.pdf"
    signed_path.parent.mkdir()
    sign_in_ui(qtbot, workspace, dialog_calls, reviewer_identity, signed_path)
    panel = workspace.signing_panel
    assert panel.verification.passed is True
    assert officer.get_review(reference).summary.status is ReviewStatus.AWAITING_APPROVAL
    assert workspace.status_badge.text() == "Awaiting approval"
    assert "Awaiting approval by bob@example.org" in panel.approval_status.text()
    assert "awaiting approval" in workspace.lock_text.text()
    roots = [read_certificate(reviewer_identity.cert), read_certificate(approver_identity.cert)]
    result = verify_report(signed_path.read_bytes(), roots, str(signed_path))
    assert result.passed, result.reasons
    report = result.payload.report
    assert report is not None and report.review.reference == reference
    assert report.decision.decided_by == "Zoé Reviewer"  # the signer, not the login
    # 6. On the approver's laptop: another profile, another database.
    use_profile(monkeypatch, tmp_path / "approver-laptop")
    for identity in (reviewer_identity, approver_identity):
        add_root(identity.cert)
    approver = ReviewService.open(None, questionnaire=questionnaire, packs=packs)
    assert approver.store.where != officer.store.where
    other = make_window(qtbot, approver, questionnaire, packs)
    qtbot.mouseClick(other.reviews.list_page.countersign_button, Qt.MouseButton.LeftButton)
    page = other.reviews.countersign_page
    dialog_calls.files.append(signed_path)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: page.received is not None, timeout=30_000)
    countersigned_path = tmp_path / "out" / "countersigned.pdf"
    dialog_calls.files.append(approver_identity.p12)
    dialog_calls.passphrases.append(approver_identity.passphrase.decode())
    dialog_calls.saves.append(countersigned_path)
    with qtbot.wait_signal(page.countersigned, timeout=60_000):
        qtbot.mouseClick(page.countersign_button, Qt.MouseButton.LeftButton)
    both = verify_report(countersigned_path.read_bytes(), roots, str(countersigned_path))
    assert both.passed, both.reasons
    assert [check.field for check in both.signatures] == ["Reviewer", "Approver"]
    assert approver.count_reviews() == 0  # the review is not kept there: nothing recorded
    assert [title for title, _ in dialog_calls.errors] == [
        "Evidence not attached: the review is locked"
    ]
    approver.close()
    # 7. Back on the officer's laptop: drop the countersigned PDF on the reviews list.
    use_profile(monkeypatch, isolated_user_dirs)
    reviews.show_list()
    with qtbot.wait_signal(reviews.countersignature_recorded) as recorded:
        drop_file(qtbot, reviews.list_page, countersigned_path)
    assert recorded.args[0].review.status is ReviewStatus.APPROVED
    detail = officer.get_review(reference)
    assert [(r.revision, r.kind) for r in detail.reports] == [
        (1, "reviewer"),
        (1, "countersigned"),
    ]
    assert reviews.list_page.model.summary(0).status is ReviewStatus.APPROVED
    # 8. The audit view shows every step under the reference, and the chain verifies.
    audit = window.audit
    with qtbot.wait_signal(audit.verified, timeout=30_000):
        window.show_page("Audit")
    assert reference in audit.subject.text()
    assert audit.report is not None and audit.report.ok
    kinds = [audit.model.row_at(row).payload.kind for row in range(audit.model.rowCount())]
    assert kinds == ["create", "answer", "attachment", "decide", "sign", "export", "countersign"]
    assert "intact" in audit.chain.text()
    officer.close()
