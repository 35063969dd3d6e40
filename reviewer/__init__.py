"""Reviewer: review proposed AI deployments against versioned, cited policy clauses."""

from reviewer.answers import AnswersFile, load_answers_file
from reviewer.decision import Decision, Outcome
from reviewer.errors import ReviewerError
from reviewer.library import default_policy_packs, default_questionnaire
from reviewer.policy import Clause, PolicyPack, load_policy_pack
from reviewer.questionnaire import Questionnaire, load_questionnaire
from reviewer.scoring import Assessment, Trigger, assess
from reviewer.severity import Severity, Verdict

__version__ = "0.1.0"

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
