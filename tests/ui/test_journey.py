"""The whole journey, driven through the main window as a person would, to verified PDFs on disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer import Outcome, PolicyPack, Questionnaire, Verdict
from reviewer.records import ReviewStatus
from reviewer.service import ReviewService
from reviewer.signing.trust import add_root, read_certificate
from reviewer.signing.verify import verify_report
from tests.helpers.desk import database_file, service
from tests.helpers.signing import ThrowawayIdentity
from tests.ui.helpers import click, click_option

__all__ = ["database_file", "service"]

pytestmark = pytest.mark.gui


@pytest.fixture
def window(
    qtbot: Any, service: ReviewService, questionnaire: Questionnaire, packs: list[PolicyPack]
) -> Any:
    """Return the shown main window over a fresh database."""
    from ui.content import DeskContent
    from ui.main_window import MainWindow
    from ui.settings.model import Settings

    main = MainWindow(DeskContent(questionnaire, packs), settings=Settings(), service=service)
    qtbot.add_widget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.wait_exposed(main)
    return main


def test_the_whole_journey(
    qtbot: Any,
    window: Any,
    service: ReviewService,
    dialog_calls: Any,
    tmp_path: Path,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
) -> None:
    """New review, answers and follow-up, live verdict, decide, sign, verify, countersign, audit."""
    for identity in (reviewer_identity, approver_identity):
        add_root(identity.cert)
    reviews = window.reviews
    # 1. New review, from the empty state.
    assert reviews.list_page.body.currentWidget() is reviews.list_page.empty
    dialog_calls.text_answers[:] = ["Patrol body cameras", "City police"]
    with qtbot.wait_signal(reviews.review_opened):
        qtbot.mouseClick(reviews.list_page.empty_new, Qt.MouseButton.LeftButton)
    workspace = reviews.workspace
    review_id = workspace.review_id
    badge = workspace.assessment_panel
    # 2-3. Answers; "Yes" to cameras reveals the camera-type follow-up; the verdict changes live.
    click_option(qtbot, workspace, "org_type", "Police")
    assert workspace.intake.assessment.verdict is Verdict.MINIMAL
    assert not workspace.intake.is_visible("camera_type")
    click_option(qtbot, workspace, "uses_camera", "Yes")
    assert workspace.intake.is_visible("camera_type")
    click_option(qtbot, workspace, "camera_type", "Body-worn camera")
    click_option(qtbot, workspace, "functions", "Identification")
    click_option(qtbot, workspace, "warrant", "No")
    assert workspace.intake.assessment.verdict is Verdict.PROHIBITED
    assert "Prohibited" in badge.badge.text()
    click_option(qtbot, workspace, "warrant", "Yes")
    click_option(qtbot, workspace, "functions", "Emotion inference")
    assert workspace.intake.assessment.verdict is Verdict.HIGH
    assert "High" in badge.badge.text()
    assert service.get_review(review_id).summary.verdict is Verdict.HIGH
    # 4. Decide: approve with the conditions pre-filled from the obligations.
    view = workspace.intake_view
    view.go_to(view.model.section_count())
    panel = workspace.decision_panel
    assert workspace.decision.conditions.texts() == ["Log each use.", "Inform the people exposed."]
    click(qtbot, panel.outcome_buttons[Outcome.APPROVE_WITH_CONDITIONS])
    qtbot.keyClicks(panel.rationale, "Warrant in place; oversight agreed.")
    with qtbot.wait_signal(workspace.decided):
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert service.get_review(review_id).summary.status is ReviewStatus.DECIDED
    # 5. Sign with the reviewer's identity (wrong passphrase first, then the right one).
    view.go_to(view.model.section_count() + 2)
    signing = workspace.signing_panel
    assert view.pages.currentWidget() is signing
    signed_path = tmp_path / "out" / "decision.pdf"
    signed_path.parent.mkdir()
    dialog_calls.files.append(reviewer_identity.p12)
    dialog_calls.passphrases[:] = ["not it", reviewer_identity.passphrase.decode()]
    dialog_calls.saves.append(signed_path)
    with qtbot.wait_signal(signing.signed, timeout=60_000):
        qtbot.mouseClick(signing.sign_button, Qt.MouseButton.LeftButton)
    assert [title for title, _ in dialog_calls.errors] == ["The identity did not open"]
    assert signing.verification.passed is True
    assert "VALID" in signing.verification.banner.text()
    # 6. The PDF on disk verifies on its own.
    roots = [read_certificate(reviewer_identity.cert)]
    result = verify_report(signed_path.read_bytes(), roots, str(signed_path))
    assert result.passed, result.reasons
    assert result.payload.report is not None
    assert result.payload.report.review.id == review_id
    assert service.get_review(review_id).summary.status is ReviewStatus.SIGNED
    # 7. Countersign with the approver's identity.
    reviews.show_list()
    qtbot.mouseClick(reviews.list_page.countersign_button, Qt.MouseButton.LeftButton)
    page = reviews.countersign_page
    assert reviews.currentWidget() is page
    dialog_calls.files.append(signed_path)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.received is not None, timeout=30_000)
    assert page.countersign_button.isEnabled()
    approved_path = tmp_path / "out" / "approved.pdf"
    dialog_calls.files.append(approver_identity.p12)
    dialog_calls.passphrases.append(approver_identity.passphrase.decode())
    dialog_calls.saves.append(approved_path)
    with qtbot.wait_signal(page.countersigned, timeout=60_000):
        qtbot.mouseClick(page.countersign_button, Qt.MouseButton.LeftButton)
    roots.append(read_certificate(approver_identity.cert))
    both = verify_report(approved_path.read_bytes(), roots, str(approved_path))
    assert both.passed, both.reasons
    assert [check.field for check in both.signatures] == ["Reviewer", "Approver"]
    assert page.verification.passed is True
    # 8. The audit view shows every step, and the chain verifies.
    audit = window.audit
    with qtbot.wait_signal(audit.verified, timeout=30_000):
        window.show_page("Audit")
    assert audit.report is not None and audit.report.ok
    kinds = [audit.model.row_at(row).payload.kind for row in range(audit.model.rowCount())]
    assert kinds[0] == "create"
    assert kinds.count("answer") == 7
    for step in ("decide", "sign", "export"):
        assert step in kinds
    assert kinds[-1] == "countersign"
    assert "intact" in audit.chain.text()
