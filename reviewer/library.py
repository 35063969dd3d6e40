"""The shipped questionnaires and policy packs, loaded once and checked against each other.

The current versions sit directly in ``resources/questionnaires`` and ``resources/policies``.
Earlier versions stay shipped, unchanged, in an ``archive`` folder beside them, so that an
answers file or a review pinned to one still resolves to the exact content it was made with.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reviewer.errors import ReviewerError
from reviewer.policy import PolicyPack, load_policy_pack
from reviewer.questionnaire import Questionnaire, load_questionnaire
from reviewer.resources import policies_dir, questionnaires_dir
from reviewer.scoring import Assessment

DEFAULT_QUESTIONNAIRE_FILE = "ai_deployment_intake.yaml"
# Questionnaires a review owes on top of the intake, when a clause calls for them.
FOLLOW_UP_FILES = ("fria.yaml",)
ARCHIVE = "archive"


class UnknownVersionError(ReviewerError):
    """An id and version that no shipped questionnaire or pack carries."""


@cache
def default_questionnaire() -> Questionnaire:
    """Return the current shipped intake questionnaire."""
    return load_questionnaire(questionnaires_dir() / DEFAULT_QUESTIONNAIRE_FILE)


def shipped_questionnaires() -> tuple[Questionnaire, ...]:
    """Return every shipped questionnaire version: archived ones first, the current last."""
    return _questionnaires_in(questionnaires_dir())


@cache
def _questionnaires_in(folder: Path) -> tuple[Questionnaire, ...]:
    """Load a questionnaires folder once; keyed by folder, as tests point at their own."""
    archived = sorted((folder / ARCHIVE).glob("*.yaml"))
    current = load_questionnaire(folder / DEFAULT_QUESTIONNAIRE_FILE)
    return (*(load_questionnaire(path) for path in archived), current)


def shipped_questionnaire(questionnaire_id: str, version: str) -> Questionnaire:
    """Return the shipped questionnaire with this id and version, or say there is none."""
    for questionnaire in shipped_questionnaires():
        if (questionnaire.id, questionnaire.version) == (questionnaire_id, version):
            return questionnaire
    known = ", ".join(f"{q.id} {q.version}" for q in shipped_questionnaires())
    raise UnknownVersionError(
        f"this copy of Reviewer ships no questionnaire {questionnaire_id!r} version "
        f"{version!r}; it ships {known}"
    )


def questionnaire_for(pack: PolicyPack) -> Questionnaire:
    """Return the shipped questionnaire version a pack's conditions are written for.

    Packs from before content 1.1 name no version: they target the first shipped one.
    """
    version = pack.questionnaire_version or _oldest_version(pack.questionnaire)
    return shipped_questionnaire(pack.questionnaire, version)


def load_pack_for_its_questionnaire(path: str | Path) -> PolicyPack:
    """Load a pack file and check it against the shipped questionnaire version it targets."""
    return load_policy_pack(path, questionnaire_for(load_policy_pack(path)))


def _load_packs(paths: list[Path]) -> tuple[PolicyPack, ...]:
    """Load packs, each validated against the shipped questionnaire version it names."""
    return tuple(load_pack_for_its_questionnaire(path) for path in paths)


def _oldest_version(questionnaire_id: str) -> str:
    """Return the first shipped version of a questionnaire: what packs before 1.1 target."""
    for questionnaire in shipped_questionnaires():
        if questionnaire.id == questionnaire_id:
            return questionnaire.version
    raise UnknownVersionError(f"this copy of Reviewer ships no questionnaire {questionnaire_id!r}")


@cache
def _default_packs() -> tuple[PolicyPack, ...]:
    """Load every current pack, in file-name order."""
    return _load_packs(sorted(policies_dir().glob("*.yaml")))


def archived_policy_packs() -> tuple[PolicyPack, ...]:
    """Return the earlier shipped pack versions, kept so old pins resolve."""
    return _archived_in(policies_dir())


@cache
def _archived_in(folder: Path) -> tuple[PolicyPack, ...]:
    """Load the archived packs of a policies folder once."""
    return _load_packs(sorted((folder / ARCHIVE).glob("*.yaml")))


def default_policy_packs() -> list[PolicyPack]:
    """Return the current shipped policy packs."""
    return list(_default_packs())


def shipped_policy_pack(pack_id: str, version: str) -> PolicyPack:
    """Return a shipped pack by id and version, current or archived."""
    for pack in (*_default_packs(), *archived_policy_packs()):
        if (pack.id, pack.version) == (pack_id, version):
            return pack
    raise UnknownVersionError(
        f"this copy of Reviewer ships no policy pack {pack_id!r} version {version!r}"
    )


def packs_for(questionnaire: Questionnaire) -> list[PolicyPack]:
    """Return the shipped packs written for this questionnaire version, newest of each id.

    The current packs when the questionnaire is the current one; for an archived
    questionnaire, the archived packs that targeted it.
    """
    current = default_questionnaire()
    if (questionnaire.id, questionnaire.version) == (current.id, current.version):
        return default_policy_packs()
    return [
        pack
        for pack in archived_policy_packs()
        if pack.questionnaire == questionnaire.id
        and (pack.questionnaire_version or _oldest_version(pack.questionnaire))
        == questionnaire.version
    ]


def follow_up_questionnaires() -> tuple[Questionnaire, ...]:
    """Return the shipped follow-up questionnaires, such as the FRIA."""
    return _follow_ups_in(questionnaires_dir())


@cache
def _follow_ups_in(folder: Path) -> tuple[Questionnaire, ...]:
    """Load the follow-up questionnaires of a folder once; a folder may ship none."""
    return tuple(
        load_questionnaire(folder / name) for name in FOLLOW_UP_FILES if (folder / name).is_file()
    )


def owed_questionnaires(assessment: Assessment) -> list[Questionnaire]:
    """Return the follow-up questionnaires an assessment's triggered clauses call for."""
    triggered = {f"{t.pack_id}:{t.clause_id}" for t in assessment.triggers}
    return [q for q in follow_up_questionnaires() if triggered & set(q.required_by)]
