"""What the desktop app opens with: the questionnaire, the policy packs and sample answers."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from reviewer import PolicyPack, Questionnaire, ReviewerError, load_answers_file
from reviewer.answers import AnswerValue
from reviewer.library import default_policy_packs, default_questionnaire
from reviewer.resources import examples_dir

log = logging.getLogger(__name__)


@dataclass
class DeskContent:
    """The shipped content, or the reason it could not be loaded."""

    questionnaire: Questionnaire | None = None
    packs: list[PolicyPack] = field(default_factory=list)
    problem: str | None = None


def load_content() -> DeskContent:
    """Load the shipped questionnaire and packs; a problem is kept to show, not raised."""
    try:
        questionnaire = default_questionnaire()
        packs = default_policy_packs()
    except ReviewerError as exc:
        log.error("cannot load the shipped questionnaire or packs: %s", exc)
        return DeskContent(problem=str(exc))
    return DeskContent(questionnaire, packs)


def sample_answers(questionnaire: Questionnaire) -> tuple[str, dict[str, AnswerValue]] | None:
    """Return the title and answers of the first shipped example that fits the questionnaire."""
    folder = examples_dir()
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            example = load_answers_file(path, questionnaire)
        except ReviewerError as exc:
            log.info("skipping example %s: %s", path.name, exc)
            continue
        return example.title, dict(example.answers)
    return None
