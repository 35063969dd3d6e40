"""A review's follow-up (conditions, obligation marks, clause counts) as bundled and written back.

Evidence is named by sha256 in a bundle, since attachment keys differ from one database to
another; these functions translate in both directions.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from reviewer.bundles.model import ConditionData, ObligationMarkData, ReviewData
from reviewer.store.models import (
    Base,
    ClauseCountRow,
    ConditionRow,
    ObligationMarkRow,
)

_TABLES = Base.metadata.tables


def _reader(row: object) -> Callable[[str], Any]:
    """Return how to read a column of an ORM row or of a row mapping."""
    if isinstance(row, Mapping):
        return row.__getitem__
    return lambda name: getattr(row, name)


def condition_data(row: ConditionRow | Mapping[Any, Any], hashes: dict[int, str]) -> ConditionData:
    """Copy one condition row (ORM row or mapping) into the bundle's record of it."""
    get = _reader(row)
    evidence_pk = get("evidence_pk")
    return ConditionData(
        revision=get("revision"),
        number=get("number"),
        text=get("text"),
        answers=get("answers") or "",
        owner=get("owner"),
        due_date=get("due_date"),
        status=get("status"),
        evidence=hashes.get(evidence_pk) if evidence_pk is not None else None,
        reason=get("reason"),
        closed_by=get("closed_by"),
        closed_at=get("closed_at"),
    )


def mark_data(
    row: ObligationMarkRow | Mapping[Any, Any], hashes: dict[int, str]
) -> ObligationMarkData:
    """Copy one obligation mark (ORM row or mapping) into the bundle's record of it."""
    get = _reader(row)
    return ObligationMarkData(
        revision=get("revision"),
        obligation_id=get("obligation_id"),
        state=get("state"),
        reason=get("reason"),
        evidence=[hashes[pk] for pk in json.loads(get("evidence")) if pk in hashes],
        marked_by=get("marked_by"),
        marked_at=get("marked_at"),
    )


def follow_up_of(session: Session, review_pk: int, hashes: dict[int, str]) -> dict[str, Any]:
    """Return one review's conditions and marks as bundle records, as ReviewData takes them."""
    conditions = session.scalars(
        select(ConditionRow).where(ConditionRow.review_pk == review_pk).order_by(ConditionRow.pk)
    )
    marks = session.scalars(
        select(ObligationMarkRow)
        .where(ObligationMarkRow.review_pk == review_pk)
        .order_by(ObligationMarkRow.pk)
    )
    return {
        "conditions": [condition_data(c, hashes) for c in conditions],
        "obligation_marks": [mark_data(m, hashes) for m in marks],
    }


def follow_up_params(
    data: ReviewData, review_pk: int, keys: dict[str, int]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return the rows to insert for a bundled review's conditions and marks.

    `keys` maps the evidence sha256 to its attachment key in this database.
    """
    conditions = [
        {
            **c.model_dump(exclude={"evidence"}),
            "review_pk": review_pk,
            "evidence_pk": keys[c.evidence] if c.evidence is not None else None,
        }
        for c in data.conditions
    ]
    marks = [
        {
            **m.model_dump(exclude={"evidence"}),
            "review_pk": review_pk,
            "evidence": json.dumps(sorted({keys[sha] for sha in m.evidence})),
        }
        for m in data.obligation_marks
    ]
    return conditions, marks


def insert_follow_up(
    session: Session, conditions: Sequence[dict[str, Any]], marks: Sequence[dict[str, Any]]
) -> None:
    """Insert condition and mark rows in two multi-row statements."""
    if conditions:
        session.execute(insert(_TABLES["conditions"]), list(conditions))
    if marks:
        session.execute(insert(_TABLES["obligation_marks"]), list(marks))


def triggered_clauses(assessment: str | None) -> set[str]:
    """Return the `pack:clause` names that trigger in a stored assessment's JSON."""
    if not assessment:
        return set()
    triggers = json.loads(assessment).get("triggers", [])
    return {f"{t['pack_id']}:{t['clause_id']}" for t in triggers}


def add_clause_rows(session: Session, clauses: Iterable[tuple[int, set[str]]]) -> None:
    """Record the triggered clauses of newly written reviews, and count them."""
    rows = [{"review_pk": pk, "clause": c} for pk, wanted in clauses for c in sorted(wanted)]
    if not rows:
        return
    session.execute(insert(_TABLES["review_clauses"]), rows)
    counts = Counter(row["clause"] for row in rows)
    with session.no_autoflush:
        for clause, step in counts.items():
            count = session.get(ClauseCountRow, clause)
            if count is None:
                count = ClauseCountRow(clause=clause, reviews=0)
                session.add(count)
            count.reviews += step
