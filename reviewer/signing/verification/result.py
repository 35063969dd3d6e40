"""What verifying a decision report found: each problem typed, each signature, and the state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum

from reviewer.report.model import ReportInput


class Problem(StrEnum):
    """Why a report does not verify; tests and front ends match on these, never on wording."""

    NOT_SIGNED = "not-signed"
    DIGEST_MISMATCH = "digest-mismatch"
    BAD_SIGNATURE = "bad-signature"
    UNTRUSTED = "untrusted"
    DOCMDP = "docmdp"
    TIMESTAMP = "timestamp"
    NOT_CERTIFIED = "not-certified"
    FOUR_EYES = "four-eyes"
    UNEXPECTED_SIGNATURE = "unexpected-signature"
    UNSIGNED_BYTES = "unsigned-bytes"
    SIGNATURE_PADDING = "signature-padding"
    REVISIONS = "revisions"
    NOT_AS_PRODUCED = "not-as-produced"
    CHANGED_AFTER_SIGNING = "changed-after-signing"
    METADATA_CHANGED = "metadata-changed"
    EMBEDDED_FILES = "embedded-files"
    PAYLOAD_MISSING = "payload-missing"
    PAYLOAD_UNREADABLE = "payload-unreadable"
    VISIBLE_MISMATCH = "visible-mismatch"
    LAYOUT_UNVERIFIABLE = "layout-unverifiable"
    QUESTIONNAIRE_MISMATCH = "questionnaire-mismatch"
    ASSESSMENT_MISMATCH = "assessment-mismatch"
    PROHIBITED_APPROVED = "prohibited-approved"
    DECISION_RULES = "decision-rules"
    SIGNER_NOT_NAMED = "signer-not-named"


@dataclass(frozen=True)
class Finding:
    """One problem, typed, with a sentence an auditor can act on."""

    problem: Problem
    text: str

    def __str__(self) -> str:
        return self.text


class State(IntEnum):
    """What a report is, as the exit status of `reviewer verify` says it."""

    COUNTERSIGNED = 0
    NOT_VALID = 1
    AWAITING_COUNTERSIGNATURE = 3


class Rescore(StrEnum):
    """What re-scoring the embedded answers against the pinned packs found."""

    MATCHES = "matches"
    DIFFERS = "differs"
    NOT_RESCORED = "not-rescored"


@dataclass(frozen=True)
class SignatureCheck:
    """What verification found out about one signature."""

    field: str
    signer: str
    email: str | None
    claimed_time: datetime | None
    timestamp_time: datetime | None
    timestamp_ok: bool | None
    certifying: bool
    intact: bool
    valid: bool
    trusted: bool
    trust_anchor: str | None
    coverage: str
    modifications: str
    docmdp_ok: bool | None
    passed: bool
    padding_ok: bool = True
    key_id: str = ""
    signed_revision: int = -1
    organisation: str = ""
    docmdp_level: str | None = None
    role: str = ""

    @property
    def display(self) -> str:
        """Return the signer as "Name <email>, Organisation (role)", like every identity shown."""
        from reviewer.signing.identity import describe_person

        return describe_person(self.signer, self.email, self.organisation, self.role)

    def problems(self) -> list[Finding]:
        """Say in words why this signature does not pass, or nothing when it does."""
        found: list[Finding] = []

        def add(problem: Problem, text: str) -> None:
            found.append(Finding(problem, f"{self.field}: {text}"))

        if not self.intact:
            add(Problem.DIGEST_MISMATCH, "the signed content was changed after signing")
        elif not self.valid:
            add(Problem.BAD_SIGNATURE, "the cryptographic signature does not check out")
        if not self.trusted:
            add(
                Problem.UNTRUSTED,
                "the signer's certificate does not chain to a trusted root; add the "
                "organisation root with 'reviewer trust add' or pass --trust",
            )
        if self.docmdp_ok is False:
            add(
                Problem.DOCMDP,
                "changes after signing are not allowed by the certification "
                f"({self.modifications})",
            )
        if self.timestamp_ok is False:
            add(Problem.TIMESTAMP, "the timestamp does not check out")
        if not self.padding_ok:
            add(
                Problem.SIGNATURE_PADDING,
                "the unused space after the signature value is not zeros: bytes there were "
                "changed after signing, where no signature covers them",
            )
        if not found and not self.passed:
            add(Problem.BAD_SIGNATURE, "pyHanko judged the signature invalid")
        return found


@dataclass(frozen=True)
class PayloadCheck:
    """What verification found out about decision.json and the visible pages it renders to.

    `agrees` is True when the pages were rendered again and match, False when they do not,
    and None only when the layout cannot be rendered again and the caller accepted that.
    """

    report: ReportInput | None
    agrees: bool | None
    note: str


@dataclass(frozen=True)
class RescoreCheck:
    """Whether the embedded assessment is what the pinned packs give for the embedded answers."""

    status: Rescore
    note: str
    unknown_packs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verification:
    """The outcome of verifying one file."""

    signatures: list[SignatureCheck]
    empty_fields: list[str]
    payload: PayloadCheck
    findings: list[Finding] = field(default_factory=list)
    rescore: RescoreCheck = RescoreCheck(Rescore.NOT_RESCORED, "not re-scored")
    notes: list[str] = field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        """Return each problem in words."""
        return [f.text for f in self.findings]

    @property
    def problems(self) -> set[Problem]:
        """Return the kinds of problem found."""
        return {f.problem for f in self.findings}

    @property
    def passed(self) -> bool:
        """Tell whether the report is valid (countersigned or not): no problem was found."""
        return not self.findings

    @property
    def intact_but_untrusted(self) -> bool:
        """Tell whether the only fault is a signer outside the trust store (amber, not red).

        Every signature is intact and valid, and every problem found is a missing trust; any
        other problem, known now or added later, makes this False.
        """
        sound = all(c.intact and c.valid for c in self.signatures)
        return bool(self.signatures) and sound and self.problems == {Problem.UNTRUSTED}

    @property
    def countersigned(self) -> bool:
        """Tell whether an Approver signature is present (valid or not)."""
        return any(check.field == "Approver" for check in self.signatures)

    @property
    def state(self) -> State:
        """Return the report's state: countersigned and valid, valid awaiting, or not valid."""
        if self.findings:
            return State.NOT_VALID
        return State.COUNTERSIGNED if self.countersigned else State.AWAITING_COUNTERSIGNATURE
