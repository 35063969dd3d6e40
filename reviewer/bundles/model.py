"""The members of a review bundle: its manifest, the review with its revisions, its events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from reviewer.store.imported import ForeignEvent

FORMAT = "reviewer-bundle"
FORMAT_VERSION = 1
"""The newest bundle format this Reviewer writes and reads."""
SUFFIX = ".reviewer"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.p7s"
REVIEW = "review.json"
EVENTS = "events.json"


class _Strict(BaseModel):
    """A bundle member's JSON: unknown keys are refused, not ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class MemberEntry(_Strict):
    """What the manifest says of one member: its hash and its size in bytes."""

    sha256: str
    size: int


class Manifest(_Strict):
    """The bundle's table of contents: every member with its sha256 and size."""

    format: Literal["reviewer-bundle"]
    format_version: int
    schema_revision: str
    review_id: str
    reference: str
    revision: int
    state: str
    created_at: datetime
    created_by: str
    members: dict[str, MemberEntry]


class HeldQuestionnaireData(_Strict):
    """A questionnaire a revision holds beyond the intake (the FRIA): its pin and answers.

    The pinned text is member `questionnaires/<sha256>.json`, like the intake's.
    """

    questionnaire: str
    answers: str


class RevisionData(_Strict):
    """One revision as stored: answers, assessment, decision, signature, pins."""

    number: int
    questionnaire: str
    packs: list[str]
    answers: str
    assessment: str | None
    verdict: str | None
    assessed_at: datetime | None
    outcome: str | None
    rationale: str | None
    conditions: str | None
    decided_by: str | None
    decided_at: datetime | None
    decider_email: str | None
    escalate_to: str | None
    closing_note: str | None
    signed_pdf_sha256: str | None
    signed_by: str | None
    signed_at: datetime | None
    created_at: datetime
    state: str
    next_review: str | None = None
    questionnaires: list[HeldQuestionnaireData] = []


class EvidenceData(_Strict):
    """One evidence file's record; its bytes are member `evidence/<sha256>`."""

    revision: int
    file_name: str
    media_type: str
    sha256: str
    size: int
    added_by: str
    added_at: datetime


class ReportData(_Strict):
    """One kept signed PDF's record; its bytes are member `reports/<sha256>.pdf`."""

    revision: int
    kind: str
    sha256: str
    signer: str
    recorded_at: datetime


class ConditionData(_Strict):
    """One condition of approval and its follow-up; its evidence named by sha256."""

    revision: int
    number: int
    text: str
    answers: str
    owner: str | None
    due_date: str | None
    status: str
    evidence: str | None
    reason: str | None
    closed_by: str | None
    closed_at: datetime | None


class ObligationMarkData(_Strict):
    """How one obligation stands on one revision; its evidence named by sha256."""

    revision: int
    obligation_id: str
    state: str
    reason: str | None
    evidence: list[str]
    marked_by: str
    marked_at: datetime


class ReviewData(_Strict):
    """The review as stored, with every revision, evidence record and kept PDF record."""

    id: str
    reference: str
    title: str
    organisation: str
    system: str
    business_owner: str
    approver: str
    due_date: str | None
    status: str
    verdict: str | None
    search_text: str
    current_revision: int
    created_at: datetime
    updated_at: datetime
    revisions: list[RevisionData]
    evidence: list[EvidenceData]
    reports: list[ReportData]
    conditions: list[ConditionData] = []
    obligation_marks: list[ObligationMarkData] = []

    def current(self) -> RevisionData:
        """Return the current revision's record."""
        for revision in self.revisions:
            if revision.number == self.current_revision:
                return revision
        raise ValueError(f"revision {self.current_revision} is not in the bundle")


class EventData(_Strict):
    """One audit event as bundled: every hashed field, and its hash."""

    source_seq: int
    at: str
    actor: str
    kind: str
    review_id: str | None
    detail: str
    state_digest: str
    prev_hash: str
    hash: str

    def foreign(self) -> ForeignEvent:
        """Return it as the store keeps imported events."""
        return ForeignEvent(**self.model_dump())


def evidence_member(sha256: str) -> str:
    """Return the member name of an evidence file."""
    return f"evidence/{sha256}"


def report_member(sha256: str) -> str:
    """Return the member name of a signed PDF."""
    return f"reports/{sha256}.pdf"


def questionnaire_member(sha256: str) -> str:
    """Return the member name of a pinned questionnaire text."""
    return f"questionnaires/{sha256}.json"


def pack_member(sha256: str) -> str:
    """Return the member name of a pinned policy pack text."""
    return f"packs/{sha256}.json"


@dataclass
class Bundle:
    """A whole review in memory, as read from or written to a bundle file."""

    review: ReviewData
    events: list[ForeignEvent]
    questionnaires: dict[str, str] = field(default_factory=dict)
    packs: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, bytes] = field(default_factory=dict)
    reports: dict[str, bytes] = field(default_factory=dict)
