"""Checking a bundle's contents before anything is written: events, state, texts, signed PDFs.

The checks, in order: every bundled event still has its hash and the events are in chain
order; the review's current state is the one its last event recorded; every pinned text has
its hash; every evidence record has its bytes; every signed PDF verifies against the trust
store and was recorded by a sign or countersign event of the history.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509

from reviewer.bundles.errors import BundleFormatError, BundleIntegrityError, BundleSignatureError
from reviewer.bundles.model import Bundle, ReviewData
from reviewer.errors import ReviewerError
from reviewer.policy import parse_policy_pack
from reviewer.questionnaire import parse_questionnaire
from reviewer.store.audit import EventKind
from reviewer.store.imported import ForeignEvent
from reviewer.store.repository import digest_of_state
from reviewer.store.state_entries import (
    condition_entry,
    obligation_entry,
    questionnaire_entry,
    with_next_review,
)

SIGN_KINDS = frozenset({EventKind.SIGN.value, EventKind.COUNTERSIGN.value})
FIRST_KINDS = frozenset({EventKind.CREATE.value, EventKind.IMPORT.value})


@dataclass(frozen=True)
class BundleCheck:
    """What the checks established: the review, its events, its verified PDFs."""

    reference: str
    revision: int
    state: str
    events: int
    reports: int
    evidence: int


def review_state_digest(review: ReviewData) -> str:
    """Digest the bundled review's current state exactly as the store does."""
    current = review.current()
    values = {
        **review.model_dump(exclude={"revisions", "evidence", "reports", "current_revision"}),
        **current.model_dump(
            exclude={
                "number",
                "packs",
                "created_at",
                "verdict",
                "assessed_at",
                "next_review",
                "questionnaires",
            }
        ),
        "revision": current.number,
    }
    follow = [
        *(
            condition_entry(
                revision=c.revision,
                number=c.number,
                text=c.text,
                answers=c.answers,
                owner=c.owner,
                due_date=c.due_date,
                status=c.status,
                evidence=c.evidence,
                reason=c.reason,
                closed_by=c.closed_by,
                closed_at=c.closed_at,
            )
            for c in review.conditions
        ),
        *(
            obligation_entry(
                revision=m.revision,
                obligation_id=m.obligation_id,
                state=m.state,
                reason=m.reason,
                evidence=m.evidence,
                marked_by=m.marked_by,
                marked_at=m.marked_at,
            )
            for m in review.obligation_marks
        ),
        *(
            questionnaire_entry(r.number, q.questionnaire, q.answers)
            for r in sorted(review.revisions, key=lambda r: r.number)
            for q in r.questionnaires
        ),
    ]
    follow = with_next_review(follow, current.next_review)
    return digest_of_state(values, [e.sha256 for e in review.evidence], follow)


def check_events(events: Sequence[ForeignEvent], review_id: str, source: str) -> None:
    """Check each event's hash, that all are the review's, and that the links are in order."""
    if not events:
        raise BundleIntegrityError(f"{source}: the bundle holds no audit events for the review")
    position: dict[str, int] = {}
    hashes = {event.hash for event in events}
    for index, event in enumerate(events):
        if event.recomputed_hash() != event.hash:
            raise BundleIntegrityError(
                f"{source}: audit {event.describe()} was edited after it was recorded: it no "
                "longer matches its hash. The bundle is refused"
            )
        if event.review_id != review_id:
            raise BundleIntegrityError(
                f"{source}: audit {event.describe()} belongs to review {event.review_id}, not "
                f"to the bundled review {review_id}"
            )
        if event.hash in position:
            raise BundleIntegrityError(f"{source}: audit {event.describe()} appears twice")
        # An event must come after the event it was chained to. (Events of other databases
        # may sit between the two: a review that travelled has a history from several chains.)
        if event.prev_hash in hashes and event.prev_hash not in position:
            later = next(e for e in events if e.hash == event.prev_hash)
            raise BundleIntegrityError(
                f"{source}: audit {event.describe()} is out of order: it was recorded after "
                f"{later.describe()}, which now comes later (events were reordered)"
            )
        position[event.hash] = index
    if events[0].kind not in FIRST_KINDS:
        raise BundleIntegrityError(
            f"{source}: the history starts with {events[0].describe()}, not with the review's "
            "creation: its first events were removed"
        )


def check_state(review: ReviewData, events: Sequence[ForeignEvent], source: str) -> None:
    """Check that the review is in the state its last audit event recorded."""
    try:
        digest = review_state_digest(review)
    except (ValueError, TypeError, KeyError) as exc:
        raise BundleFormatError(f"{source}: the review record is incomplete ({exc})") from None
    last = events[-1]
    if digest != last.state_digest:
        raise BundleIntegrityError(
            f"{source}: review {review.reference} does not match the state recorded by its last "
            f"audit {last.describe()}: the review was changed outside Reviewer"
        )


def check_texts(bundle: Bundle, source: str, known: set[tuple[str, str]] | None = None) -> None:
    """Check that every pinned questionnaire and pack is bundled and has its hash.

    Texts in `known` were checked already (a push sends the same packs with every review).
    """
    known = known if known is not None else set()
    for revision in bundle.review.revisions:
        needed = [
            ("questionnaire", revision.questionnaire),
            *(("questionnaire", held.questionnaire) for held in revision.questionnaires),
            *(("policy pack", sha) for sha in revision.packs),
        ]
        for what, sha in needed:
            held = bundle.questionnaires if what == "questionnaire" else bundle.packs
            if sha not in held:
                raise BundleIntegrityError(
                    f"{source}: revision {revision.number} is pinned to {what} {sha[:16]}…, "
                    "which the bundle does not hold"
                )
    for sha, body in bundle.questionnaires.items():
        if (sha, body) not in known:
            _check_text(source, "questionnaire", sha, body)
            known.add((sha, body))
    for sha, body in bundle.packs.items():
        if (sha, body) not in known:
            _check_text(source, "policy pack", sha, body)
            known.add((sha, body))


def _check_text(source: str, what: str, sha: str, body: str) -> None:
    """Parse one pinned text and compare its content hash with its name."""
    name = f"{source}: {what} {sha[:16]}…"
    try:
        data = json.loads(body)
        parsed = (
            parse_questionnaire(data, name)
            if what == "questionnaire"
            else parse_policy_pack(data, name)
        )
    except (ValueError, RecursionError, ReviewerError) as exc:
        raise BundleFormatError(f"{name} cannot be read ({exc})") from None
    if parsed.sha256 != sha:
        raise BundleIntegrityError(f"{name} does not have the content its name says")


def check_evidence(bundle: Bundle, source: str) -> None:
    """Check that every evidence record has its file, and no file is unaccounted for."""
    for record in bundle.review.evidence:
        data = bundle.evidence.get(record.sha256)
        if data is None or len(data) != record.size:
            raise BundleIntegrityError(
                f"{source}: evidence file {record.file_name!r} (sha256 {record.sha256[:16]}…) "
                "is missing from the bundle or has the wrong size"
            )
        if hashlib.sha256(data).hexdigest() != record.sha256:
            raise BundleIntegrityError(
                f"{source}: evidence file {record.file_name!r} does not match its sha256"
            )


def check_reports(bundle: Bundle, roots: list[x509.Certificate], source: str) -> None:
    """Verify every signed PDF against the trust store, and that the history recorded it."""
    from reviewer.signing.verify import verify_report

    recorded = {
        json.loads(e.detail).get("pdf_sha256") for e in bundle.events if e.kind in SIGN_KINDS
    }
    for record in bundle.review.reports:
        data = bundle.reports.get(record.sha256)
        name = f"{source}: the signed PDF of revision {record.revision} ({record.kind} copy)"
        if data is None or hashlib.sha256(data).hexdigest() != record.sha256:
            raise BundleIntegrityError(f"{name} is missing or does not match its sha256")
        if record.sha256 not in recorded:
            raise BundleIntegrityError(
                f"{name} was not recorded by any sign or countersign event of the history"
            )
        verification = verify_report(data, roots, name)
        if not verification.passed:
            raise BundleSignatureError(
                f"{name} does not verify: {'; '.join(verification.reasons)}. If the signer is "
                "only missing from your trust store, add their root with 'reviewer trust add'"
            )


def check_bundle(
    bundle: Bundle,
    roots: list[x509.Certificate],
    source: str,
    known_texts: set[tuple[str, str]] | None = None,
) -> BundleCheck:
    """Run every check on a bundle's contents; raise at the first problem, naming it."""
    review = bundle.review
    try:
        review.current()
    except ValueError as exc:
        raise BundleFormatError(f"{source}: {exc}") from None
    check_events(bundle.events, review.id, source)
    check_state(review, bundle.events, source)
    check_texts(bundle, source, known_texts)
    check_evidence(bundle, source)
    check_reports(bundle, roots, source)
    return BundleCheck(
        reference=review.reference,
        revision=review.current_revision,
        state=review.current().state,
        events=len(bundle.events),
        reports=len(review.reports),
        evidence=len(review.evidence),
    )
