"""The Overview: counts to act on as large tiles and four charts, each opening the list it counts.

The figures come from the service's SQL aggregates (`overview_counts`, `overview_series`),
read off the UI thread; no review is loaded to draw this screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reviewer.decision import Outcome
from reviewer.followup import ConditionStatus, add_months
from reviewer.overview import OverviewCounts, OverviewSeries
from reviewer.report.model import Person
from reviewer.service import ReviewService
from reviewer.severity import Verdict
from ui.background import BackgroundJob, run_in_background
from ui.i18n import marked
from ui.overview.charts import (
    BAR_COLOUR,
    ChartBar,
    HorizontalBarChart,
    MonthColumn,
    StackedColumnChart,
)
from ui.overview.recent import RecentReviews
from ui.overview.tiles import CountTile
from ui.reviews.focus import ReviewFocus
from ui.style import ProblemLabel, muted, set_point_delta
from ui.theme import GOOD_COLOURS, outcome_label, verdict_colours, verdict_label

MONTHS = 12
_CONDITION_NAMES = marked(
    {
        ConditionStatus.OPEN: QT_TRANSLATE_NOOP("OverviewScreen", "Open"),
        ConditionStatus.DONE: QT_TRANSLATE_NOOP("OverviewScreen", "Done"),
        ConditionStatus.WAIVED: QT_TRANSLATE_NOOP("OverviewScreen", "Waived"),
    }
)
_CONDITION_COLOURS = {
    ConditionStatus.OPEN: ("#b54708", "#ffffff"),
    ConditionStatus.DONE: GOOD_COLOURS,
    ConditionStatus.WAIVED: ("#5b6470", "#ffffff"),
}
# Bottom to top in a month's column: the mildest verdict first.
_STACK = (Verdict.MINIMAL, Verdict.LIMITED, Verdict.HIGH, Verdict.PROHIBITED)


def condition_label(status: ConditionStatus) -> str:
    """Return a condition's status in words, in the interface language."""
    return QCoreApplication.translate("OverviewScreen", _CONDITION_NAMES[status])


def last_months(today: date, count: int = MONTHS) -> list[str]:
    """Return the YYYY-MM of the last `count` months, oldest first, ending with today's."""
    first = add_months(today.replace(day=1), -(count - 1))
    return [f"{add_months(first, i):%Y-%m}" for i in range(count)]


class OverviewScreen(QWidget):
    """The first screen: what awaits the officer, and how the portfolio stands.

    Signals:
        focus_requested(object): a tile or a bar was opened; carries the `ReviewFocus` of the
            reviews it counted.
        refreshed(): the figures were read again and are shown.
        failed(str): the figures could not be read; carries the reason, shown on the screen.
    """

    focus_requested = Signal(object)
    refreshed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        service: ReviewService,
        me: Callable[[], Person | None],
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self._service = service
        self._me = me
        self._today = today
        self._person: Person | None = None
        self.job: BackgroundJob | None = None
        heading = QLabel(self.tr("Overview"), self)
        set_point_delta(heading, 5, bold=True)
        self.as_of = QLabel(self)
        muted(self.as_of)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Count again (F5)"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        self.problem = ProblemLabel(self)
        self.problem.hide()
        self.tiles = {
            "awaiting_my_approval": CountTile(self.tr("Awaiting my approval"), self),
            "awaiting_decision": CountTile(self.tr("Awaiting decision"), self),
            "overdue_conditions": CountTile(self.tr("Overdue conditions"), self),
            "suspended": CountTile(self.tr("Suspended"), self),
            "due_for_re_review": CountTile(self.tr("Re-review in 30 days"), self),
        }
        for name, tile in self.tiles.items():
            tile.clicked.connect(lambda _checked=False, n=name: self._open_tile(n))
        self.months = StackedColumnChart(
            self.tr("Verdicts by month"), self.tr("No review was created in the last 12 months.")
        )
        self.outcomes = HorizontalBarChart(
            self.tr("Decisions by outcome"), self.tr("No decision yet."), rows=len(Outcome)
        )
        self.clauses = HorizontalBarChart(
            self.tr("The ten clauses that trigger most"),
            self.tr("No clause triggers yet."),
            rows=10,
        )
        self.conditions = HorizontalBarChart(
            self.tr("Conditions by status"),
            self.tr("No condition of approval yet."),
            rows=len(ConditionStatus),
        )
        self.months.bar_activated.connect(self._open_month)
        self.outcomes.bar_activated.connect(self._open_outcome)
        self.clauses.bar_activated.connect(self._open_clause)
        self.conditions.bar_activated.connect(self._open_condition)
        self.recent = RecentReviews(service, self)
        self._lay_out(heading)

    def _lay_out(self, heading: QLabel) -> None:
        """Heading and refresh on top, the tiles in a row, the recent reviews, the charts 2×2."""
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.as_of, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.refresh_button)
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)
        # The clauses need ten rows: they take the right column's height, and the months the
        # width of the left one, above the two short charts.
        charts = QGridLayout()
        charts.setSpacing(10)
        charts.addWidget(self.months, 0, 0, 1, 2)
        charts.addWidget(self.outcomes, 1, 0)
        charts.addWidget(self.conditions, 1, 1)
        charts.addWidget(self.clauses, 0, 2, 2, 1)
        charts.setColumnStretch(0, 4)  # "Approve with conditions" is longer than any status
        charts.setColumnStretch(1, 2)
        charts.setColumnStretch(2, 4)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(24, 20, 24, 16)
        inner.setSpacing(12)
        inner.addLayout(top)
        inner.addWidget(self.problem)
        inner.addLayout(tiles)
        inner.addWidget(self.recent)
        inner.addLayout(charts, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- reading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Count again each time the screen is shown: the figures follow the store."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the counts and the series again, off the UI thread."""
        if self.job is not None and self.job.running:
            return
        self.recent.refresh()
        self._person = self._me()
        # Without an identity nothing is "mine": the count is read but not shown.
        person = self._person or Person(name="\u2014")
        service, today = self._service, self._today()
        self.refresh_button.setEnabled(False)

        def read() -> tuple[OverviewCounts, OverviewSeries]:
            return (
                service.overview_counts(person, as_of=today),
                service.overview_series(MONTHS, as_of=today),
            )

        self.job = run_in_background(read, self, self._show, self._on_failed)

    def _on_failed(self, message: str) -> None:
        """Say why the figures are not shown; the last ones stay."""
        self.job = None
        self.refresh_button.setEnabled(True)
        self.problem.setText(
            self.tr("The figures could not be read: {problem}").format(problem=message)
        )
        self.problem.show()
        self.failed.emit(message)

    def _show(self, figures: Any) -> None:
        """Show the counts and charts just read."""
        self.job = None
        self.refresh_button.setEnabled(True)
        self.problem.hide()
        counts, series = figures
        self.show_figures(counts, series)
        self.refreshed.emit()

    def show_figures(self, counts: OverviewCounts, series: OverviewSeries) -> None:
        """Fill the tiles and the charts."""
        today = self._today()
        self.as_of.setText(
            self.tr("As of {day}").format(
                day=QLocale().toString(QDate(today.year, today.month, today.day))
            )
        )
        for name, tile in self.tiles.items():
            tile.set_count(getattr(counts, name))
        mine = self.tiles["awaiting_my_approval"]
        if self._person is None:
            mine.set_unknown(
                self.tr(
                    "Choose your signing identity in Settings (Signing identities) to see the"
                    " reviews awaiting your approval."
                )
            )
        self.tiles["overdue_conditions"].setToolTip(
            self.tr("Open conditions past their due date; opens the reviews that have them.")
        )
        self.tiles["suspended"].setToolTip(
            self.tr("Approvals whose re-review or a condition has lapsed: pending re-review.")
        )
        self._fill_months(series, today)
        self.outcomes.set_bars(
            [
                ChartBar(outcome_label(Outcome(b.label)), b.count, Outcome(b.label))
                for b in series.decisions_by_outcome
            ]
        )
        self.clauses.set_bars([ChartBar(b.label, b.count, b.label) for b in series.top_clauses])
        self.conditions.set_bars(
            [
                ChartBar(
                    condition_label(ConditionStatus(b.label)),
                    b.count,
                    ConditionStatus(b.label),
                    _CONDITION_COLOURS.get(ConditionStatus(b.label), BAR_COLOUR),
                )
                for b in series.conditions_by_status
            ]
        )

    def _fill_months(self, series: OverviewSeries, today: date) -> None:
        """Draw one stacked column per month of the last twelve, empty months included."""
        counts = {(b.month, b.verdict): b.count for b in series.verdicts_by_month}
        locale = QLocale()
        columns = []
        for month in last_months(today):
            year, number = (int(p) for p in month.split("-"))
            # Two lines (the axis labels are rich text), so twelve months fit without "...".
            first = QDate(year, number, 1)
            name = f"{locale.toString(first, 'MMM')}<br>{locale.toString(first, 'yy')}"
            long_name = locale.toString(first, "MMMM yyyy")
            segments = tuple(
                ChartBar(
                    verdict_label(v),
                    counts[(month, v.value)],
                    (month, v),
                    verdict_colours(v),
                    self.tr("{verdict}, {month}: {count}").format(
                        verdict=verdict_label(v), month=long_name, count=counts[(month, v.value)]
                    ),
                )
                for v in _STACK
                if counts.get((month, v.value))
            )
            columns.append(MonthColumn(name, segments))
        legend = [(verdict_label(v), verdict_colours(v)) for v in _STACK]
        self.months.set_columns(columns, legend)

    # -- opening the list ------------------------------------------------------------------

    def _open_tile(self, name: str) -> None:
        """Open the reviews behind a count."""
        tile = self.tiles[name]
        fields: dict[str, Any]
        match name:
            case "awaiting_my_approval":
                person = self._person
                if person is None:
                    return
                fields = {"awaiting_approval_by": [person.name, person.email or ""]}
            case "awaiting_decision":
                fields = {"awaiting_decision": True}
            case "overdue_conditions":
                fields = {"overdue_conditions": True}
            case "suspended":
                fields = {"suspended": True}
            case _:
                fields = {"re_review_within": 30}
        self.focus_requested.emit(ReviewFocus(tile.caption, fields))

    def _open_month(self, key: object) -> None:
        """Open the reviews of one verdict created in one month."""
        assert isinstance(key, tuple)  # (month, verdict), as _fill_months made it
        month, verdict = key
        bar = self.months.bar(key)
        label = bar.name if bar is not None else month
        self.focus_requested.emit(ReviewFocus(label, {"created_month": month, "verdict": verdict}))

    def _open_outcome(self, key: object) -> None:
        """Open the reviews decided with one outcome."""
        assert isinstance(key, Outcome)
        self.focus_requested.emit(
            ReviewFocus(
                self.tr("Decided: {outcome}").format(outcome=outcome_label(key)), {"outcome": key}
            )
        )

    def _open_clause(self, key: object) -> None:
        """Open the reviews that trigger one clause."""
        self.focus_requested.emit(
            ReviewFocus(self.tr("Clause {clause}").format(clause=key), {"clause": key})
        )

    def _open_condition(self, key: object) -> None:
        """Open the reviews with a condition in one status."""
        assert isinstance(key, ConditionStatus)
        self.focus_requested.emit(
            ReviewFocus(
                self.tr("Conditions: {status}").format(status=condition_label(key)),
                {"condition_status": key},
            )
        )
