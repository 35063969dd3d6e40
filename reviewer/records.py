"""Plain records the service hands to the CLI and the UI: never database objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from reviewer.answers import AnswerValue
from reviewer.decision import Decision, Outcome
from reviewer.followup import Condition, ConditionStatus, ObligationItemState
from reviewer.migration import AnswerMigration
from reviewer.review_status import ReviewStatus as ReviewStatus  # its home; re-exported
from reviewer.scoring import Assessment, Pins
from reviewer.severity import Severity, Verdict, VerdictReading


@dataclass(frozen=True)
class AuditEvent:
    """One recorded event of the audit trail, as callers see it."""

    seq: int
    at: datetime
    actor: str
    kind: str
    review_id: str | None
    detail: dict[str, Any]
    state_digest: str
    prev_hash: str
    hash: str


class _Record(BaseModel):
    """Base of service records: frozen, no unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ReviewSummary(_Record):
    """One line of the review list."""

    id: str
    reference: str
    title: str
    organisation: str
    status: ReviewStatus
    verdict: Verdict | None
    revision: int
    version: int
    created_at: datetime
    updated_at: datetime
    system: str = ""
    business_owner: str = ""
    approver: str = ""
    due_date: date | None = None
    suspension: str | None = Field(
        default=None,
        description="Why an approval is suspended, pending re-review, on the day listed.",
    )
    answers_complete: bool = Field(
        default=True,
        description=(
            "Whether every required question of the current revision is answered; until then"
            " the verdict is provisional (see `reading`)."
        ),
    )

    @property
    def reading(self) -> VerdictReading | None:
        """Return the verdict as the list may show it ("Incomplete", "At least: High"), if any."""
        if self.verdict is None:
            return None
        return VerdictReading.of(self.verdict, self.answers_complete)


class Signature(_Record):
    """The signed PDF of a revision, which makes that revision immutable."""

    pdf_sha256: str
    signer: str
    signed_at: datetime


class KeptReport(_Record):
    """A signed PDF the store keeps: the reviewer's, or the countersigned one."""

    revision: int
    kind: str
    sha256: str
    signer: str
    recorded_at: datetime


class Attachment(_Record):
    """An evidence file's description; its bytes are fetched separately."""

    id: int
    revision: int
    file_name: str
    media_type: str
    sha256: str
    size: int
    added_by: str
    added_at: datetime
    # Additive (schema 7): left out when empty, so records made before read and dump the same.
    description: str = Field(default="", exclude_if=lambda v: not v)


class QuestionnaireRef(_Record):
    """The questionnaire version a revision's answers fill in."""

    id: str
    version: str
    sha256: str


class OwedQuestionnaire(_Record):
    """A questionnaire a revision holds beyond the intake (the FRIA), with its answers.

    `owed` says whether the current assessment still calls for it; one no longer owed keeps
    its answers. `missing_required` lists its visible required questions left unanswered.
    """

    questionnaire: QuestionnaireRef
    title: str
    answers: dict[str, AnswerValue]
    owed: bool
    missing_required: list[str]
    attached: bool = Field(
        default=True,
        description="False while it is owed but not yet pinned: the next change pins it.",
    )

    @property
    def complete(self) -> bool:
        """Tell whether every visible required question is answered."""
        return not self.missing_required


class Revision(_Record):
    """One revision of a review."""

    number: int
    questionnaire: QuestionnaireRef
    answers: dict[str, AnswerValue]
    assessment: Assessment | None
    assessed_at: datetime | None
    decision: Decision | None
    signature: Signature | None
    created_at: datetime
    state: ReviewStatus = ReviewStatus.DRAFT
    decider_email: str | None = None
    closing_note: str | None = Field(
        default=None, description="Why it was returned, escalated or reopened, in words."
    )
    next_review: date | None = Field(
        default=None, description="When an approval must be reviewed again."
    )
    questionnaires: list[OwedQuestionnaire] = Field(
        default_factory=list,
        description="The questionnaires held beyond the intake, such as the FRIA.",
    )

    def owed(self, questionnaire_id: str) -> OwedQuestionnaire | None:
        """Return the extra questionnaire with this id, if the revision holds or owes it."""
        found = [q for q in self.questionnaires if q.questionnaire.id == questionnaire_id]
        return found[0] if found else None

    @property
    def immutable(self) -> bool:
        """Tell whether the revision is decided or signed and so can never change."""
        return self.state is not ReviewStatus.DRAFT


class ReviewDetail(_Record):
    """A review with its current revision, the numbers of older ones, and its attachments."""

    summary: ReviewSummary
    current: Revision
    revisions: list[int]
    attachments: list[Attachment]
    reports: list[KeptReport] = Field(default_factory=list)
    conditions: list[Condition] = Field(
        default_factory=list, description="The conditions recorded with the current decision."
    )
    obligations: list[ObligationItemState] = Field(
        default_factory=list, description="The current revision's obligations checklist."
    )


class ReviewChange(_Record):
    """What one operation changed, so a window can refresh just that."""

    review: ReviewSummary
    changed: list[str]
    assessment: Assessment | None = None
    previous_verdict: Verdict | None = None
    new_revision: bool = False


class ClauseChangeKind(StrEnum):
    """How a clause's outcome differs between two assessments."""

    ADDED = "added"
    REMOVED = "removed"
    SEVERITY = "severity changed"


class ClauseChange(_Record):
    """One clause that triggers now but did not, or no longer does, or changed severity."""

    pack_id: str
    clause_id: str
    title: str
    change: ClauseChangeKind
    old_severity: Severity | None = None
    new_severity: Severity | None = None


class ReassessmentDiff(_Record):
    """What re-assessing against the current policy changes."""

    review_id: str
    old_verdict: Verdict | None
    new_verdict: Verdict
    old_pins: Pins | None
    new_pins: Pins
    changes: list[ClauseChange]
    assessment: Assessment
    migration: AnswerMigration | None = Field(
        default=None,
        description="How answers to an older questionnaire version were carried forward.",
    )

    @property
    def unchanged(self) -> bool:
        """Tell whether the verdict, every clause outcome and every answer stay the same."""
        return not self.changes and self.old_verdict == self.new_verdict and not self.migration


class AuditReport(_Record):
    """The result of verifying the audit trail."""

    ok: bool
    events: int
    reviews_checked: int
    problem: str | None = None


class CheckReport(_Record):
    """The result of `reviewer db check`: storage integrity plus the audit trail."""

    schema_revision: str | None
    integrity_problems: list[str]
    audit: AuditReport

    @property
    def ok(self) -> bool:
        """Tell whether both checks passed."""
        return not self.integrity_problems and self.audit.ok


class SortKey(StrEnum):
    """Columns the review list can be sorted by."""

    UPDATED = "updated"
    CREATED = "created"
    TITLE = "title"
    ORGANISATION = "organisation"
    STATUS = "status"
    VERDICT = "verdict"


class ReviewQuery(_Record):
    """Filters and order for the review list."""

    search: str | None = None
    status: ReviewStatus | None = None
    approver: str | None = Field(
        default=None, description="Only reviews whose assigned approver contains this text."
    )
    verdict: Verdict | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 50
    offset: int = 0
    sort: SortKey = SortKey.UPDATED
    descending: bool = True
    suspended: bool = Field(
        default=False, description="Only approvals suspended, pending re-review."
    )
    as_of: date | None = Field(
        default=None, description="The day suspensions are judged on; default today."
    )
    awaiting_approval_by: list[str] = Field(
        default_factory=list,
        description="Only reviews awaiting the approval of one of these names or emails "
        "(assigned, or escalated to them), ignoring case.",
    )
    awaiting_decision: bool = Field(default=False, description="Only drafts and returned reviews.")
    overdue_conditions: bool = Field(
        default=False, description="Only reviews with an open condition past its due date."
    )
    re_review_within: int | None = Field(
        default=None,
        ge=0,
        le=3660,
        description="Only approvals whose re-review falls within this many days.",
    )
    clause: str | None = Field(
        default=None, max_length=200, description="Only reviews triggering this clause (pack:id)."
    )
    outcome: Outcome | None = Field(
        default=None, description="Only reviews whose standing decision is this."
    )
    created_month: str | None = Field(
        default=None,
        pattern=r"^\d{4}-(0[1-9]|1[0-2])$",
        description="Only reviews created in this month (YYYY-MM, UTC).",
    )
    condition_status: ConditionStatus | None = Field(
        default=None,
        description="Only reviews with a condition of their standing decision in this status.",
    )


def summary_json(summary: ReviewSummary) -> dict[str, Any]:
    """Return a summary as the documented JSON structure."""
    return summary.model_dump(mode="json")


class PackVersion(_Record):
    """One stored version of a policy pack."""

    pack_id: str
    version: str
    sha256: str
    stored_at: datetime
