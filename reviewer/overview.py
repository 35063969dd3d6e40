"""The Overview's figures: counts to act on and series to chart, as plain records."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Record(BaseModel):
    """Frozen, no unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class OverviewCounts(_Record):
    """The numbers an officer acts on, each the size of a filtered review or condition list."""

    awaiting_my_approval: int = Field(description="Signed or escalated, and naming me.")
    awaiting_decision: int = Field(description="Drafts and returned reviews.")
    overdue_conditions: int = Field(description="Open conditions past their due date.")
    suspended: int = Field(description="Approvals suspended, pending re-review.")
    due_for_re_review: int = Field(description="Approvals whose re-review falls in 30 days.")


class Bar(_Record):
    """One bar of a chart: what it counts and how many."""

    label: str
    count: int


class MonthBar(_Record):
    """One bar of 'verdicts by month': a month (YYYY-MM), a verdict and how many reviews."""

    month: str
    verdict: str
    count: int


class OverviewSeries(_Record):
    """The Overview's charts."""

    verdicts_by_month: list[MonthBar]
    decisions_by_outcome: list[Bar]
    top_clauses: list[Bar] = Field(description="The ten clauses that trigger most, most first.")
    conditions_by_status: list[Bar]
