"""The shipped questionnaire and policy packs, loaded once and checked against each other."""

from __future__ import annotations

from functools import cache

from reviewer.policy import PolicyPack, load_policy_pack
from reviewer.questionnaire import Questionnaire, load_questionnaire
from reviewer.resources import policies_dir, questionnaires_dir

DEFAULT_QUESTIONNAIRE_FILE = "ai_deployment_intake.yaml"


@cache
def default_questionnaire() -> Questionnaire:
    """Return the shipped intake questionnaire."""
    return load_questionnaire(questionnaires_dir() / DEFAULT_QUESTIONNAIRE_FILE)


@cache
def _default_packs() -> tuple[PolicyPack, ...]:
    """Load every shipped pack, in file-name order, validated against the questionnaire."""
    questionnaire = default_questionnaire()
    paths = sorted(policies_dir().glob("*.yaml"))
    return tuple(load_policy_pack(path, questionnaire) for path in paths)


def default_policy_packs() -> list[PolicyPack]:
    """Return the shipped policy packs."""
    return list(_default_packs())
