"""The tamper corpus: every way of changing or forging a report that verify must refuse.

Each case is built by code at test time from the session's signed reports. Each asserts the
exit status `reviewer verify` gives, the typed problem and words of its reason, and that
`countersign_verified` refuses the report whenever verify does.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from pyhanko.sign.fields import MDPPerm

from reviewer.cli.verify import exit_status
from reviewer.decision import Decision, Outcome
from reviewer.errors import DocumentError
from reviewer.followup import ObligationState
from reviewer.policy import PolicyPack
from reviewer.questionnaire import parse_questionnaire
from reviewer.report import DEFAULT_LAYOUT
from reviewer.report.model import ChecklistItem, EvidenceFile, Person, ReportInput
from reviewer.scoring import PackRef, Pins, assess
from reviewer.signing.countersign import countersign_verified
from reviewer.signing.identity import Identity, load_identity
from reviewer.signing.refusals import CountersignRefusedError
from reviewer.signing.sign import sign_approver_field
from reviewer.signing.trust import read_certificate
from reviewer.signing.verify import Problem, State, Verification, verify_report
from tests.helpers import forgery, tamper
from tests.helpers.reports import CHAT_ANSWERS, EMOTION_ANSWERS, QUESTIONNAIRE, packs, report_input
from tests.helpers.signing import ThrowawayIdentity, make_identity

P = Problem


@dataclass(frozen=True)
class Kit:
    """What the cases are built from: signed reports, people and the packs they were scored by."""

    signed: bytes
    countersigned: bytes
    reviewer: Identity
    approver: Identity
    same_name: Identity
    same_email: Identity
    roots: list[x509.Certificate]

    def packs(self, sha256: str) -> PolicyPack | None:
        """Look up the test pack by content hash, as the store would."""
        return next((p for p in packs() if p.sha256 == sha256), None)

    def certify(self, report: ReportInput, **options: object) -> bytes:
        """Build and certify a report with library code, as the reviewer."""
        return forgery.build_certified(report, self.reviewer, **options)  # type: ignore[arg-type]

    def countersign(self, signed: bytes, identity: Identity | None = None) -> bytes:
        """Fill the Approver field without any check (what a hostile tool would do)."""
        return sign_approver_field(signed, identity or self.approver)


@pytest.fixture(scope="module")
def kit(
    tmp_path_factory: pytest.TempPathFactory,
    signed_pdf: bytes,
    countersigned_pdf: bytes,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
) -> Kit:
    """Load the session identities and make two look-alikes of the reviewer."""
    folder = tmp_path_factory.mktemp("lookalikes")
    twin_name = make_identity(folder, "Zoé Reviewer", "zoe.other@example.org", b"t")
    twin_email = make_identity(folder, "Zoé R. Imposter", "zoe@example.org", b"e")
    people = [reviewer_identity, approver_identity, twin_name, twin_email]
    loaded = [load_identity(p.p12, p.passphrase) for p in people]
    return Kit(
        signed=signed_pdf,
        countersigned=countersigned_pdf,
        reviewer=loaded[0],
        approver=loaded[1],
        same_name=loaded[2],
        same_email=loaded[3],
        roots=[read_certificate(p.cert) for p in people],
    )


def _base() -> ReportInput:
    return report_input()


def _update(**changes: object) -> ReportInput:
    return _base().model_copy(update=changes)


def _forged_minimal() -> ReportInput:
    base = _base()
    minimal = assess(base.questionnaire, [], CHAT_ANSWERS).model_copy(
        update={"pins": base.assessment.pins}
    )
    return base.model_copy(update={"assessment": minimal})


def _unknown_pack() -> ReportInput:
    base = _base()
    pins = Pins(
        questionnaire=base.assessment.pins.questionnaire,
        packs=[PackRef(id="test-pack", version="2026.1", sha256="0" * 64)],
    )
    forged = assess(base.questionnaire, [], CHAT_ANSWERS).model_copy(update={"pins": pins})
    return base.model_copy(update={"assessment": forged})


def _other_questionnaire() -> ReportInput:
    other = parse_questionnaire({**QUESTIONNAIRE, "title": "Another intake"}, "edited")
    return _update(questionnaire=other)


def _no_conditions() -> ReportInput:
    base = _base()
    decision = Decision(
        outcome=Outcome.APPROVE_WITH_CONDITIONS,
        rationale="Fine.",
        conditions=[],
        decided_by=base.decision.decided_by,
        decided_at=base.decision.decided_at,
    )
    return base.model_copy(update={"decision": decision})


EVIDENCE = b"%PDF-1.7 a DPIA, as the applicant sent it"


def _with_evidence() -> ReportInput:
    review = _base().review.model_copy(
        update={
            "evidence": [
                EvidenceFile(name="dpia.pdf", sha256=tamper.sha256(EVIDENCE), size=len(EVIDENCE))
            ]
        }
    )
    return _update(review=review)


def _json_with(change: Callable[[dict[str, object]], None]) -> bytes:
    data = json.loads(_base().payload_bytes())
    change(data)
    return json.dumps(data).encode()


def _set_outcome(data: dict[str, object]) -> None:
    data["decision"]["outcome"] = "approve"  # type: ignore[index]


def _checklist(state: ObligationState) -> ReportInput:
    """Return the base report with its obligations' checklist, every item in one state."""
    base = _base()
    items = [ChecklistItem(id=o.id, state=state) for o in base.assessment.obligations]
    return base.model_copy(update={"checklist": items})


def _every_obligation_met(data: dict[str, object]) -> None:
    data["checklist"] = [
        {
            "id": o.id,
            "state": "met",
            "reason": None,
            "premarked": None,
            "evidence": [],
            "marked_by": None,
        }
        for o in _base().assessment.obligations
    ]


@dataclass(frozen=True)
class Case:
    """One way to tamper: how to build it, what verify must say, and what words it uses."""

    build: Callable[[Kit], bytes]
    exit: int
    problem: Problem | None
    words: str
    accept_layout: bool = False


CASES: dict[str, Case] = {
    # Bytes changed inside what a signature covers.
    "flip-rendered-certified": Case(
        lambda k: tamper.flip_byte_in_signed_range(k.signed), 1, P.DIGEST_MISMATCH, "changed"
    ),
    "flip-rendered-countersigned": Case(
        lambda k: tamper.flip_byte_in_signed_range(k.countersigned), 1, P.DIGEST_MISMATCH, "changed"
    ),
    "flip-prepared-revision": Case(
        lambda k: tamper.flip_byte_in_revision(k.signed, 1), 1, P.DIGEST_MISMATCH, "changed"
    ),
    "flip-certified-revision": Case(
        lambda k: tamper.flip_byte_in_revision(k.signed, 2), 1, P.DIGEST_MISMATCH, "changed"
    ),
    "flip-countersigned-revision": Case(
        lambda k: tamper.flip_byte_in_revision(k.countersigned, 3),
        1,
        P.DIGEST_MISMATCH,
        "Approver",
    ),
    # The unsigned hole around each CMS value.
    "padding-reviewer": Case(
        lambda k: tamper.write_into_padding(k.signed, 0), 1, P.SIGNATURE_PADDING, "not zeros"
    ),
    "padding-approver": Case(
        lambda k: tamper.write_into_padding(k.countersigned, 1),
        1,
        P.SIGNATURE_PADDING,
        "Approver",
    ),
    "padding-980-bytes": Case(
        lambda k: tamper.fill_padding(k.countersigned, 0), 1, P.SIGNATURE_PADDING, "Reviewer"
    ),
    "cms-corrupted": Case(
        lambda k: tamper.corrupt_cms(k.signed, 0), 1, P.BAD_SIGNATURE, "Reviewer"
    ),
    "cms-swapped": Case(
        lambda k: tamper.swap_cms(k.countersigned, 1, 0), 1, P.DIGEST_MISMATCH, "Reviewer"
    ),
    # Bytes no signature covers, and stripping the countersignature.
    "bytes-after-eof-certified": Case(
        lambda k: tamper.append_bytes(k.signed), 1, P.UNSIGNED_BYTES, "covered by no signature"
    ),
    "bytes-after-eof-countersigned": Case(
        lambda k: tamper.append_bytes(k.countersigned), 1, P.UNSIGNED_BYTES, "%%EOF"
    ),
    "one-newline-after-eof": Case(
        lambda k: tamper.append_bytes(k.countersigned, b"\n"), 1, P.UNSIGNED_BYTES, "1 byte"
    ),
    "rollback-startxref": Case(
        lambda k: tamper.roll_back_to_revision(k.countersigned, 2),
        1,
        P.UNSIGNED_BYTES,
        "covered by no signature",
    ),
    "strip-countersignature": Case(
        lambda k: tamper.truncate_to_revision(k.countersigned, 2), 3, None, "NOT COUNTERSIGNED"
    ),
    "truncate-to-prepared": Case(
        lambda k: tamper.truncate_to_revision(k.signed, 1), 1, P.NOT_SIGNED, "no signature"
    ),
    "truncate-to-rendered": Case(
        lambda k: tamper.truncate_to_revision(k.signed, 0), 1, P.PAYLOAD_MISSING, "missing"
    ),
    # Incremental updates after the certification or the countersignature.
    "page-content-certified": Case(
        lambda k: tamper.change_page_content(k.signed), 1, P.DOCMDP, "not allowed"
    ),
    "page-content-countersigned": Case(
        lambda k: tamper.change_page_content(k.countersigned),
        1,
        P.CHANGED_AFTER_SIGNING,
        "/Contents",
    ),
    "annotation-certified": Case(
        lambda k: tamper.add_annotation(k.signed), 1, P.CHANGED_AFTER_SIGNING, "/Annots"
    ),
    "annotation-countersigned": Case(
        lambda k: tamper.add_annotation(k.countersigned, "/FreeText"),
        1,
        P.CHANGED_AFTER_SIGNING,
        "/Annots",
    ),
    "new-signature-field": Case(
        lambda k: tamper.add_signature_field(k.signed), 1, P.NOT_AS_PRODUCED, "Extra"
    ),
    "new-text-field": Case(
        lambda k: tamper.add_text_field(k.countersigned), 1, P.NOT_AS_PRODUCED, "Shadow"
    ),
    "json-swapped-certified": Case(
        lambda k: tamper.swap_embedded_json(k.signed, _json_with(_set_outcome)),
        1,
        P.VISIBLE_MISMATCH,
        "does not match the visible report",
    ),
    "json-swapped-checklist-met": Case(
        lambda k: tamper.swap_embedded_json(k.signed, _json_with(_every_obligation_met)),
        1,
        P.VISIBLE_MISMATCH,
        "does not match the visible report",
    ),
    "json-swapped-countersigned": Case(
        lambda k: tamper.swap_embedded_json(k.countersigned, _json_with(_set_outcome)),
        1,
        P.CHANGED_AFTER_SIGNING,
        "/EF/F: the stream content differs",
    ),
    "info-title-certified": Case(
        lambda k: tamper.set_info(k.signed, "/Title", "Decision: APPROVED"),
        1,
        P.METADATA_CHANGED,
        "/Info/Title",
    ),
    "info-title-countersigned": Case(
        lambda k: tamper.set_info(k.countersigned, "/Title", "Decision: APPROVED"),
        1,
        P.METADATA_CHANGED,
        "/Info/Title",
    ),
    "info-subject-countersigned": Case(
        lambda k: tamper.set_info(k.countersigned, "/Subject", "Approve (Minimal risk)"),
        1,
        P.METADATA_CHANGED,
        "/Info/Subject",
    ),
    "info-new-entry": Case(
        lambda k: tamper.set_info(k.countersigned, "/Decision", "APPROVED"),
        1,
        P.METADATA_CHANGED,
        "added /Decision",
    ),
    "title-through-pyhanko-metadata": Case(
        lambda k: tamper.set_title_through_pyhanko(k.countersigned),
        1,
        P.METADATA_CHANGED,
        "metadata (/Info or XMP) was changed",
    ),
    "xmp-title-certified": Case(
        lambda k: tamper.set_xmp_title(k.signed), 1, P.METADATA_CHANGED, "/Metadata"
    ),
    "xmp-title-countersigned": Case(
        lambda k: tamper.set_xmp_title(k.countersigned), 1, P.METADATA_CHANGED, "/Metadata"
    ),
    "open-action-script": Case(
        lambda k: tamper.add_open_action(k.signed), 1, P.CHANGED_AFTER_SIGNING, "/OpenAction"
    ),
    "document-script": Case(
        lambda k: tamper.add_javascript_name(k.countersigned),
        1,
        P.EMBEDDED_FILES,
        "/JavaScript",
    ),
    "file-attached-after": Case(
        lambda k: tamper.embed_file_after(k.countersigned, "approval.txt", b"approved"),
        1,
        P.EMBEDDED_FILES,
        "approval.txt",
    ),
    "empty-update-after": Case(
        lambda k: tamper.empty_update(k.countersigned), 1, P.REVISIONS, "added after the last"
    ),
    "third-signature": Case(
        lambda k: tamper.sign_new_field(k.countersigned, k.approver),
        1,
        P.UNEXPECTED_SIGNATURE,
        "Approver2",
    ),
    # The officer's shadow attack and other changes made before certifying (issue 10, item 1).
    "shadow-field-filled-after-countersign": Case(
        lambda k: tamper.fill_text_field(
            k.countersign(k.certify(_base(), extra=forgery.shadow_field_in_prepared))
        ),
        1,
        P.CHANGED_AFTER_SIGNING,
        "/V",
    ),
    "shadow-field-certified": Case(
        lambda k: k.certify(_base(), extra=forgery.shadow_field_in_prepared),
        1,
        P.NOT_AS_PRODUCED,
        "Shadow",
    ),
    "shadow-field-own-revision": Case(
        lambda k: forgery.certify_with_extra_change(
            tamper.add_text_field(forgery.prepared_only(_base())), k.reviewer, lambda w: None
        ),
        1,
        P.REVISIONS,
        "revisions were added before it",
    ),
    "overlay-annotation-certified": Case(
        lambda k: k.certify(_base(), extra=forgery.overlay_in_prepared),
        1,
        P.NOT_AS_PRODUCED,
        "/Annots",
    ),
    "overlay-with-unrenderable-layout-accepted": Case(
        lambda k: k.certify(
            _update(layout="99"), pages_from=_base(), extra=forgery.overlay_in_prepared
        ),
        1,
        P.NOT_AS_PRODUCED,
        "/Annots",
        accept_layout=True,
    ),
    "info-title-before-certifying": Case(
        lambda k: k.certify(_base(), extra=forgery.info_title_in_prepared),
        1,
        P.NOT_AS_PRODUCED,
        "/Info/Title",
    ),
    "certified-allowing-annotations": Case(
        lambda k: forgery.certify_with_extra_change(
            forgery.prepared_only(_base()), k.reviewer, lambda w: None, MDPPerm.ANNOTATE
        ),
        1,
        P.NOT_AS_PRODUCED,
        "the certification allows ANNOTATE",
    ),
    "page-drawn-in-certifying-revision": Case(
        lambda k: forgery.certify_with_extra_change(
            forgery.prepared_only(_base()), k.reviewer, forgery.page_content_change
        ),
        1,
        P.NOT_AS_PRODUCED,
        "certified revision changes more",
    ),
    "checklist-met-over-pages-saying-to-do": Case(
        lambda k: k.certify(
            _checklist(ObligationState.MET), pages_from=_checklist(ObligationState.TO_DO)
        ),
        1,
        P.VISIBLE_MISMATCH,
        "does not match the visible report",
    ),
    "pages-of-another-decision": Case(
        lambda k: k.certify(_base(), pages_from=report_input(outcome=Outcome.REJECT)),
        1,
        P.VISIBLE_MISMATCH,
        "does not match the visible report",
    ),
    # Decisions built with library code (issue 10, items 2, 4 and 5).
    "approve-prohibited": Case(
        lambda k: k.certify(report_input(EMOTION_ANSWERS, Outcome.APPROVE)),
        1,
        P.PROHIBITED_APPROVED,
        "PROHIBITED",
    ),
    "approve-with-conditions-prohibited": Case(
        lambda k: k.certify(report_input(EMOTION_ANSWERS, Outcome.APPROVE_WITH_CONDITIONS)),
        1,
        P.PROHIBITED_APPROVED,
        "PROHIBITED",
    ),
    "approve-prohibited-countersigned": Case(
        lambda k: k.countersign(k.certify(report_input(EMOTION_ANSWERS, Outcome.APPROVE))),
        1,
        P.PROHIBITED_APPROVED,
        "PROHIBITED",
    ),
    "forged-minimal-assessment": Case(
        lambda k: k.certify(_forged_minimal()),
        1,
        P.ASSESSMENT_MISMATCH,
        "they give HIGH",
    ),
    "forged-score": Case(
        lambda k: k.certify(_update(assessment=_base().assessment.model_copy(update={"score": 1}))),
        1,
        P.ASSESSMENT_MISMATCH,
        "score 1",
    ),
    "questionnaire-edited": Case(
        lambda k: k.certify(_other_questionnaire()),
        1,
        P.QUESTIONNAIRE_MISMATCH,
        "not the one the assessment pins",
    ),
    "conditions-missing": Case(
        lambda k: k.certify(_no_conditions()), 1, P.DECISION_RULES, "at least one condition"
    ),
    "layout-unknown": Case(
        lambda k: k.certify(_update(layout="99"), pages_from=_base()),
        1,
        P.LAYOUT_UNVERIFIABLE,
        "layout 99 cannot be rendered again by this version",
    ),
    "json-not-canonical": Case(
        lambda k: k.certify(
            _base(), payload=json.dumps(json.loads(_base().payload_bytes())).encode()
        ),
        1,
        P.NOT_AS_PRODUCED,
        "not written the way Reviewer writes it",
    ),
    "json-duplicate-key": Case(
        lambda k: k.certify(
            _base(),
            payload=_base().payload_bytes()[:-1] + b',"layout":"1"}',
        ),
        1,
        P.NOT_AS_PRODUCED,
        "repeated keys",
    ),
    "json-missing": Case(
        lambda k: k.certify(_base(), payload=None), 1, P.PAYLOAD_MISSING, "missing"
    ),
    "json-unreadable": Case(
        lambda k: k.certify(_base(), payload=b"not json"), 1, P.PAYLOAD_UNREADABLE, "unreadable"
    ),
    "decider-not-the-signer": Case(
        lambda k: k.certify(_update(decider=Person(name="Yves Officer", email="yves@example.org"))),
        1,
        P.SIGNER_NOT_NAMED,
        "names Yves Officer as the decider",
    ),
    "approver-not-the-one-named": Case(
        lambda k: k.countersign(
            k.certify(_update(approver=Person(name="Carol Chief", email="carol@example.org")))
        ),
        1,
        P.SIGNER_NOT_NAMED,
        "names Carol Chief as the approver",
    ),
    "evidence-not-listed": Case(
        lambda k: k.certify(_base(), attachments=(("evidence/1-dpia.pdf", EVIDENCE),)),
        1,
        P.EMBEDDED_FILES,
        "not one of the review's evidence files",
    ),
    "evidence-misnamed": Case(
        lambda k: k.certify(_with_evidence(), attachments=(("evidence/1-other.pdf", EVIDENCE),)),
        1,
        P.EMBEDDED_FILES,
        "evidence/1-other.pdf",
    ),
    "attachment-not-evidence": Case(
        lambda k: k.certify(_with_evidence(), attachments=(("approval.pdf", EVIDENCE),)),
        1,
        P.EMBEDDED_FILES,
        "approval.pdf",
    ),
    # What is drawn in the signature boxes.
    "reviewer-stamp-says-approve": Case(
        lambda k: forgery.sign_with_own_stamp(
            forgery.prepared_only(_base()), "Reviewer", k.reviewer, "Outcome: APPROVE"
        ),
        1,
        P.NOT_AS_PRODUCED,
        "Reviewer: the visible signature stamp is not the one Reviewer draws",
    ),
    "approver-stamp-says-approved": Case(
        lambda k: forgery.sign_with_own_stamp(
            k.signed, "Approver", k.approver, title="Approved (countersignature)"
        ),
        1,
        P.NOT_AS_PRODUCED,
        "Approver: the visible signature stamp is not the one Reviewer draws",
    ),
    "approver-default-stamp": Case(
        lambda k: forgery.sign_with_default_stamp(k.signed, "Approver", k.approver),
        1,
        P.NOT_AS_PRODUCED,
        "Approver: the visible signature stamp",
    ),
    # Four eyes (issue 10, item 3).
    "same-person-both-fields": Case(
        lambda k: k.countersign(k.signed, k.reviewer), 1, P.FOUR_EYES, "same key and email and name"
    ),
    "same-name-other-key": Case(
        lambda k: k.countersign(k.signed, k.same_name), 1, P.FOUR_EYES, "same name"
    ),
    "same-email-other-name": Case(
        lambda k: k.countersign(k.signed, k.same_email), 1, P.FOUR_EYES, "same email"
    ),
    "approver-only-nothing-certifies": Case(
        lambda k: forgery.sign_approver_only(forgery.prepared_only(_base()), k.approver),
        1,
        P.NOT_CERTIFIED,
        "no Reviewer signature certifies",
    ),
    "reviewer-signs-without-certifying": Case(
        lambda k: forgery.sign_reviewer_field_without_certifying(
            forgery.prepared_only(_base()), k.reviewer
        ),
        1,
        P.NOT_CERTIFIED,
        "no Reviewer signature certifies",
    ),
    "fields-swapped": Case(
        lambda k: k.countersign(
            forgery.build_certified(
                _update(decider=Person(name="Zoé Reviewer", email="zoe@example.org")), k.approver
            ),
            k.reviewer,
        ),
        1,
        P.SIGNER_NOT_NAMED,
        "names Zoé Reviewer as the decider",
    ),
}

# Reports that must pass: the corpus only means something if these do.
VALID: dict[str, Case] = {
    "certified": Case(lambda k: k.signed, 3, None, "NOT COUNTERSIGNED"),
    "countersigned": Case(lambda k: k.countersigned, 0, None, "COUNTERSIGNED"),
    "older-generator-same-layout": Case(
        lambda k: k.certify(_update(generator="reviewer 0.0.9")),
        3,
        None,
        f"layout {DEFAULT_LAYOUT}",
    ),
    "evidence-listed": Case(
        lambda k: k.certify(_with_evidence(), attachments=(("evidence/1-dpia.pdf", EVIDENCE),)),
        3,
        None,
        f"layout {DEFAULT_LAYOUT}",
    ),
    "layout-unknown-accepted": Case(
        lambda k: k.certify(_update(layout="99"), pages_from=_base()),
        3,
        None,
        "accepted without comparing",
        accept_layout=True,
    ),
    "checklist-carried": Case(
        lambda k: k.certify(_checklist(ObligationState.MET)), 3, None, f"layout {DEFAULT_LAYOUT}"
    ),
    "pack-unknown-not-rescored": Case(
        lambda k: k.certify(_unknown_pack()), 3, None, "not re-scored: pack test-pack 2026.1"
    ),
}


def _verify(kit: Kit, data: bytes, case: Case) -> Verification:
    return verify_report(
        data,
        kit.roots,
        "tampered.pdf",
        packs_by_sha256=kit.packs,
        accept_unverifiable_layout=case.accept_layout,
    )


def _words(result: Verification) -> str:
    status = {0: "COUNTERSIGNED", 1: "NOT VALID", 3: "NOT COUNTERSIGNED"}[exit_status(result)]
    return " | ".join([status, result.payload.note, result.rescore.note, *result.reasons])


def test_the_corpus_has_at_least_sixty_kinds() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize("name", sorted(CASES))
def test_verify_refuses_and_countersign_refuses_too(kit: Kit, name: str) -> None:
    case = CASES[name]
    data = case.build(kit)
    result = _verify(kit, data, case)
    assert exit_status(result) == case.exit, result.reasons
    assert case.words in _words(result), _words(result)
    if case.problem is not None:
        assert case.problem in result.problems, result.reasons
    if case.exit == 1:
        assert exit_status(result, require_countersignature=True) == 1
        with pytest.raises(CountersignRefusedError) as refused:
            countersign_verified(
                data, kit.approver, "tampered.pdf", roots=kit.roots, packs_by_sha256=kit.packs
            )
        assert case.problem in refused.value.verification.problems
    else:
        assert result.state is State.AWAITING_COUNTERSIGNATURE
        assert exit_status(result, require_countersignature=True) == 1


@pytest.mark.parametrize("name", sorted(VALID))
def test_reports_reviewer_produces_pass(kit: Kit, name: str) -> None:
    case = VALID[name]
    result = _verify(kit, case.build(kit), case)
    assert result.passed, result.reasons
    assert exit_status(result) == case.exit
    assert case.words in _words(result), _words(result)


def test_not_a_pdf_cannot_be_checked(kit: Kit) -> None:
    with pytest.raises(DocumentError, match="not a PDF file"):
        verify_report(b"hello", kit.roots, "notes.txt")
    with pytest.raises(DocumentError, match="not a PDF file"):
        countersign_verified(b"hello", kit.approver, "notes.txt", roots=kit.roots)


def test_a_cut_file_cannot_be_checked(kit: Kit) -> None:
    half = kit.signed[: len(kit.signed) // 2]
    with pytest.raises(DocumentError, match="truncated"):
        verify_report(half, kit.roots, "half.pdf")


def test_untrusted_signers_are_named(kit: Kit) -> None:
    only_approver = [kit.roots[1]]
    result = verify_report(kit.countersigned, only_approver, "c.pdf", packs_by_sha256=kit.packs)
    assert exit_status(result) == 1
    assert [f.text.split(":")[0] for f in result.findings if f.problem is P.UNTRUSTED] == [
        "Reviewer"
    ]


def test_rescoring_without_the_pack_says_so_and_is_not_a_pass_of_that_check(kit: Kit) -> None:
    result = verify_report(kit.signed, kit.roots, "s.pdf")  # the test pack is not shipped
    assert result.rescore.status.value == "not-rescored"
    assert result.rescore.unknown_packs == ("test-pack 2026.1",)
    assert "not re-scored: pack test-pack 2026.1 unknown" in result.notes
    with_pack = verify_report(kit.signed, kit.roots, "s.pdf", packs_by_sha256=kit.packs)
    assert with_pack.rescore.status.value == "matches"
    assert with_pack.notes == []


def test_cases_write_files_a_viewer_opens(kit: Kit, tmp_path: Path) -> None:
    # The shadow attack is a well-formed file: the corpus is not testing parse errors.
    data = CASES["shadow-field-filled-after-countersign"].build(kit)
    assert tamper.revisions(data) == 5
    (tmp_path / "shadow.pdf").write_bytes(data)
