"""Whether a review's required answers are complete: the flag the review list reads.

The list shows a stored verdict as provisional ("Incomplete", "At least: High") until every
required question is answered. Reading that from each review's assessment would cost a JSON
parse per row, so the review row keeps it as `answers_complete`. It is derived, never entered:
it says what the current revision's stored assessment says, the assessment the verdict column
is taken from (itself computed from the stored answers and the pinned questionnaire). The
assessment is in the audit digest, so a flag edited outside Reviewer shows as a disagreement
with it (`reviewer.store.consistency`). Every writer of the verdict column sets the flag
from `answers_complete`: scoring (`reviewer.store.changes`) and bundle imports and pushes.
"""

from __future__ import annotations

import json

from reviewer.scoring import Assessment


def answers_complete(assessment: Assessment | str | None) -> bool:
    """Tell whether an assessment, or its stored JSON, has no required question unanswered.

    A review never assessed has no verdict to show, so it is not complete either.
    """
    if assessment is None or assessment == "":
        return False
    if isinstance(assessment, Assessment):
        return not assessment.missing_required
    return not json.loads(assessment).get("missing_required")
