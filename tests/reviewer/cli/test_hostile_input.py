"""The reported hostile inputs, through the CLI: each ends in exit 2 with a message, never 70."""

from __future__ import annotations

import json
import time

import pytest

from reviewer.cli import main
from reviewer.resources import examples_dir
from tests.helpers.fuzz_loaders import alias_bomb_pack


def _answers_with(tmp_path, raw_value: str):
    data = json.loads((examples_dir() / "credit-scoring.json").read_text(encoding="utf-8"))
    text = json.dumps(data)
    path = tmp_path / "a.json"
    path.write_text(text[:-1] + f', "extra": {raw_value}}}', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("[" * 10_000 + "]" * 10_000, "nested more than 64 levels deep, the limit"),
        ("9" * 5000, "a number of 5,000 characters"),
        ('{"a": 1, "a": 2}', "duplicate key 'a' in one object"),
    ],
    ids=["10000-deep-array", "5000-digit-number", "duplicate-key"],
)
def test_score_exits_2_naming_the_file_and_the_limit(tmp_path, capsys, raw, message):
    path = _answers_with(tmp_path, raw)
    assert main(["score", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"reviewer: error: {path}: ")
    assert message in err
    assert "internal error" not in err


def test_policy_validate_and_import_refuse_the_alias_bomb_fast(tmp_path, capsys):
    path = tmp_path / "bomb.yaml"
    path.write_text(alias_bomb_pack(25), encoding="utf-8")
    started = time.perf_counter()
    assert main(["policy", "validate", str(path)]) == 2
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert main(["--database", db, "policy", "import", str(path)]) == 2
    assert time.perf_counter() - started < 10
    captured = capsys.readouterr()
    assert "expand to more than 200,000 values, the limit" in captured.out
    assert f"reviewer: error: {path}: line " in captured.err


def test_questionnaire_with_a_duplicate_key_exits_2(tmp_path, capsys):
    path = tmp_path / "q.yaml"
    path.write_text("id: a\nversion: '1'\nid: b\n", encoding="utf-8")
    assert main(["questionnaire", "show", "--file", str(path)]) == 2
    assert "line 3, column 1: duplicate key 'id'" in capsys.readouterr().err
