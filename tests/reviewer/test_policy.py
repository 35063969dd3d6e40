import pytest

from reviewer.errors import ValidationProblems
from reviewer.policy import load_policy_pack
from tests.helpers.engine import mini_pack, mini_questionnaire, pack_data
from tests.helpers.files import write_yaml


def test_pack_exposes_clauses_and_a_stable_hash(tmp_path):
    path = write_yaml(tmp_path / "p.yaml", pack_data())
    pack = load_policy_pack(path, mini_questionnaire())
    assert [c.id for c in pack.clauses] == ["police-bodycam-identify", "emotion", "large-org"]
    assert pack.sha256 == mini_pack().sha256


def test_hash_changes_when_a_clause_changes():
    data = pack_data()
    data["clauses"][1]["severity"] = "limited"
    from reviewer.policy import parse_policy_pack

    assert parse_policy_pack(data, "x").sha256 != mini_pack().sha256


def _clause(data, index):
    return data["clauses"][index]


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda d: _clause(d, 0).update(severity="catastrophic"), "severity: Input should be"),
        (
            lambda d: _clause(d, 1).update(id="emotion") or _clause(d, 2).update(id="emotion"),
            "duplicate clause id",
        ),
        (
            lambda d: _clause(d, 1).update(
                when={"includes": {"question": "functions", "value": "gait"}}
            ),
            "clause 'emotion'.when: question 'functions' offers no option 'gait'",
        ),
        (
            lambda d: _clause(d, 1).update(when={"answered": {"question": "ghost"}}),
            "names unknown question 'ghost'",
        ),
        (lambda d: _clause(d, 0)["citation"].pop("url"), "citation.url: required field is missing"),
        (lambda d: _clause(d, 0).update(colour="red"), "colour: unknown field"),
        (lambda d: d.update(questionnaire="other"), "pack targets questionnaire 'other'"),
    ],
)
def test_invalid_packs_are_explained(tmp_path, mutate, fragment):
    data = pack_data()
    mutate(data)
    path = write_yaml(tmp_path / "p.yaml", data)
    with pytest.raises(ValidationProblems) as info:
        load_policy_pack(path, mini_questionnaire())
    assert str(path) in str(info.value)
    assert fragment in str(info.value)
