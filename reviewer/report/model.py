"""What a decision report is made from, and the decision.json embedded in the signed PDF."""

from __future__ import annotations

import json
from datetime import UTC
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from reviewer import __version__
from reviewer.answers import AnswerValue
from reviewer.canonical import canonical_json
from reviewer.decision import Decision
from reviewer.errors import ReviewerError
from reviewer.followup import ObligationState
from reviewer.questionnaire import Questionnaire
from reviewer.scoring import Assessment
from reviewer.validation import describe_errors

PAYLOAD_FORMAT = "reviewer.decision/1"
PAYLOAD_NAME = "decision.json"


class _Model(BaseModel):
    """Base for report models: frozen, no unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class EvidenceFile(_Model):
    """A file attached to the review, identified by its content hash."""

    name: str = Field(min_length=1)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(ge=0)


class Person(_Model):
    """Someone named on the report: a signer as their certificate names them, or an approver."""

    name: str = Field(min_length=1)
    email: str | None = None
    organisation: str | None = None
    role: str | None = None


class ReviewRecord(_Model):
    """The review the decision is about: who applied, what they answered, what they sent."""

    id: str = Field(min_length=1)
    reference: str | None = Field(
        default=None, description="The human reference, R-YYYY-NNNN, unique in its database."
    )
    revision: int | None = Field(default=None, ge=1, description="The decided revision.")
    system: str | None = Field(default=None, description="The AI system's name and version.")
    business_owner: str | None = None
    title: str = Field(min_length=1)
    organisation: str = Field(min_length=1)
    answers: dict[str, AnswerValue] = Field(default_factory=dict)
    evidence: list[EvidenceFile] = Field(default_factory=list)
    audit: list[str] = Field(default_factory=list, description="Audit trail lines, oldest first.")
    audit_anchor: str | None = Field(
        default=None,
        pattern=r"^[0-9a-f]{64}$",
        description="Hash of the review's last audit event when the report was made.",
    )


class ChecklistItem(_Model):
    """One obligation of the checklist as it stood when the decision was signed."""

    id: str = Field(min_length=1, description="The obligation's id in the assessment.")
    state: ObligationState
    reason: str | None = Field(default=None, description="Why it does not apply.")
    premarked: str | None = Field(
        default=None,
        description="The answers that satisfy it, when it is met because of them rather than "
        "marked by the officer.",
    )
    evidence: list[EvidenceFile] = Field(
        default_factory=list, description="The review's files linked to it as evidence."
    )
    marked_by: str | None = Field(default=None, description="Who marked it, when someone did.")


class AnsweredQuestionnaire(_Model):
    """A questionnaire the review owes beyond the intake (the FRIA), with its answers."""

    questionnaire: Questionnaire
    answers: dict[str, AnswerValue] = Field(default_factory=dict)

    def pin(self) -> dict[str, Any]:
        """Return it as decision.json carries it: id, version and sha256 pin, then content."""
        q = self.questionnaire
        return {
            "id": q.id,
            "version": q.version,
            "sha256": q.sha256,
            "answers": dict(self.answers),
            "questionnaire": q.model_dump(mode="json", by_alias=True),
        }


class _PinnedAnswers(_Model):
    """One extra questionnaire as read back from decision.json; its pin must match its text."""

    id: str
    version: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    answers: dict[str, AnswerValue]
    questionnaire: Questionnaire

    @field_validator("questionnaire")
    @classmethod
    def _text_matches_pin(cls, value: Questionnaire, info: ValidationInfo) -> Questionnaire:
        """Refuse a questionnaire whose content no longer has the pinned id, version or hash."""
        pinned = (info.data.get("id"), info.data.get("version"), info.data.get("sha256"))
        if (value.id, value.version, value.sha256) != pinned:
            raise ValueError(
                "the questionnaire's content does not match its id, version and sha256"
            )
        return value


class ReportInput(_Model):
    """Everything a decision report shows; the same input always renders the same bytes."""

    review: ReviewRecord
    questionnaire: Questionnaire
    assessment: Assessment
    decision: Decision
    decider: Person | None = Field(
        default=None, description="The signing officer, as the signing certificate names them."
    )
    approver: Person | None = Field(
        default=None, description="The approver assigned to countersign, when one is."
    )
    questionnaires: list[AnsweredQuestionnaire] = Field(
        default_factory=list,
        description="Questionnaires owed beyond the intake (the FRIA), shown by layout 2.",
    )
    checklist: list[ChecklistItem] = Field(
        default_factory=list,
        description="The obligations checklist of the decided revision when it was signed, "
        "shown by layout 2; empty for reports made from an answers file or signed before it.",
    )
    language: Literal["en", "fr"] = "en"
    layout: str = Field(
        default="2",
        description="Which released report layout renders the visible pages; new reports use "
        "the newest, and a signed report keeps the one it was signed with.",
    )
    generator: str = f"reviewer {__version__}"

    @field_validator("decision")
    @classmethod
    def _decided_at_is_aware(cls, value: Decision) -> Decision:
        """Refuse a decision time without a time zone: the report states it in UTC."""
        if value.decided_at.tzinfo is None:
            raise ValueError("decided_at needs a time zone")
        return value

    @model_validator(mode="after")
    def _checklist_names_the_obligations(self) -> ReportInput:
        """Refuse a checklist naming an obligation twice, or one the assessment does not have."""
        known = {o.id for o in self.assessment.obligations}
        seen: set[str] = set()
        for item in self.checklist:
            if item.id not in known:
                raise ValueError(f"checklist: {item.id!r} is not an obligation of the assessment")
            if item.id in seen:
                raise ValueError(f"checklist: obligation {item.id!r} is listed twice")
            seen.add(item.id)
        return self

    @property
    def decided_at_utc(self) -> str:
        """Return the decision time as 'YYYY-MM-DD HH:MM:SS UTC'."""
        moment = self.decision.decided_at.astimezone(UTC)
        return moment.strftime("%Y-%m-%d %H:%M:%S UTC")

    def payload(self) -> dict[str, Any]:
        """Return the machine-readable copy as plain JSON data.

        Extra questionnaires and the checklist are listed only when there are some, so
        reports without any keep the bytes they always had.
        """
        extra: dict[str, Any] = {}
        if self.questionnaires:
            extra["questionnaires"] = [q.pin() for q in self.questionnaires]
        if self.checklist:
            extra["checklist"] = [item.model_dump(mode="json") for item in self.checklist]
        return {
            **extra,
            "format": PAYLOAD_FORMAT,
            "generator": self.generator,
            "review": self.review.model_dump(mode="json"),
            "questionnaire": self.questionnaire.model_dump(mode="json", by_alias=True),
            "assessment": self.assessment.model_dump(mode="json"),
            "decision": self.decision.model_dump(mode="json"),
            "decider": self.decider.model_dump(mode="json") if self.decider else None,
            "approver": self.approver.model_dump(mode="json") if self.approver else None,
            "language": self.language,
            "layout": self.layout,
        }

    def payload_bytes(self) -> bytes:
        """Return decision.json as canonical UTF-8 bytes."""
        return canonical_json(self.payload()).encode("utf-8")


class _Payload(_Model):
    """The shape of decision.json as read back from a PDF."""

    format: Literal["reviewer.decision/1"]
    generator: str
    review: ReviewRecord
    questionnaire: Questionnaire
    assessment: Assessment
    decision: Decision
    decider: Person | None = None
    approver: Person | None = None
    questionnaires: list[_PinnedAnswers] = Field(default_factory=list)
    checklist: list[ChecklistItem] = Field(default_factory=list)
    language: Literal["en", "fr"] = "en"
    layout: str = "1"


def parse_payload(data: bytes, source: str = PAYLOAD_NAME) -> ReportInput:
    """Read decision.json bytes back into a report input, or raise naming what is wrong."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReviewerError(f"{source}: not valid UTF-8 JSON ({exc})") from None
    if not isinstance(raw, dict):
        raise ReviewerError(f"{source}: expected a JSON object at the top level")
    try:
        payload = _Payload.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(describe_errors(exc, raw))
        raise ReviewerError(f"{source}: {problems}") from None
    try:
        return ReportInput(
            review=payload.review,
            questionnaire=payload.questionnaire,
            assessment=payload.assessment,
            decision=payload.decision,
            decider=payload.decider,
            approver=payload.approver,
            questionnaires=[
                AnsweredQuestionnaire(questionnaire=q.questionnaire, answers=q.answers)
                for q in payload.questionnaires
            ],
            checklist=payload.checklist,
            language=payload.language,
            layout=payload.layout,
            generator=payload.generator,
        )
    except ValidationError as exc:
        problems = "; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())
        raise ReviewerError(f"{source}: {problems}") from None
