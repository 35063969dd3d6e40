"""Comparing two assessments of the same answers: which clauses were added, removed or changed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reviewer.answers import AnswerValue
from reviewer.migration import AnswerMigration, migrate_answers
from reviewer.policy import PolicyPack
from reviewer.questionnaire import Questionnaire
from reviewer.records import ClauseChange, ClauseChangeKind
from reviewer.scoring import Assessment, Trigger
from reviewer.severity import Severity


def packs_written_for_other_versions(
    questionnaire: Questionnaire, packs: Sequence[PolicyPack]
) -> list[PolicyPack]:
    """Return the packs whose conditions name another version of the questionnaire.

    Scoring such a pack against these answers would read questions they never answered as
    unanswered; carry the answers forward first (see ``answers_for``).
    """
    return [
        pack for pack in packs if pack.questionnaire_version not in (None, questionnaire.version)
    ]


def answers_for(
    pinned: Questionnaire, current: Questionnaire, answers: Mapping[str, Any]
) -> tuple[dict[str, AnswerValue], AnswerMigration | None]:
    """Return answers fit for the current questionnaire, and the migration if one was needed."""
    if (pinned.id, pinned.version) == (current.id, current.version):
        return dict(answers), None
    result = migrate_answers(pinned, current, answers)
    return dict(result.answers), result


def diff_assessments(old: Assessment | None, new: Assessment) -> list[ClauseChange]:
    """List the clauses that trigger only in one assessment, or at a different severity."""
    before = {(t.pack_id, t.clause_id): t for t in (old.triggers if old else [])}
    after = {(t.pack_id, t.clause_id): t for t in new.triggers}
    changes: list[ClauseChange] = []
    for key, trigger in after.items():
        previous = before.get(key)
        if previous is None:
            changes.append(_change(trigger, ClauseChangeKind.ADDED, None, trigger.severity))
        elif previous.severity is not trigger.severity:
            changes.append(
                _change(trigger, ClauseChangeKind.SEVERITY, previous.severity, trigger.severity)
            )
    changes += [
        _change(trigger, ClauseChangeKind.REMOVED, trigger.severity, None)
        for key, trigger in before.items()
        if key not in after
    ]
    return changes


def _change(
    trigger: Trigger, kind: ClauseChangeKind, old: Severity | None, new: Severity | None
) -> ClauseChange:
    """Describe how one clause's outcome changed."""
    return ClauseChange(
        pack_id=trigger.pack_id,
        clause_id=trigger.clause_id,
        title=trigger.title,
        change=kind,
        old_severity=old,
        new_severity=new,
    )
