"""Questionnaires a review owes beyond the intake (the FRIA): how each stands, and what waits on it.

Article 27(1) of the AI Act asks for the fundamental rights impact assessment "prior to
deploying" the system, so an approval waits until every owed questionnaire is complete. A
rejection or an escalation does not: neither lets the system be used.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reviewer.answers import missing_required
from reviewer.decision import Outcome
from reviewer.errors import ReviewerError
from reviewer.questionnaire import Questionnaire
from reviewer.records import OwedQuestionnaire, QuestionnaireRef


class OwedQuestionnaireIncompleteError(ReviewerError):
    """An approval was asked while a questionnaire the review owes (the FRIA) is incomplete."""

    def __init__(self, reference: str, incomplete: Sequence[OwedQuestionnaire]) -> None:
        parts = [
            f"{q.title} ({q.questionnaire.id}) still has {len(q.missing_required)} required "
            f"question(s) unanswered: {', '.join(q.missing_required)}"
            for q in incomplete
        ]
        super().__init__(
            f"review {reference} cannot be approved yet: " + "; ".join(parts) + ". It must be "
            "completed before the system is first used; answer it with 'reviewer review answer "
            f"{reference} --questionnaire {incomplete[0].questionnaire.id} QUESTION VALUE', or "
            "reject or escalate the review instead"
        )
        self.reference = reference
        self.incomplete = list(incomplete)


class NotOwedError(ReviewerError):
    """Answers were given for a questionnaire the review neither owes nor holds."""


def standing_of(
    questionnaire: Questionnaire, answers: Mapping[str, Any], *, owed: bool, attached: bool = True
) -> OwedQuestionnaire:
    """Describe one extra questionnaire of a revision: its pin, answers and completeness."""
    return OwedQuestionnaire(
        questionnaire=QuestionnaireRef(
            id=questionnaire.id, version=questionnaire.version, sha256=questionnaire.sha256
        ),
        title=questionnaire.title,
        answers=dict(answers),
        owed=owed,
        missing_required=missing_required(questionnaire, answers),
        attached=attached,
    )


def check_owed_complete(
    reference: str, outcome: Outcome, questionnaires: Sequence[OwedQuestionnaire]
) -> None:
    """Refuse an approving outcome while an owed questionnaire has required answers missing."""
    if not outcome.approves:
        return
    incomplete = [q for q in questionnaires if q.owed and not q.complete]
    if incomplete:
        raise OwedQuestionnaireIncompleteError(reference, incomplete)
