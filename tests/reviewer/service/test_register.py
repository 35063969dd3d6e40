"""The register export: one row per review, read back from XLSX, CSV and JSON, on both databases."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from reviewer.decision import Outcome
from reviewer.errors import OutputFileError
from reviewer.followup import ConditionDraft
from reviewer.records import ReviewQuery, ReviewStatus
from reviewer.register import COLUMNS, RegisterFormat
from reviewer.service import ReviewService
from reviewer.severity import Verdict
from tests.helpers.content import OFFICER, complete_answers, open_service

TODAY = date.today()


@pytest.fixture(autouse=True)
def _today() -> None:
    """Read today's date as each test starts: a run that crosses midnight compares one day."""
    global TODAY
    TODAY = date.today()


@pytest.fixture
def service(database_url: str) -> Iterator[ReviewService]:
    with open_service(database_url) as svc:
        yield svc


def _fill(service: ReviewService) -> tuple[str, str]:
    """Store a draft and a high-risk review decided with two conditions, one due soon."""
    draft = service.create_review("Chatbot", "Acme", complete_answers()).review.reference
    decided = service.create_review("Triage", "Clinic", complete_answers(sector="health"))
    ref = decided.review.reference
    conditions = [
        ConditionDraft(text="DPIA", owner="DPO", due=TODAY + timedelta(days=2)),
        ConditionDraft(text="Train staff", owner="HR", due=TODAY + timedelta(days=60)),
    ]
    service.decide(ref, Outcome.APPROVE_WITH_CONDITIONS, "ok", conditions, decider=OFFICER)
    return draft, ref


def test_an_xlsx_export_reads_back_with_the_values_of_the_store(
    service: ReviewService, tmp_path: Path
) -> None:
    draft, decided = _fill(service)
    out = tmp_path / "register.xlsx"
    as_of = TODAY + timedelta(days=3)
    assert service.export_register(out, RegisterFormat.XLSX, as_of=as_of) == 2
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == COLUMNS
    by_ref = {r[0]: dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]}
    assert set(by_ref) == {draft, decided}
    detail = service.get_review(decided)
    decision = detail.current.decision
    assert decision is not None and detail.current.next_review is not None
    row = by_ref[decided]
    assert (row["title"], row["applicant"], row["status"], row["verdict"]) == (
        "Triage",
        "Clinic",
        ReviewStatus.DECIDED.value,
        Verdict.HIGH.value,
    )
    assert row["decider"] == "Alice Officer <alice@example.org>"
    assert row["outcome"] == "approve-with-conditions"
    # Typed cells: dates and times come back as datetimes (UTC), counts as numbers.
    assert row["decided_at"] == decision.decided_at.astimezone(UTC).replace(tzinfo=None)
    assert isinstance(row["next_review"], datetime)
    assert row["next_review"].date() == detail.current.next_review
    assert (row["open_conditions"], row["overdue_conditions"]) == (2, 1)
    assert row["suspended"] is False  # decided, not approved: nothing to suspend
    empty = by_ref[draft]
    assert (empty["decider"], empty["next_review"], empty["open_conditions"]) == (None, None, 0)


def test_csv_and_json_exports_follow_the_filters(service: ReviewService, tmp_path: Path) -> None:
    _, decided = _fill(service)
    query = ReviewQuery(status=ReviewStatus.DECIDED)
    out = tmp_path / "register.csv"
    assert service.export_register(out, RegisterFormat.CSV, query) == 1
    with out.open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert list(row) == COLUMNS
    assert (row["reference"], row["open_conditions"], row["overdue_conditions"]) == (
        decided,
        "2",
        "0",
    )
    out = tmp_path / "register.json"
    assert service.export_register(out, RegisterFormat.JSON) == 2
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "reviewer-register" and document["as_of"] == TODAY.isoformat()
    assert [r["reference"] for r in document["reviews"]][1] == decided


def test_an_export_to_an_unwritable_place_is_a_clear_error(
    service: ReviewService, tmp_path: Path
) -> None:
    _fill(service)
    with pytest.raises(OutputFileError, match=r"the folder .*missing does not exist"):
        service.export_register(tmp_path / "missing" / "r.csv", RegisterFormat.CSV)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(OutputFileError, match="is a folder"):
        service.export_register(folder, RegisterFormat.CSV)
    assert list(folder.iterdir()) == []
    assert not (tmp_path / "missing").exists()


def test_a_verdict_given_before_every_required_answer_is_marked_provisional(
    service: ReviewService, tmp_path: Path
) -> None:
    """The register says which verdicts are provisional, as the reviews list does."""
    blank = service.create_review("Blank", "Acme").review.reference
    _draft, decided = _fill(service)
    out = tmp_path / "register.json"
    service.export_register(out, RegisterFormat.JSON)
    rows = {r["reference"]: r for r in json.loads(out.read_text(encoding="utf-8"))["reviews"]}
    assert rows[blank]["provisional"] is True
    assert rows[decided]["provisional"] is False
    service.set_answer(blank, "purpose", "Tri")
    service.set_answer(blank, "sector", "retail")
    service.export_register(out, RegisterFormat.JSON)
    rows = {r["reference"]: r for r in json.loads(out.read_text(encoding="utf-8"))["reviews"]}
    assert rows[blank]["provisional"] is False
