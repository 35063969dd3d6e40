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
import re

from reviewer.scoring import Assessment

_KEY = '"missing_required":'
_EMPTY_LIST = re.compile(r"\s*\[\s*\]")


def answers_complete(assessment: Assessment | str | None) -> bool:
    """Tell whether an assessment, or its stored JSON, has no required question unanswered.

    A review never assessed has no verdict to show, so it is not complete either.
    """
    if assessment is None or assessment == "":
        return False
    if isinstance(assessment, Assessment):
        return not assessment.missing_required
    # The audit check reads every review's assessment (about 16 kB each), and parsing one costs
    # more than digesting the whole review. In JSON text the key with its colon can only be a
    # key (a quote inside a string is escaped), and an assessment has one such key, at its top.
    if assessment.count(_KEY) == 1:
        return _EMPTY_LIST.match(assessment, assessment.index(_KEY) + len(_KEY)) is not None
    return not json.loads(assessment).get("missing_required")
