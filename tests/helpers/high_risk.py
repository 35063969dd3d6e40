"""A high-risk use built from a shipped example, for tests of the shipped packs' obligations."""

from __future__ import annotations

from typing import Any

from reviewer import default_questionnaire, load_answers_file
from reviewer.resources import examples_dir

EXAMPLE = "eu-police-missing-child-realtime-authorised.json"


def footage_search_for_police(**changes: Any) -> dict[str, Any]:
    """Return the answers of a company that identifies people in footage for EU police.

    The shipped missing-child example, made post-event and run by a private company acting for
    the police: high risk (Annex III point 1, Article 26(10)), with meaningful human oversight
    of each decision in place now; no fundamental rights impact assessment is owed (not a
    public body). `changes` replace answers before the hidden ones are dropped.
    """
    questionnaire = default_questionnaire()
    answers = {
        **load_answers_file(examples_dir() / EXAMPLE, questionnaire).answers,
        "identification_timing": "post_event",
        "org_type": "private_company",
        "provides_public_services": False,
        "acting_for_police": True,
        **changes,
    }
    return questionnaire.visible_answers(answers)
