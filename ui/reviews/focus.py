"""What an Overview figure opens: the reviews list narrowed to the reviews it counted."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

FOCUS_DEFAULTS: dict[str, Any] = {
    "awaiting_approval_by": [],
    "awaiting_decision": False,
    "overdue_conditions": False,
    "re_review_within": None,
    "clause": None,
    "outcome": None,
    "created_month": None,
    "condition_status": None,
    "suspended": False,
}
"""The review query's fields an Overview figure may set, as they are when nothing narrows."""


@dataclass(frozen=True)
class ReviewFocus:
    """A figure's filter: what the list says it shows, and the query fields it sets.

    `fields` names fields of `ReviewQuery` from FOCUS_DEFAULTS, plus `verdict`, which the list's
    verdict filter shows.
    """

    label: str
    fields: Mapping[str, Any] = field(default_factory=dict)
