"""Reviewer: review proposed AI deployments against versioned, cited policy clauses.

The public names are imported on first use (PEP 562), so that importing one small module of
the package, such as `reviewer.severity`, does not load pydantic and every model: the desktop
app draws its first page of reviews before anything heavy is imported.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reviewer.answers import AnswersFile, load_answers_file
    from reviewer.decision import Decision, Outcome
    from reviewer.errors import ReviewerError
    from reviewer.library import default_policy_packs, default_questionnaire
    from reviewer.policy import Clause, PolicyPack, load_policy_pack
    from reviewer.questionnaire import Questionnaire, load_questionnaire
    from reviewer.scoring import Assessment, Trigger, assess
    from reviewer.severity import Severity, Verdict

__version__ = "0.1.0"

_HOMES = {
    "AnswersFile": "reviewer.answers",
    "load_answers_file": "reviewer.answers",
    "Decision": "reviewer.decision",
    "Outcome": "reviewer.decision",
    "ReviewerError": "reviewer.errors",
    "default_policy_packs": "reviewer.library",
    "default_questionnaire": "reviewer.library",
    "Clause": "reviewer.policy",
    "PolicyPack": "reviewer.policy",
    "load_policy_pack": "reviewer.policy",
    "Questionnaire": "reviewer.questionnaire",
    "load_questionnaire": "reviewer.questionnaire",
    "Assessment": "reviewer.scoring",
    "Trigger": "reviewer.scoring",
    "assess": "reviewer.scoring",
    "Severity": "reviewer.severity",
    "Verdict": "reviewer.severity",
}


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'reviewer' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """List the public names, imported or not."""
    return sorted([*globals(), *_HOMES])


__all__ = [
    "AnswersFile",
    "Assessment",
    "Clause",
    "Decision",
    "Outcome",
    "PolicyPack",
    "Questionnaire",
    "ReviewerError",
    "Severity",
    "Trigger",
    "Verdict",
    "__version__",
    "assess",
    "default_policy_packs",
    "default_questionnaire",
    "load_answers_file",
    "load_policy_pack",
    "load_questionnaire",
]
