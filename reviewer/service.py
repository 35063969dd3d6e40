"""The one API the CLI and the UI call to keep reviews: every change returns what changed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.answers import AnswersFile, AnswerValue, load_answers_file
from reviewer.canonical import canonical_json
from reviewer.decision import Decision, Outcome, check_decision
from reviewer.errors import (
    ImmutableRevisionError,
    NotFoundError,
    ReviewerError,
    ValidationProblems,
)
from reviewer.library import default_policy_packs, default_questionnaire
from reviewer.policy import PolicyPack, check_pack_against, load_policy_pack
from reviewer.questionnaire import Questionnaire
from reviewer.reassessment import diff_assessments
from reviewer.records import (
    Attachment,
    AuditReport,
    CheckReport,
    PackVersion,
    ReassessmentDiff,
    ReviewChange,
    ReviewDetail,
    ReviewQuery,
    ReviewStatus,
    ReviewSummary,
    Revision,
)
from reviewer.scoring import Assessment, assess
from reviewer.severity import Verdict
from reviewer.store import repository as repo
from reviewer.store.audit import (
    AuditEvent,
    EventKind,
    current_user,
    review_history,
    to_event,
)
from reviewer.store.changes import (
    answer_problem,
    change_of,
    editable_revision,
    load_for_change,
    record_change,
    refresh_search,
    require_complete,
    score_revision,
)
from reviewer.store.consistency import audit_report
from reviewer.store.creation import (
    insert_review,
    pin_current_packs,
    store_pins,
    validate_intake,
)
from reviewer.store.database import Store
from reviewer.store.evidence import add_evidence, describe_evidence, evidence_bytes
from reviewer.store.listing import count_matching, list_summaries
from reviewer.store.models import ReviewRow, RevisionRow
from reviewer.store.policies import current_packs, import_pack, pack_versions


class ReviewService:
    """Open, create, answer, assess, decide, sign and search reviews in one store."""

    def __init__(
        self,
        store: Store,
        *,
        questionnaire: Questionnaire | None = None,
        packs: Sequence[PolicyPack] | None = None,
        actor: str | None = None,
    ) -> None:
        self.store = store
        self._questionnaire = questionnaire
        # Packs given here are used as they are; otherwise the store's current set is.
        self._given_packs = list(packs) if packs is not None else None
        self._packs = self._given_packs
        self.actor = actor or current_user()

    @classmethod
    def open(
        cls,
        database: str | None = None,
        *,
        questionnaire: Questionnaire | None = None,
        packs: Sequence[PolicyPack] | None = None,
        actor: str | None = None,
    ) -> ReviewService:
        """Open (creating or migrating) the chosen database and return a service on it."""
        return cls(Store.open(database), questionnaire=questionnaire, packs=packs, actor=actor)

    def close(self) -> None:
        """Release the database."""
        self.store.close()

    def __enter__(self) -> ReviewService:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def questionnaire(self) -> Questionnaire:
        """Return the questionnaire new reviews fill in."""
        if self._questionnaire is None:
            self._questionnaire = default_questionnaire()
        return self._questionnaire

    @property
    def packs(self) -> list[PolicyPack]:
        """Return the current policy packs: the newest stored version of each, or shipped."""
        if self._packs is None:
            with self.store.read() as session:
                self._packs = current_packs(session, default_policy_packs())
        return self._packs

    def import_policy_pack(self, path: str | Path) -> tuple[PackVersion, bool]:
        """Validate a pack file and store it as the current version of its pack.

        Nothing is stored from an invalid file. Returns the version and whether it was new.
        """
        return self.store_policy_pack(load_policy_pack(path, self.questionnaire))

    def store_policy_pack(self, pack: PolicyPack) -> tuple[PackVersion, bool]:
        """Store an already validated pack as the current version of its pack."""
        problems = check_pack_against(pack, self.questionnaire)
        if problems:
            raise ValidationProblems(f"policy pack {pack.id} {pack.version}", problems)
        with self.store.write() as session:
            version, created = import_pack(session, pack, default_policy_packs(), self.actor)
        self._packs = self._given_packs
        return version, created

    def policy_versions(self) -> list[PackVersion]:
        """List every stored policy pack version."""
        with self.store.read() as session:
            return pack_versions(session)

    # -- creating -------------------------------------------------------------------------

    def create_review(
        self, title: str, organisation: str, answers: Mapping[str, AnswerValue] | None = None
    ) -> ReviewChange:
        """Start a new draft review, assessed at once against the current policy."""
        intake = validate_intake(
            self.questionnaire, title, organisation, dict(answers or {}), "new review"
        )
        with self.store.write() as session:
            pins = store_pins(session, self.questionnaire, self.packs, self.actor)
            review = insert_review(
                session,
                pins,
                self.questionnaire,
                self.packs,
                intake,
                EventKind.CREATE,
                {},
                self.actor,
            )
            return change_of(session, review, ["created"], None, False)

    def import_files(self, paths: Sequence[str | Path]) -> list[ReviewSummary]:
        """Import answers files as new reviews: all of them, or none if any file is bad."""
        intakes: list[tuple[AnswersFile, str]] = []
        problems: list[str] = []
        for path in paths:
            try:
                intakes.append((load_answers_file(path, self.questionnaire), Path(path).name))
            except ReviewerError as exc:
                problems.append(exc.message)
        if problems:
            noun = "file" if len(problems) == 1 else "files"
            raise ReviewerError(
                f"{len(problems)} {noun} cannot be imported, so nothing was imported:\n"
                + "\n".join(problems)
            )
        with self.store.write() as session:
            pins = store_pins(session, self.questionnaire, self.packs, self.actor)
            rows = [
                insert_review(
                    session,
                    pins,
                    self.questionnaire,
                    self.packs,
                    intake,
                    EventKind.IMPORT,
                    {"file": name},
                    self.actor,
                )
                for intake, name in intakes
            ]
            session.flush()
            return [repo.summary_of(row) for row in rows]

    # -- reading --------------------------------------------------------------------------

    def get_review(self, review_id: str) -> ReviewDetail:
        """Return a review with its current revision and attachments."""
        with self.store.read() as session:
            review = repo.get_review(session, review_id)
            revision = repo.current_revision(session, review)
            return ReviewDetail(
                summary=repo.summary_of(review),
                current=repo.revision_of(revision),
                revisions=repo.revision_numbers(session, review),
                attachments=[repo.attachment_of(a) for a in repo.attachment_rows(session, review)],
            )

    def get_revision(self, review_id: str, number: int) -> Revision:
        """Return one revision of a review, old or current."""
        with self.store.read() as session:
            review = repo.get_review(session, review_id)
            row = session.scalars(
                select(RevisionRow).where(
                    RevisionRow.review_pk == review.pk, RevisionRow.number == number
                )
            ).one_or_none()
            if row is None:
                raise NotFoundError(f"review {review_id} has no revision {number}")
            return repo.revision_of(row)

    def list_reviews(self, query: ReviewQuery | None = None) -> list[ReviewSummary]:
        """Return one page of reviews, most recently changed first, filtered and searched."""
        with self.store.read() as session:
            return list_summaries(session, self.store.dialect, query or ReviewQuery())

    def count_reviews(self, query: ReviewQuery | None = None) -> int:
        """Return how many reviews match the filters."""
        with self.store.read() as session:
            return count_matching(session, self.store.dialect, query or ReviewQuery())

    def history(self, review_id: str) -> list[AuditEvent]:
        """Return one review's audit events, oldest first."""
        with self.store.read() as session:
            repo.get_review(session, review_id)
            return review_history(session, review_id)

    def rescore_pinned(self, review_id: str) -> Assessment:
        """Score the current revision again with its pinned versions: it must come out the same."""
        with self.store.read() as session:
            review = repo.get_review(session, review_id)
            revision = repo.current_revision(session, review)
            questionnaire = repo.questionnaire_of(revision)
            packs = repo.packs_of(session, revision)
            return assess(questionnaire, packs, repo.answers_of(revision))

    def pinned_questionnaire(self, review_id: str) -> Questionnaire:
        """Return the exact questionnaire version the review's current revision answers."""
        with self.store.read() as session:
            review = repo.get_review(session, review_id)
            return repo.questionnaire_of(repo.current_revision(session, review))

    # -- changing -------------------------------------------------------------------------

    def set_answer(
        self,
        review_id: str,
        question_id: str,
        value: AnswerValue,
        *,
        expected_version: int | None = None,
    ) -> ReviewChange:
        """Save one answer in its own transaction and re-assess; returns the new assessment."""
        with self.store.write() as session:
            review = load_for_change(session, review_id, expected_version)
            revision, new_revision = editable_revision(session, review)
            questionnaire = repo.questionnaire_of(revision)
            problem = answer_problem(questionnaire, question_id, value)
            if problem:
                raise ValidationProblems(f"review {review_id}", [problem])
            answers = repo.answers_of(revision)
            if question_id in answers and answers[question_id] == value and not new_revision:
                return change_of(session, review, [], None, False)
            previous = Verdict(review.verdict) if review.verdict else None
            if value is None:
                answers.pop(question_id, None)
            else:
                answers[question_id] = value
            revision.answers = canonical_json(answers)
            if review.status == ReviewStatus.SUBMITTED.value:
                review.status = ReviewStatus.DRAFT.value
            score_revision(review, revision, questionnaire, repo.packs_of(session, revision))
            refresh_search(review, revision)
            session.flush()
            record_change(
                session,
                review,
                revision,
                EventKind.ANSWER,
                {"question": question_id},
                actor=self.actor,
            )
            changed = [f"answers.{question_id}", "assessment"]
            return change_of(session, review, changed, previous, new_revision)

    def update_details(
        self,
        review_id: str,
        *,
        title: str | None = None,
        organisation: str | None = None,
        expected_version: int | None = None,
    ) -> ReviewChange:
        """Change a review's title or applicant organisation."""
        with self.store.write() as session:
            review = load_for_change(session, review_id, expected_version)
            revision, new_revision = editable_revision(session, review)
            changed = []
            for field, value in (("title", title), ("organisation", organisation)):
                if value is not None:
                    if not value.strip() or len(value) > 300:
                        raise ReviewerError(f"{field}: give 1 to 300 characters, got {value!r}")
                    setattr(review, field, value)
                    changed.append(field)
            refresh_search(review, revision)
            session.flush()
            record_change(
                session, review, revision, EventKind.ANSWER, {"fields": changed}, actor=self.actor
            )
            return change_of(session, review, changed, None, new_revision)

    def preview_reassessment(self, review_id: str) -> ReassessmentDiff:
        """Show what re-assessing against the current policy would change, saving nothing."""
        with self.store.read() as session:
            review = repo.get_review(session, review_id)
            return self._reassessment(session, review, repo.current_revision(session, review))

    def reassess(
        self, review_id: str, *, expected_version: int | None = None
    ) -> tuple[ReassessmentDiff, ReviewChange]:
        """Re-assess against the current policy, pin it, and say what changed."""
        with self.store.write() as session:
            review = load_for_change(session, review_id, expected_version)
            revision, new_revision = editable_revision(session, review)
            diff = self._reassessment(session, review, revision)
            previous = Verdict(review.verdict) if review.verdict else None
            repo.pin_packs(session, revision, pin_current_packs(session, self.packs, self.actor))
            score_revision(review, revision, repo.questionnaire_of(revision), self.packs)
            session.flush()
            detail = {"packs": [f"{p.id}@{p.version}" for p in self.packs]}
            record_change(session, review, revision, EventKind.ASSESS, detail, actor=self.actor)
            change = change_of(session, review, ["assessment"], previous, new_revision)
            return diff, change

    def _reassessment(
        self, session: Session, review: ReviewRow, revision: RevisionRow
    ) -> ReassessmentDiff:
        """Compare the stored assessment with one against the current packs."""
        old = repo.assessment_of(revision)
        new = assess(repo.questionnaire_of(revision), self.packs, repo.answers_of(revision))
        return ReassessmentDiff(
            review_id=review.id,
            old_verdict=old.verdict if old else None,
            new_verdict=new.verdict,
            old_pins=old.pins if old else None,
            new_pins=new.pins,
            changes=diff_assessments(old, new),
            assessment=new,
        )

    def submit(self, review_id: str, *, expected_version: int | None = None) -> ReviewChange:
        """Mark a draft as ready for a decision; every required question must be answered."""
        with self.store.write() as session:
            review = load_for_change(session, review_id, expected_version)
            revision, new_revision = editable_revision(session, review)
            require_complete(review, revision)
            review.status = ReviewStatus.SUBMITTED.value
            review.updated_at = repo.now()
            session.flush()
            record_change(session, review, revision, EventKind.SUBMIT, {}, actor=self.actor)
            return change_of(session, review, ["status"], None, new_revision)

    def decide(
        self,
        review_id: str,
        outcome: Outcome,
        rationale: str,
        conditions: Iterable[str] = (),
        *,
        expected_version: int | None = None,
    ) -> ReviewChange:
        """Record the officer's decision; a prohibited verdict can never be approved."""
        conditions = [c.strip() for c in conditions if c.strip()]
        with self.store.write(durable=True) as session:
            review = load_for_change(session, review_id, expected_version)
            revision, new_revision = editable_revision(session, review)
            assessment = require_complete(review, revision)
            check_decision(assessment.verdict, outcome, conditions)
            try:
                decision = Decision(
                    outcome=outcome,
                    rationale=rationale,
                    conditions=conditions,
                    decided_by=self.actor,
                    decided_at=repo.now(),
                )
            except ValidationError as exc:
                messages = [e["msg"].removeprefix("Value error, ") for e in exc.errors()]
                raise ReviewerError("decision: " + "; ".join(messages)) from None
            revision.outcome = decision.outcome.value
            revision.rationale = decision.rationale
            revision.conditions = canonical_json(decision.conditions)
            revision.decided_by = decision.decided_by
            revision.decided_at = decision.decided_at
            review.status = ReviewStatus.DECIDED.value
            review.updated_at = repo.now()
            refresh_search(review, revision)
            session.flush()
            detail = {"outcome": outcome.value, "verdict": assessment.verdict.value}
            record_change(session, review, revision, EventKind.DECIDE, detail, actor=self.actor)
            return change_of(session, review, ["decision", "status"], None, new_revision)

    def record_signed(
        self,
        review_id: str,
        pdf_sha256: str,
        signer: str,
        *,
        signed_at: datetime | None = None,
        expected_version: int | None = None,
    ) -> ReviewChange:
        """Record that the decided revision was signed; from now on it can never change."""
        _check_sha256(pdf_sha256)
        with self.store.write(durable=True) as session:
            review = load_for_change(session, review_id, expected_version)
            revision = repo.current_revision(session, review)
            if revision.signed_at is not None:
                raise ImmutableRevisionError(
                    f"revision {revision.number} of review {review_id} is already signed and "
                    "can never change; edit the review to open a new revision"
                )
            if revision.outcome is None:
                raise ReviewerError(
                    f"review {review_id} has no decision yet, so it cannot be signed"
                )
            revision.signed_pdf_sha256 = pdf_sha256
            revision.signed_by = signer
            revision.signed_at = signed_at or repo.now()
            review.status = ReviewStatus.SIGNED.value
            review.updated_at = repo.now()
            session.flush()
            detail = {"pdf_sha256": pdf_sha256, "revision": revision.number}
            record_change(session, review, revision, EventKind.SIGN, detail, actor=signer)
            return change_of(session, review, ["signature", "status"], None, False)

    def record_countersigned(self, review_id: str, pdf_sha256: str, approver: str) -> AuditEvent:
        """Record that an approver countersigned the signed report of the current revision."""
        _check_sha256(pdf_sha256)
        with self.store.write(durable=True) as session:
            review = repo.get_review(session, review_id)
            revision = repo.current_revision(session, review)
            if revision.signed_at is None:
                raise ReviewerError(
                    f"review {review_id} has no signed report yet, so there is nothing to "
                    "countersign; sign the decision first"
                )
            detail = {"pdf_sha256": pdf_sha256, "revision": revision.number}
            row = record_change(
                session, review, revision, EventKind.COUNTERSIGN, detail, actor=approver
            )
            session.flush()
            return to_event(row)

    def record_export(
        self, review_id: str, file_sha256: str, file_name: str, export_format: str
    ) -> AuditEvent:
        """Record that a review was exported (a report, a JSON file); the review is unchanged."""
        with self.store.write() as session:
            review = repo.get_review(session, review_id)
            revision = repo.current_revision(session, review)
            detail = {"file": file_name, "format": export_format, "sha256": file_sha256}
            row = record_change(
                session, review, revision, EventKind.EXPORT, detail, actor=self.actor
            )
            session.flush()
            return to_event(row)

    def add_attachment(
        self,
        review_id: str,
        file_name: str,
        content: bytes,
        media_type: str | None = None,
        *,
        expected_version: int | None = None,
    ) -> tuple[Attachment, ReviewChange]:
        """Keep an evidence file's bytes in the database, with its hash, size and who added it."""
        name, kind = describe_evidence(file_name, content, media_type)
        with self.store.write() as session:
            review = load_for_change(session, review_id, expected_version)
            revision, new_revision = editable_revision(session, review)
            row = add_evidence(session, review, revision, name, kind, content, self.actor)
            detail = {"file": name, "sha256": row.sha256, "size": row.size}
            record_change(session, review, revision, EventKind.ATTACHMENT, detail, actor=self.actor)
            change = change_of(session, review, ["attachments"], None, new_revision)
            return repo.attachment_of(row), change

    def attachment_bytes(self, review_id: str, attachment_id: int) -> bytes:
        """Return an attachment's bytes, checked against its recorded hash."""
        with self.store.read() as session:
            review = repo.get_review(session, review_id)
            return evidence_bytes(session, review, attachment_id)

    # -- checking -------------------------------------------------------------------------

    def verify_audit(self) -> AuditReport:
        """Walk the audit chain, then check every review against its last recorded state."""
        with self.store.read() as session:
            return audit_report(session)

    def check(self) -> CheckReport:
        """Run the storage integrity check and the audit verification."""
        problems = self.store.integrity_problems()
        audit = (
            self.verify_audit()
            if not problems
            else AuditReport(
                ok=False,
                events=0,
                reviews_checked=0,
                problem="not checked: the database is damaged",
            )
        )
        return CheckReport(
            schema_revision=self.store.schema().current, integrity_problems=problems, audit=audit
        )


def _check_sha256(value: str) -> None:
    """Refuse anything but a hex sha256 digest."""
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise ReviewerError(f"pdf_sha256: expected 64 lower-case hex digits, got {value!r}")
