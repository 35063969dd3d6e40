"""Comparing two assessments of the same answers: which clauses were added, removed or changed."""

from __future__ import annotations

from reviewer.records import ClauseChange, ClauseChangeKind
from reviewer.scoring import Assessment, Trigger


def diff_assessments(old: Assessment | None, new: Assessment) -> list[ClauseChange]:
    """List the clauses that trigger only in one assessment, or at a different severity."""
    before: dict[tuple[str, str], Trigger] = {
        (t.pack_id, t.clause_id): t for t in (old.triggers if old else [])
    }
    after = {(t.pack_id, t.clause_id): t for t in new.triggers}
    changes: list[ClauseChange] = []
    for key, trigger in after.items():
        previous = before.get(key)
        if previous is None:
            changes.append(
                ClauseChange(
                    pack_id=trigger.pack_id,
                    clause_id=trigger.clause_id,
                    title=trigger.title,
                    change=ClauseChangeKind.ADDED,
                    new_severity=trigger.severity,
                )
            )
        elif previous.severity is not trigger.severity:
            changes.append(
                ClauseChange(
                    pack_id=trigger.pack_id,
                    clause_id=trigger.clause_id,
                    title=trigger.title,
                    change=ClauseChangeKind.SEVERITY,
                    old_severity=previous.severity,
                    new_severity=trigger.severity,
                )
            )
    for key, trigger in before.items():
        if key not in after:
            changes.append(
                ClauseChange(
                    pack_id=trigger.pack_id,
                    clause_id=trigger.clause_id,
                    title=trigger.title,
                    change=ClauseChangeKind.REMOVED,
                    old_severity=trigger.severity,
                )
            )
    return changes
