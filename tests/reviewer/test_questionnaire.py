import pytest

from reviewer.errors import InputFileError, ValidationProblems
from reviewer.questionnaire import load_questionnaire
from tests.helpers.engine import mini_questionnaire, questionnaire_data
from tests.helpers.files import write_yaml


def test_loads_and_hashes_stably(tmp_path):
    path = write_yaml(tmp_path / "q.yaml", questionnaire_data())
    loaded = load_questionnaire(path)
    assert loaded.sha256 == mini_questionnaire().sha256
    assert len(loaded.sha256) == 64


def test_visible_questions_follow_answers():
    q = mini_questionnaire()
    assert "camera_type" not in q.visible_question_ids({})
    assert "camera_type" in q.visible_question_ids({"uses_camera": True})
    assert "warrant" not in q.visible_question_ids({"uses_camera": True})
    shown = q.visible_question_ids({"uses_camera": True, "functions": ["identify"]})
    assert "warrant" in shown
    # Hiding the parent hides the grandchild too, even with stale answers kept.
    stale = {"uses_camera": False, "functions": ["identify"], "warrant": True}
    assert "warrant" not in q.visible_question_ids(stale)
    assert q.visible_answers(stale) == {"uses_camera": False}


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "the file is empty"),
        (b"   \n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b"id: [unclosed", "malformed YAML at line"),
        (b"- just\n- a list\n", "top level must be a mapping"),
        (b"\xff\xfe\xfa", "not UTF-8"),
    ],
)
def test_unreadable_files_name_the_file_and_problem(tmp_path, content, fragment):
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    with pytest.raises(InputFileError) as info:
        load_questionnaire(path)
    assert str(path) in str(info.value)
    assert fragment in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputFileError, match="file not found"):
        load_questionnaire(tmp_path / "nope.yaml")


def _mutated(mutate):
    data = questionnaire_data()
    mutate(data)
    return data


def _q(data, section, index):
    return data["sections"][section]["questions"][index]


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda d: d.update(colour="red"), "colour: unknown field"),
        (lambda d: _q(d, 0, 0).update(kind="slider"), "sections[0] (id 'deployer').questions[0]"),
        (lambda d: _q(d, 0, 1).update(id="org_type"), "question 'org_type': duplicate question id"),
        (
            lambda d: _q(d, 1, 1).update(
                visible_if={"equals": {"question": "nope", "value": True}}
            ),
            "names unknown question 'nope'",
        ),
        (
            lambda d: _q(d, 1, 1).update(
                visible_if={"equals": {"question": "org_type", "value": "army"}}
            ),
            "offers no option 'army'",
        ),
        (
            lambda d: _q(d, 0, 0).update(
                visible_if={"equals": {"question": "uses_camera", "value": True}}
            ),
            "may only name earlier questions",
        ),
        (
            lambda d: _q(d, 1, 3).update(
                visible_if={"equals": {"question": "functions", "value": "identify"}}
            ),
            "use 'includes'",
        ),
        (lambda d: _q(d, 0, 0).update(options=[{"id": "a", "label": "A"}]), "at least two"),
        (lambda d: _q(d, 0, 1).update(options=[{"id": "a", "label": "A"}]), "takes no options"),
        (lambda d: _q(d, 0, 0).pop("label"), "label: required field is missing"),
    ],
)
def test_invalid_questionnaires_are_explained(tmp_path, mutate, fragment):
    path = write_yaml(tmp_path / "q.yaml", _mutated(mutate))
    with pytest.raises(ValidationProblems) as info:
        load_questionnaire(path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert fragment in message


def test_asked_because_falls_back_to_the_rule_in_words():
    questionnaire = mini_questionnaire()
    camera = questionnaire.questions["camera_type"]
    assert camera.asked_because_text(questionnaire) == "Camera use is Yes"
    data = questionnaire_data()
    data["sections"][1]["questions"][1]["asked_because"] = "cameras are used"
    from reviewer.questionnaire import parse_questionnaire

    authored = parse_questionnaire(data, "q.yaml")
    assert authored.questions["camera_type"].asked_because_text(authored) == "cameras are used"
    assert authored.sha256 != questionnaire.sha256
    data["sections"][0]["questions"][0]["asked_because"] = "always"
    with pytest.raises(ValidationProblems, match="asked_because needs a visible_if"):
        parse_questionnaire(data, "q.yaml")
