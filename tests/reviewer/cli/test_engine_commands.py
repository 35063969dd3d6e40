import json
import subprocess
import sys

import pytest

from reviewer.cli import main
from tests.helpers.engine import pack_data, questionnaire_data
from tests.helpers.files import write_yaml


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["questionnaire", "policy", "answers"])
def test_schema_prints_a_json_schema(capsys, fmt):
    code, out, _ = run(capsys, "schema", fmt)
    assert code == 0
    schema = json.loads(out)
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["additionalProperties"] is False


def test_questionnaire_show_json_structure(capsys, tmp_path):
    path = write_yaml(tmp_path / "q.yaml", questionnaire_data())
    code, out, _ = run(capsys, "questionnaire", "show", "--json", "--file", str(path))
    assert code == 0
    data = json.loads(out)
    assert (data["id"], data["version"]) == ("mini", "1")
    question = data["sections"][1]["questions"][1]
    assert set(question) == {"id", "kind", "label", "help", "options", "required", "visible_if"}
    assert question["visible_if"] == {"equals": {"question": "uses_camera", "value": True}}
    assert set(data["sections"][0]) == {"id", "title", "visible_if", "questions"}


def test_questionnaire_show_text_explains_branching(capsys, tmp_path):
    path = write_yaml(tmp_path / "q.yaml", questionnaire_data())
    code, out, _ = run(capsys, "questionnaire", "show", "--file", str(path))
    assert code == 0
    assert "shown only if Camera use is Yes" in out


def test_policy_validate_reports_each_file(capsys, tmp_path):
    q = write_yaml(tmp_path / "q.yaml", questionnaire_data())
    good = write_yaml(tmp_path / "good.yaml", pack_data())
    bad_data = pack_data()
    bad_data["clauses"][0]["severity"] = "apocalyptic"
    bad = write_yaml(tmp_path / "bad.yaml", bad_data)
    code, out, err = run(
        capsys, "policy", "validate", str(good), str(bad), "--questionnaire", str(q)
    )
    assert code == 2
    assert f"ok   {good}: mini-pack 1, 3 clauses" in out
    assert f"FAIL {bad}" in out
    assert "1 of 2 pack files failed validation" in err


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"", "the file is empty"), (b"\x00\x01binary", "binary"), (b"{oops", "malformed JSON")],
)
def test_score_bad_files_exit_2_with_message(capsys, tmp_path, content, fragment):
    path = tmp_path / "answers.json"
    path.write_bytes(content)
    code, out, err = run(capsys, "score", str(path))
    assert code == 2
    assert out == ""
    assert err.startswith(f"reviewer: error: {path}")
    assert fragment in err


def test_cli_runs_as_a_subprocess_without_traceback(tmp_path):
    path = tmp_path / "missing.json"
    proc = subprocess.run(
        [sys.executable, "-m", "reviewer", "score", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "file not found" in proc.stderr
