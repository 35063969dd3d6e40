"""The follow-up entries of a review's audited digest, built from plain values.

The store builds them from its rows and a bundle check from the bundled data; both call these
functions, so the two can never list a field in a different order. Evidence is named by its
sha256, never by a database key, so a review that travels keeps its digest.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any


def moment(value: datetime | None) -> str | None:
    """Return a moment as the follow-up digest writes it."""
    return value.isoformat() if value is not None else None


def condition_entry(
    *,
    revision: int,
    number: int,
    text: str,
    answers: str | None,
    owner: str | None,
    due_date: date | str | None,
    status: str,
    evidence: str | None,
    reason: str | None,
    closed_by: str | None,
    closed_at: datetime | None,
) -> list[Any]:
    """Return one condition as the audit digest takes it (`evidence`: the file's sha256)."""
    return [
        "condition", revision, number, text, answers, owner, due_date, status, evidence, reason,
        closed_by, moment(closed_at),
    ]  # fmt: skip


def obligation_entry(
    *,
    revision: int,
    obligation_id: str,
    state: str,
    reason: str | None,
    evidence: Sequence[str | None],
    marked_by: str | None,
    marked_at: datetime | None,
) -> list[Any]:
    """Return one obligation mark as the audit digest takes it (evidence by sha256)."""
    return [
        "obligation", revision, obligation_id, state, reason, list(evidence), marked_by,
        moment(marked_at),
    ]  # fmt: skip


def questionnaire_entry(number: int, sha256: str, answers: str) -> list[Any]:
    """Return one extra questionnaire (a FRIA) of a revision, as the audit digest takes it."""
    return ["questionnaire", number, sha256, json.loads(answers)]


def with_next_review(follow_up: Sequence[Any], next_review: date | str | None) -> list[Any]:
    """Return the follow-up with the next-review date first, when there is one."""
    entries = list(follow_up)
    return [["next_review", next_review], *entries] if next_review is not None else entries
