"""The Overview screen's queries: counts and series, each answered by SQL aggregates."""

from __future__ import annotations

from datetime import date

from reviewer.followup import add_months
from reviewer.overview import OverviewCounts, OverviewSeries
from reviewer.report.model import Person
from reviewer.service.base import ServiceBase
from reviewer.store import repository as repo
from reviewer.store.overview import overview_counts, overview_series


class OverviewQueries(ServiceBase):
    """What the Overview shows; each count matches a filtered list the UI can open."""

    def overview_counts(self, me: Person, as_of: date | None = None) -> OverviewCounts:
        """Count what awaits this person's approval, decisions due, overdue and suspended items.

        A review awaits my approval when its assigned approver, or the person it was escalated
        to, is my name or my email (ignoring case).
        """
        names = [me.name, me.email or ""]
        with self.store.read() as session:
            return overview_counts(session, names, as_of or repo.now().date())

    def overview_series(self, months: int = 12, as_of: date | None = None) -> OverviewSeries:
        """Return the charts: verdicts for the last `months` months, and the store's totals."""
        today = as_of or repo.now().date()
        since = add_months(today.replace(day=1), -(max(1, months) - 1))
        with self.store.read() as session:
            return overview_series(session, self.store.dialect, since)
