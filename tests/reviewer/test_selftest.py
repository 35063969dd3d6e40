"""The self-test runs the real journey, and reports a broken step instead of hiding it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer import selftest
from reviewer.cli import main as cli_main
from reviewer.selftest import SKIPPED, Journey, SelfTestFailure, run_self_test
from reviewer.signing import verify as verify_module

STEP_NAMES = [name for name, _step in selftest.STEPS]


@pytest.mark.slow
def test_every_step_passes_on_the_shipped_content() -> None:
    result = run_self_test()
    assert [s.name for s in result.steps] == STEP_NAMES
    assert all(s.ok for s in result.steps), result.lines()
    assert result.passed
    assert "verdict" in result.steps[0].detail
    assert "2 signature(s) intact and trusted" in result.steps[4].detail
    assert result.lines()[-1] == "Self-test passed."


@pytest.mark.slow
def test_it_leaves_nothing_in_the_user_folders(isolated_user_dirs: Path) -> None:
    before = {p for p in isolated_user_dirs.rglob("*") if p.suffix in {".p12", ".pem", ".pdf"}}
    run_self_test()
    after = {p for p in isolated_user_dirs.rglob("*") if p.suffix in {".p12", ".pem", ".pdf"}}
    assert after == before


@pytest.mark.slow
def test_a_verification_that_fails_is_reported_and_fails_the_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = verify_module.verify_report

    def untrusting(data: bytes, _roots: list[object], source: str) -> object:
        return real(data, [], source)  # no root trusted: the signature cannot be trusted

    monkeypatch.setattr(selftest, "verify_report", untrusting)
    result = run_self_test()
    assert not result.passed
    assert [s.ok for s in result.steps] == [True, True, True, False, False]
    assert "does not chain to a trusted root" in result.steps[3].detail
    assert result.steps[4].detail == SKIPPED
    assert result.lines()[-1] == "Self-test FAILED."


def test_a_step_that_raises_stops_the_journey_and_names_the_error() -> None:
    ran: list[str] = []

    def fine(journey: Journey) -> str:
        ran.append("fine")
        assert journey.folder.is_dir()
        return "all good"

    def broken(_journey: Journey) -> str:
        raise ValueError("the disk is full")

    def never(_journey: Journey) -> str:
        ran.append("never")
        return "should not run"

    result = run_self_test([("first", fine), ("second", broken), ("third", never)])
    assert ran == ["fine"]
    assert [(s.name, s.ok) for s in result.steps] == [
        ("first", True),
        ("second", False),
        ("third", False),
    ]
    assert result.steps[1].detail == "ValueError: the disk is full"
    assert result.steps[2].detail == SKIPPED
    assert not result.passed


def test_a_missing_earlier_result_is_named() -> None:
    result = run_self_test([("sign", selftest.sign_decision)])
    assert not result.passed
    assert result.steps[0].detail == "the assessment is missing"


def test_no_examples_is_a_readable_failure(tmp_path: Path) -> None:
    with pytest.raises(SelfTestFailure, match="no example intake"):
        selftest.choose_example(tmp_path)


def test_an_empty_run_does_not_pass() -> None:
    assert not run_self_test([]).passed


def test_the_cli_exits_non_zero_when_a_step_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_journey: Journey) -> str:
        raise SelfTestFailure("scoring is broken")

    monkeypatch.setattr(selftest, "STEPS", [("Score an example intake", broken)])
    assert cli_main(["self-test"]) == 1
    out = capsys.readouterr().out
    assert "[FAILED] 1. Score an example intake: scoring is broken" in out
    assert out.rstrip().endswith("Self-test FAILED.")


@pytest.mark.slow
def test_the_cli_exits_zero_when_everything_works(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(STEP_NAMES) + 1
    assert all(line.startswith("[ok]") for line in lines[:-1])
