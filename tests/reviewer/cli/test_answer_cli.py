"""`reviewer review answer` for the intake and the FRIA, and the FRIA step in `review show`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.resources import examples_dir


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, " ".join(out.split()) if "--json" not in argv else out, " ".join(err.split())


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """Return a database holding the shipped public-body example, which owes the FRIA."""
    database = ("--database", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    example = examples_dir() / "public-benefits-eligibility.json"
    code, _, _ = _run(capsys, *database, "review", "import", str(example), "--json")
    assert code == 0
    return database[0], database[1]


def _ref(capsys: pytest.CaptureFixture[str], db: tuple[str, str]) -> str:
    code, out, _ = _run(capsys, *db, "review", "list", "--json")
    assert code == 0
    return str(json.loads(out)[0]["reference"])


def test_fria_answers_typed_as_their_question_asks(
    db: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    ref = _ref(capsys, db)
    code, out, _ = _run(capsys, *db, "review", "show", ref)
    assert code == 0
    assert "Fundamental rights impact assessment" in out
    assert "owed, 9 required question(s) to answer" in out

    code, out, _ = _run(
        capsys, *db, "review", "answer", ref, "--questionnaire", "fria", "fria_notified", "yes"
    )
    assert code == 0, out
    assert "fria_notified saved (fria)" in out
    assert "fria_notified_on" in out  # now asked: when were they notified?
    code, out, _ = _run(
        capsys, *db, "review", "answer", ref, "--questionnaire", "fria",
        "fria_notified_on", "2027-03-15", "--json",
    )  # fmt: skip
    assert code == 0
    assert json.loads(out)["changed"] == ["questionnaires.fria.fria_notified_on"]

    code, out, _ = _run(capsys, *db, "review", "show", ref, "--json")
    fria = json.loads(out)["current"]["questionnaires"][0]
    assert fria["questionnaire"]["id"] == "fria"
    assert fria["answers"] == {"fria_notified": True, "fria_notified_on": "2027-03-15"}
    assert "fria_notified_on" not in fria["missing_required"]


def test_intake_answers_go_through_the_same_command(
    db: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    ref = _ref(capsys, db)
    code, out, _ = _run(capsys, *db, "review", "answer", ref, "org_type", "private_company")
    assert code == 0, out
    code, out, _ = _run(capsys, *db, "review", "show", ref)
    assert "no longer owed; its 0 answer(s) are kept" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--questionnaire", "fria", "fria_frequency", "hourly"], "'hourly' is not an option"),
        (["--questionnaire", "fria", "fria_notified", "perhaps"], "answer yes or no"),
        (["--questionnaire", "fria", "nope", "x"], "'nope' is not a question of fria"),
        (["--questionnaire", "dpia", "x", "y"], "does not owe questionnaire 'dpia'"),
        (["--questionnaire", "fria", "fria_period"], "give an answer, or --clear"),
    ],
)
def test_bad_answers_get_a_clear_message_and_exit_2(
    db: tuple[str, str], capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    ref = _ref(capsys, db)
    code, _, err = _run(capsys, *db, "review", "answer", ref, *argv)
    assert code == 2
    assert message in err
    assert "Traceback" not in err
