"""Released layouts: layout 1 renders byte for byte as released, new reports use layout 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.errors import ReviewerError
from reviewer.report import (
    DEFAULT_LAYOUT,
    SIGNATURE_BOXES,
    UnknownLayoutError,
    parse_payload,
    render_report,
    signature_placement,
)
from reviewer.report.document import PAGE_HEIGHT_POINTS, PAGE_WIDTH_POINTS
from reviewer.severity import Verdict
from tests.helpers.reports import report_input
from tests.reviewer.report.inputs import verdict_input

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("name", ["layout1-conditions", "layout1-prohibited"])
def test_layout_1_renders_exactly_the_released_bytes(name: str) -> None:
    """The fixtures were rendered by the renderer before layout 2 existed, from their JSON."""
    report = parse_payload((FIXTURES / f"{name}.json").read_bytes())
    assert report.layout == "1"
    assert render_report(report) == (FIXTURES / f"{name}.pdf").read_bytes()


@pytest.mark.parametrize(
    "name", ["layout2-high-fr", "layout2-prohibited-en", "layout2-checklist-en"]
)
def test_layout_2_renders_exactly_the_released_bytes(name: str) -> None:
    """Layout 2 is released with these fixtures: a new design is layout 3, never an edit here.

    The checklist fixture froze the annex's states when reports began to carry the checklist.
    """
    report = parse_payload((FIXTURES / f"{name}.json").read_bytes())
    assert report.layout == "2"
    assert render_report(report) == (FIXTURES / f"{name}.pdf").read_bytes()


def test_new_reports_use_layout_2_and_record_it() -> None:
    report = report_input()
    assert DEFAULT_LAYOUT == "2"
    assert report.layout == "2"
    payload = json.loads(report.payload_bytes())
    assert payload["layout"] == "2"
    assert payload["language"] == "en"


def test_a_decision_json_without_a_layout_is_layout_1() -> None:
    """Reports signed before layouts were recorded must re-render with layout 1."""
    payload = json.loads(report_input().payload_bytes())
    del payload["layout"], payload["language"]
    report = parse_payload(json.dumps(payload).encode())
    assert report.layout == "1"
    assert render_report(report) != render_report(report.model_copy(update={"layout": "2"}))


def test_an_unknown_layout_is_a_typed_error_naming_it() -> None:
    report = report_input().model_copy(update={"layout": "9"})
    with pytest.raises(UnknownLayoutError, match="'9'") as caught:
        render_report(report)
    assert isinstance(caught.value, ReviewerError)
    with pytest.raises(UnknownLayoutError):
        signature_placement("9")


def test_each_layout_puts_its_signature_boxes_on_its_page() -> None:
    first, second = signature_placement("1"), signature_placement("2")
    assert first.page == -1
    assert second.page == 0
    assert second.boxes == SIGNATURE_BOXES
    for placement in (first, second):
        assert set(placement.boxes) == {"Reviewer", "Approver"}
        for name, (x1, y1, x2, y2) in placement.boxes.items():
            # The stamp is drawn at SIGNATURE_BOXES' size whatever the layout.
            sx1, sy1, sx2, sy2 = SIGNATURE_BOXES[name]
            assert (x2 - x1, y2 - y1) == pytest.approx((sx2 - sx1, sy2 - sy1))
            assert 0 < x1 < x2 < PAGE_WIDTH_POINTS and 0 < y1 < y2 < PAGE_HEIGHT_POINTS
    reviewer, approver = second.boxes["Reviewer"], second.boxes["Approver"]
    assert reviewer[2] < approver[0]  # side by side, not overlapping


@pytest.mark.parametrize("language", ["en", "fr"])
def test_layout_2_gives_the_same_bytes_for_the_same_input(language: str) -> None:
    report = verdict_input(Verdict.HIGH, language)  # type: ignore[arg-type]
    assert render_report(report) == render_report(report)


def test_the_language_changes_the_pages() -> None:
    english = render_report(verdict_input(Verdict.HIGH, "en"))
    assert english != render_report(verdict_input(Verdict.HIGH, "fr"))
