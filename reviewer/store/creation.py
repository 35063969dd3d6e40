"""Creating reviews: validating an intake, storing it with its pins, first assessment and event."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from reviewer.answers import AnswersFile
from reviewer.canonical import canonical_json
from reviewer.errors import ValidationProblems
from reviewer.policy import PolicyPack
from reviewer.questionnaire import Questionnaire
from reviewer.records import ReviewStatus
from reviewer.store import repository as repo
from reviewer.store.audit import EventKind
from reviewer.store.changes import answer_problem, record_change, refresh_search, score_revision
from reviewer.store.models import QuestionnaireVersion, ReviewRow, RevisionPack, RevisionRow
from reviewer.store.policies import store_pack_version

INITIAL_STATE = ReviewStatus.DRAFT
"""Where every new review starts; every later state change goes through the lifecycle."""


def validate_intake(
    questionnaire: Questionnaire,
    title: str,
    organisation: str,
    answers: dict[str, Any],
    source: str,
) -> AnswersFile:
    """Validate a new review's title, organisation and answers."""
    data = {
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
        "title": title,
        "organisation": organisation,
        "answers": answers,
    }
    try:
        intake = AnswersFile.model_validate(data)
    except ValidationError as exc:
        problems = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
        raise ValidationProblems(source, problems) from None
    problems = []
    for qid, value in intake.answers.items():
        problem = answer_problem(questionnaire, qid, value)
        if problem:
            problems.append(problem)
    if problems:
        raise ValidationProblems(source, problems)
    return intake


@dataclass(frozen=True)
class ReviewDetails:
    """What a new review names besides its title and applicant."""

    system: str = ""
    business_owner: str = ""
    approver: str = ""
    due_date: date | None = None


@dataclass(frozen=True)
class Pins:
    """The stored questionnaire and pack versions new reviews are pinned to."""

    questionnaire: QuestionnaireVersion
    pack_pks: list[int]


def store_pins(
    session: Session, questionnaire: Questionnaire, packs: Sequence[PolicyPack], actor: str
) -> Pins:
    """Store the questionnaire and pack versions if new, once per transaction."""
    return Pins(
        questionnaire=repo.ensure_questionnaire(session, questionnaire),
        pack_pks=pin_current_packs(session, packs, actor),
    )


def insert_review(
    session: Session,
    pins: Pins,
    questionnaire: Questionnaire,
    packs: Sequence[PolicyPack],
    intake: AnswersFile,
    kind: EventKind,
    detail: dict[str, Any],
    actor: str,
    reference: str,
    details: ReviewDetails | None = None,
) -> ReviewRow:
    """Store one new review with its first revision, pins, assessment and audit event.

    The caller gives the reference (see `repository.next_reference`), so a batch of imports
    needs one query for all of them.
    """
    stamp = repo.now()
    details = details or ReviewDetails()
    review = ReviewRow(
        id=str(uuid.uuid4()),
        reference=reference,
        title=intake.title,
        organisation=intake.organisation,
        system=details.system,
        business_owner=details.business_owner,
        approver=details.approver,
        due_date=details.due_date.isoformat() if details.due_date else None,
        status=INITIAL_STATE.value,
        current_revision=1,
        created_at=stamp,
        updated_at=stamp,
        search_text="",
    )
    revision = RevisionRow(
        number=1,
        answers=canonical_json(intake.answers),
        created_at=stamp,
        state=INITIAL_STATE.value,
    )
    revision.review = review
    revision.questionnaire = pins.questionnaire
    score_revision(session, review, revision, questionnaire, packs)
    refresh_search(review, revision)
    revision.pins = [
        RevisionPack(position=position, pack_pk=pack_pk)
        for position, pack_pk in enumerate(pins.pack_pks)
    ]
    # No flush here: a batch of imports goes to the database in one flush, as bulk inserts.
    session.add_all([review, revision])
    detail = {**detail, "reference": reference}
    record_change(session, review, revision, kind, detail, actor=actor, attachments=[])
    return review


def pin_current_packs(session: Session, packs: Sequence[PolicyPack], actor: str) -> list[int]:
    """Store the current pack versions if new (recording a policy import) and return them."""
    return [store_pack_version(session, pack, actor)[0].pk for pack in packs]
