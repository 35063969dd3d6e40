"""First run: a new database is created without asking, and the samples import through it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reviewer.errors import ReviewerError
from reviewer.paths import default_database_path
from reviewer.resources import examples_dir
from reviewer.service import ReviewService
from ui.welcome.first_run import (
    FirstRunState,
    SampleImporter,
    check_first_run,
    first_run_state,
    stored_identities,
)


def test_nothing_set_up_is_a_first_run() -> None:
    assert FirstRunState(reviews=0, identities=0).is_first_run
    assert not FirstRunState(reviews=1, identities=0).is_first_run
    assert not FirstRunState(reviews=0, identities=1).is_first_run


def test_the_first_look_creates_and_migrates_the_database(tmp_path: Path) -> None:
    database = default_database_path()
    assert not database.exists()
    assert check_first_run(ReviewService.open, tmp_path / "identities")
    assert database.is_file()
    with ReviewService.open() as service:
        assert service.store.schema().up_to_date


def test_an_identity_file_ends_the_first_run(tmp_path: Path) -> None:
    (tmp_path / "zoe.p12").write_bytes(b"not read, only counted")
    assert stored_identities(tmp_path) == [tmp_path / "zoe.p12"]
    assert first_run_state(ReviewService.open, tmp_path) == FirstRunState(0, 1)
    assert not check_first_run(ReviewService.open, tmp_path)


def test_a_database_that_cannot_open_is_not_treated_as_a_first_run(tmp_path: Path) -> None:
    def broken() -> ReviewService:
        raise ReviewerError("the database is locked")

    assert not check_first_run(broken, tmp_path)


def test_samples_import_every_example_through_the_service(tmp_path: Path) -> None:
    examples = tmp_path / "examples"
    examples.mkdir()
    for name in ("credit-scoring.json", "customer-support-chatbot.json"):
        shutil.copy(examples_dir() / name, examples / name)
    loaded = SampleImporter(ReviewService.open, examples).load()
    assert len(loaded) == 2
    with ReviewService.open() as service:
        assert service.count_reviews() == 2
    assert not check_first_run(ReviewService.open, tmp_path / "identities")


def test_a_bad_sample_imports_nothing(tmp_path: Path) -> None:
    examples = tmp_path / "examples"
    examples.mkdir()
    shutil.copy(examples_dir() / "credit-scoring.json", examples / "a.json")
    (examples / "b.json").write_text(json.dumps({"title": "no answers"}), encoding="utf-8")
    with pytest.raises(ReviewerError, match="nothing was imported"):
        SampleImporter(ReviewService.open, examples).load()
    with ReviewService.open() as service:
        assert service.count_reviews() == 0


def test_no_samples_is_a_readable_error(tmp_path: Path) -> None:
    with pytest.raises(ReviewerError, match="Reinstall Reviewer"):
        SampleImporter(ReviewService.open, tmp_path).load()
