"""decision.json: bad content is named precisely."""

from __future__ import annotations

import json

import pytest

from reviewer.errors import ReviewerError
from reviewer.report.model import parse_payload
from tests.helpers.reports import report_input


def test_not_json_is_named() -> None:
    with pytest.raises(ReviewerError, match=r"decision\.json: not valid UTF-8 JSON"):
        parse_payload(b"\xff{")


def test_wrong_format_names_the_field() -> None:
    data = json.loads(report_input().payload_bytes())
    data["format"] = "something/9"
    with pytest.raises(ReviewerError, match="format"):
        parse_payload(json.dumps(data).encode())


def test_top_level_must_be_an_object() -> None:
    with pytest.raises(ReviewerError, match="JSON object"):
        parse_payload(b"[1, 2]")
