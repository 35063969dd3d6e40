"""Creating, importing and reading reviews."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from reviewer.answers import AnswersFile, AnswerValue, load_answers_file
from reviewer.errors import (
    NotFoundError,
    ReviewerError,
)
from reviewer.owed import NotOwedError
from reviewer.questionnaire import Questionnaire
from reviewer.records import (
    AuditEvent,
    ReviewChange,
    ReviewDetail,
    ReviewQuery,
    ReviewSummary,
    Revision,
)
from reviewer.scoring import Assessment, assess
from reviewer.service.base import ServiceBase
from reviewer.store import repository as repo
from reviewer.store.audit import EventKind
from reviewer.store.changes import (
    change_of,
)
from reviewer.store.creation import (
    ReviewDetails,
    insert_review,
    store_pins,
    validate_intake,
)
from reviewer.store.followup import condition_of, condition_rows, revision_checklist
from reviewer.store.imported import full_history
from reviewer.store.listing import count_matching, list_summaries
from reviewer.store.models import RevisionRow
from reviewer.store.owed import owed_of, owed_questionnaire
from reviewer.store.suspension import suspensions


class NewReview(BaseModel):
    """The "New review" form beyond title and applicant: the system, its owner, the approver."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    system: str = Field(default="", max_length=300, description="System name and version.")
    business_owner: str = Field(default="", max_length=300)
    approver: str = Field(
        default="", max_length=300, description="Who should countersign: a name or an email."
    )
    due_date: date | None = None

    def checked(self) -> ReviewDetails:
        """Return the details to store, refusing a due date in the past."""
        if self.due_date is not None and self.due_date < repo.now().date():
            raise ReviewerError(
                f"due date: {self.due_date.isoformat()} is in the past; give today or a later day"
            )
        return ReviewDetails(
            system=self.system.strip(),
            business_owner=self.business_owner.strip(),
            approver=self.approver.strip(),
            due_date=self.due_date,
        )


class ReviewReading(ServiceBase):
    """Creating and reading reviews."""

    def create_review(
        self,
        title: str,
        organisation: str,
        answers: Mapping[str, AnswerValue] | None = None,
        details: NewReview | None = None,
    ) -> ReviewChange:
        """Start a new draft review, assessed at once against the current policy.

        It gets the next reference of the year (R-YYYY-NNNN), unique in this database.
        """
        intake = validate_intake(
            self.questionnaire, title, organisation, dict(answers or {}), "new review"
        )
        details = details or NewReview()
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
                repo.next_reference(session, repo.now().year),
                details.checked(),
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
            year = repo.now().year
            first = int(repo.next_reference(session, year).rsplit("-", 1)[1])
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
                    f"R-{year:04d}-{first + offset:04d}",
                )
                for offset, (intake, name) in enumerate(intakes)
            ]
            session.flush()
            return [repo.summary_of(row) for row in rows]

    def get_review(self, review_id: str, as_of: date | None = None) -> ReviewDetail:
        """Return a review with its current revision, attachments, conditions, obligations.

        Its summary says whether it is suspended on `as_of` (default today), and why.
        """
        with self.store.read() as session:
            review = repo.get_review(session, review_id)
            revision = repo.current_revision(session, review)
            why = suspensions(session, [review], as_of or repo.now().date()).get(review.pk)
            return ReviewDetail(
                summary=repo.summary_of(review).model_copy(
                    update={"suspension": why.text if why else None}
                ),
                current=repo.revision_of(revision, owed_of(revision)),
                revisions=repo.revision_numbers(session, review),
                attachments=[repo.attachment_of(a) for a in repo.attachment_rows(session, review)],
                reports=repo.kept_reports(session, review),
                conditions=[
                    condition_of(row, review.reference)
                    for row in condition_rows(session, review, revision.number)
                ],
                obligations=revision_checklist(session, review, revision),
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
                raise NotFoundError(f"review {review.reference} has no revision {number}")
            return repo.revision_of(row, owed_of(row))

    def list_reviews(self, query: ReviewQuery | None = None) -> list[ReviewSummary]:
        """Return one page of reviews, most recently changed first, filtered and searched."""
        with self.store.read() as session:
            return list_summaries(session, self.store.dialect, query or ReviewQuery())

    def count_reviews(self, query: ReviewQuery | None = None) -> int:
        """Return how many reviews match the filters."""
        with self.store.read() as session:
            return count_matching(session, self.store.dialect, query or ReviewQuery())

    def history(self, review_id: str) -> list[AuditEvent]:
        """Return one review's audit events, imported ones included, oldest first."""
        with self.store.read() as session:
            review = repo.get_review(session, review_id)
            return full_history(session, review.id)

    def rescore_pinned(self, review_id: str) -> Assessment:
        """Score the current revision again with its pinned versions: it must come out the same."""
        with self.store.read() as session:
            review = repo.get_review(session, review_id)
            revision = repo.current_revision(session, review)
            questionnaire = repo.questionnaire_of(revision)
            packs = repo.packs_of(session, revision)
            stored = repo.assessment_of(revision)
            # Judge the clauses' dates as of the day the stored assessment was made.
            as_of = stored.as_of if stored is not None else None
            return assess(questionnaire, packs, repo.answers_of(revision), as_of=as_of)

    def pinned_questionnaire(
        self, review_id: str, questionnaire_id: str | None = None
    ) -> Questionnaire:
        """Return the exact questionnaire version the review's current revision answers.

        With `questionnaire_id` naming an extra questionnaire (the FRIA, "fria"), return the
        version it is pinned to, or the one owed if it is not pinned yet.
        """
        with self.store.read() as session:
            review = repo.get_review(session, review_id)
            revision = repo.current_revision(session, review)
            intake = repo.questionnaire_of(revision)
            if questionnaire_id is None or questionnaire_id == intake.id:
                return intake
            found = owed_questionnaire(revision, questionnaire_id)
            if found is None:
                raise NotOwedError(
                    f"review {review.reference} does not owe questionnaire {questionnaire_id!r}"
                )
            return found
