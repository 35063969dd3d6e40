import pytest

from reviewer.answers import load_answers_file
from reviewer.errors import InputFileError, ValidationProblems
from tests.helpers.engine import mini_questionnaire
from tests.helpers.files import write_json


def answers_doc(answers, version="1"):
    return {
        "questionnaire": {"id": "mini", "version": version},
        "title": "Body cams",
        "organisation": "Ville de Sète",
        "answers": answers,
    }


def test_valid_answers_load(tmp_path):
    path = write_json(tmp_path / "a.json", answers_doc({"org_type": "police", "headcount": 12}))
    loaded = load_answers_file(path, mini_questionnaire())
    assert loaded.organisation == "Ville de Sète"
    assert loaded.answers["headcount"] == 12


@pytest.mark.parametrize(
    ("answers", "fragment"),
    [
        ({"shoe_size": 42}, "answers.shoe_size: no such question in 'mini'"),
        ({"org_type": "army"}, "'army' is not an option here; choose one of: police, company"),
        ({"org_type": ["police"]}, "expected one option id as a string"),
        ({"functions": "identify"}, "expected a list of option ids"),
        ({"functions": ["identify", "gait"]}, "'gait' is not an option"),
        ({"functions": ["identify", "identify"]}, "more than once"),
        ({"uses_camera": "yes"}, "expected true or false, got 'yes'"),
        ({"headcount": "12"}, "expected a number, got '12'"),
        ({"headcount": True}, "expected a number, got True"),
        ({"start": "27/11/2026"}, "expected a date as YYYY-MM-DD"),
        ({"notes": 5}, "expected text, got 5"),
    ],
)
def test_bad_answers_name_the_question_and_problem(tmp_path, answers, fragment):
    path = write_json(tmp_path / "a.json", answers_doc(answers))
    with pytest.raises(ValidationProblems) as info:
        load_answers_file(path, mini_questionnaire())
    assert str(path) in str(info.value)
    assert fragment in str(info.value)


def test_version_mismatch_is_refused(tmp_path):
    path = write_json(tmp_path / "a.json", answers_doc({}, version="0.9"))
    with pytest.raises(ValidationProblems, match=r"version '0\.9'"):
        load_answers_file(path, mini_questionnaire())


def test_structure_errors(tmp_path):
    doc = answers_doc({})
    del doc["title"]
    doc["expected"] = "PROHIBITED"
    path = write_json(tmp_path / "a.json", doc)
    with pytest.raises(ValidationProblems) as info:
        load_answers_file(path)
    assert "title: required field is missing" in str(info.value)
    assert "expected: unknown field" in str(info.value)


def test_malformed_json_names_line(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('{"title": "x",\n  oops}', encoding="utf-8")
    with pytest.raises(InputFileError, match="malformed JSON at line 2"):
        load_answers_file(path)
