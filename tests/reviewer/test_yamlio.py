"""The loaders' caps: size, alias expansion, nesting, numbers, duplicate keys."""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from pathlib import Path

import pytest

from reviewer import limits
from reviewer.answers import load_answers_file
from reviewer.errors import InputFileError, ValidationProblems
from reviewer.library import default_questionnaire
from reviewer.policy import load_policy_pack
from reviewer.questionnaire import load_questionnaire
from reviewer.resources import policies_dir, questionnaires_dir
from reviewer.yamlio import json_depth, load_json_mapping, parse_json_mapping, parse_yaml_mapping
from tests.helpers.fuzz_loaders import alias_bomb_pack


def test_alias_bomb_in_a_when_tree_is_refused_fast(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(alias_bomb_pack(25), encoding="utf-8")
    assert path.stat().st_size < 64_000  # the reported attack was about 35 KB; the packs grew
    started = time.perf_counter()
    with pytest.raises(InputFileError, match=r"expand to more than 200,000 values, the limit"):
        load_policy_pack(path, default_questionnaire())
    # A guard against the hang that was reported, not a speed target: it took minutes before.
    assert time.perf_counter() - started < 30


def test_moderate_alias_tree_is_refused_by_the_condition_cap(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(alias_bomb_pack(9), encoding="utf-8")  # 3**9 leaves: under the YAML cap
    with pytest.raises(ValidationProblems, match="more than 2,000 parts, the limit") as caught:
        load_policy_pack(path, default_questionnaire())
    assert "clauses[0] (id 'art-5-1-a-manipulation').when" in str(caught.value)


def test_small_alias_trees_like_the_shipped_packs_still_load(tmp_path):
    path = tmp_path / "small.yaml"
    path.write_text(alias_bomb_pack(3), encoding="utf-8")
    pack = load_policy_pack(path, default_questionnaire())
    assert pack.id == "eu-ai-act"


def test_recursive_alias_is_refused():
    with pytest.raises(InputFileError, match="an alias refers to a value containing it"):
        parse_yaml_mapping("a: &x [1, *x]\n", "f.yaml")


def test_yaml_nesting_cap():
    deep = "a: " + "[" * (limits.MAX_NESTING_DEPTH + 1) + "]" * (limits.MAX_NESTING_DEPTH + 1)
    with pytest.raises(InputFileError, match="nested more than 64 levels deep"):
        parse_yaml_mapping(deep, "f.yaml")
    ok = "a: " + "[" * 10 + "]" * 10
    assert parse_yaml_mapping(ok, "f.yaml")["a"] == [[[[[[[[[[]]]]]]]]]]


def test_yaml_duplicate_key_names_both_lines():
    with pytest.raises(InputFileError) as caught:
        parse_yaml_mapping("id: a\ntitle: x\nid: b\n", "pack.yaml")
    assert str(caught.value) == (
        "pack.yaml: line 3, column 1: duplicate key 'id' (first at line 1, column 1); "
        "keep only one of them"
    )


def test_yaml_duplicate_key_nested_and_merge_keys_allowed():
    where = r"line 2, column 14: duplicate key 'value' \(first at line 2, column 4\)"
    with pytest.raises(InputFileError, match=where):
        parse_yaml_mapping("w:\n  {value: 1, value: 2}\n", "f.yaml")
    merged = parse_yaml_mapping("base: &b {x: 1, y: 2}\nother:\n  <<: *b\n  y: 3\n", "f.yaml")
    assert merged["other"] == {"x": 1, "y": 3}


def test_yaml_long_number_and_impossible_date():
    with pytest.raises(InputFileError, match="a number of 5,000 characters"):
        parse_yaml_mapping("n: " + "9" * 5000 + "\n", "f.yaml")
    with pytest.raises(InputFileError, match=r"a value cannot be read \(month must be"):
        parse_yaml_mapping("d: 2024-13-45\n", "f.yaml")


def test_json_duplicate_key():
    with pytest.raises(InputFileError, match="duplicate key 'title' in one object"):
        parse_json_mapping('{"title": "a", "answers": {}, "title": "b"}', "a.json")
    # The same key in two different objects is fine.
    assert parse_json_mapping('{"a": {"x": 1}, "b": {"x": 2}}', "a.json")["b"] == {"x": 2}


@pytest.mark.parametrize("depth", [65, 10_000, 100_000])
def test_json_deep_arrays_are_refused(depth):
    text = '{"a": ' + "[" * depth + "]" * depth + "}"
    with pytest.raises(InputFileError, match="nested more than 64 levels deep, the limit"):
        parse_json_mapping(text, "a.json")


def test_json_depth_counts_levels():
    assert json_depth({"a": [[1]]}) == 3
    assert json_depth(1) == 0


@pytest.mark.parametrize("literal", ["9" * 5000, "-" + "1" * 41, "1." + "0" * 50])
def test_json_long_numbers_are_refused(literal):
    with pytest.raises(InputFileError, match="numbers may have at most 40 digits"):
        parse_json_mapping('{"n": ' + literal + "}", "a.json")


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_non_numbers_are_refused(constant):
    with pytest.raises(InputFileError, match=f"{constant} is not a number JSON allows"):
        parse_json_mapping('{"n": ' + constant + "}", "a.json")


def test_oversized_answers_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # sparse: 3 GiB on paper, nothing on disk
        handle.truncate(3 * 1024 * limits.MIB)
    started = time.perf_counter()
    with pytest.raises(InputFileError) as caught:
        load_answers_file(path)
    assert time.perf_counter() - started < 1
    assert str(caught.value) == (
        f"{path}: the file is too large (3072 MiB, over the 2 MiB limit for an answers file); "
        "check that this is the right file"
    )


def test_answers_file_just_over_the_cap_is_refused(tmp_path):
    path = tmp_path / "a.json"
    padding = " " * (limits.MAX_ANSWERS_BYTES - 2)
    path.write_text("{" + padding + "}", encoding="utf-8")
    assert load_json_mapping(path) == {}  # exactly at the cap: read
    path.write_text("{" + padding + " }", encoding="utf-8")
    with pytest.raises(InputFileError, match="over the 2 MiB limit for an answers file"):
        load_json_mapping(path)


def test_oversized_pack_and_questionnaire_are_refused(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text("# " + "x" * limits.MAX_YAML_BYTES + "\nid: a\n", encoding="utf-8")
    message = "over the 2 MiB limit for a policy pack or questionnaire"
    with pytest.raises(InputFileError, match=message):
        load_policy_pack(path)
    with pytest.raises(InputFileError, match=message):
        load_questionnaire(path)


def test_shipped_content_is_within_every_cap():
    for path in [*policies_dir().glob("*.yaml"), *questionnaires_dir().glob("*.yaml")]:
        assert path.stat().st_size < limits.MAX_YAML_BYTES / 10, path
    assert load_questionnaire(questionnaires_dir() / "ai_deployment_intake.yaml")


def test_fifo_over_the_cap_is_refused(tmp_path):
    """A pipe reports no size, so the cap is enforced on what is read."""
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)

    def feed() -> None:
        with contextlib.suppress(BrokenPipeError), fifo.open("wb") as handle:
            handle.write(b"{" + b" " * (limits.MAX_ANSWERS_BYTES + 10) + b"}")

    writer = threading.Thread(target=feed)
    writer.start()
    with pytest.raises(InputFileError, match="the file is too large \\(over the 2 MiB limit"):
        load_json_mapping(Path(fifo))
    writer.join()


def test_answers_json_with_duplicate_answer_key_is_refused(tmp_path):
    doc = {"questionnaire": {"id": "x", "version": "1"}, "title": "t", "organisation": "o"}
    text = json.dumps(doc)[:-1] + ', "answers": {"headcount": 1, "headcount": 2}}'
    path = tmp_path / "a.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError, match="duplicate key 'headcount'"):
        load_answers_file(path)


def test_pure_python_yaml_parser_deep_nesting_is_refused(monkeypatch):
    """Without libyaml, PyYAML's own parser recurses: that too ends in a clear message."""
    import yaml

    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    deep = "a: " + "[" * 5000 + "]" * 5000
    with pytest.raises(InputFileError, match="nested more than 64 levels deep, the limit"):
        parse_yaml_mapping(deep, "f.yaml")
    assert parse_yaml_mapping("a: [[1]]\n", "f.yaml") == {"a": [[1]]}
