"""The risk breakdown chart: triggered clauses and risk points per severity."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String

from reviewer.report.fonts import SANS, SANS_BOLD
from reviewer.report.layouts.v1.styles import INK, MUTED, RULE, SEVERITY_COLOURS
from reviewer.scoring import SeverityShare


def breakdown_chart(breakdown: list[SeverityShare], width: float = 440) -> Drawing:
    """Draw one bar per severity, most serious on top, labelled with clauses and points."""
    height = 150
    drawing = Drawing(width, height)
    drawing.add(
        String(
            0, height - 12, "Risk points by severity", fontName=SANS_BOLD, fontSize=9, fillColor=INK
        )
    )
    shares = list(reversed(breakdown))  # bar charts draw the first category at the bottom
    chart = HorizontalBarChart()
    chart.x, chart.y = 80, 10
    chart.width, chart.height = width - 200, height - 35
    chart.data = [[share.points for share in shares]]
    chart.categoryAxis.categoryNames = [share.severity.value.capitalize() for share in shares]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([share.points for share in shares] + [10])
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.bars.strokeColor = None
    chart.barWidth = 10
    for index, share in enumerate(shares):
        chart.bars[(0, index)].fillColor = SEVERITY_COLOURS[share.severity]
    drawing.add(chart)
    step = chart.height / len(shares)
    for index, share in enumerate(shares):
        clauses = "clause" if share.count == 1 else "clauses"
        drawing.add(
            String(
                chart.x + chart.width + 10,
                chart.y + step * index + step / 2 - 3,
                f"{share.count} {clauses}, {share.points} points",
                fontName=SANS,
                fontSize=8,
                fillColor=INK,
            )
        )
    return drawing
