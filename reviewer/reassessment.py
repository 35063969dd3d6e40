"""Comparing two assessments of the same answers: which clauses were added, removed or changed."""

from __future__ import annotations

from reviewer.records import ClauseChange, ClauseChangeKind
from reviewer.scoring import Assessment, Trigger
from reviewer.severity import Severity


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
