"""Terminal output: control and bidi characters from user text never reach the terminal raw."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.cli.output import terminal_safe
from reviewer.resources import examples_dir

HOSTILE = "Bodycam\x1b[2K\rVerdict: MINIMAL\x07 \u202egnp.exe\u2066x\u2069\x9b31m\x7f"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def test_terminal_safe_escapes_controls_and_bidi():
    assert terminal_safe(HOSTILE) == (
        "Bodycam\\u001b[2K\\u000dVerdict: MINIMAL\\u0007 \\u202egnp.exe\\u2066x\\u2069"
        "\\u009b31m\\u007f"
    )


def test_terminal_safe_keeps_ordinary_text_and_newlines_only_when_multiline():
    text = "Zoé Dupont, 東京都, 👩‍⚖️ (zero-width joiner kept)"
    assert terminal_safe(text) == text
    assert terminal_safe("a\nb\tc") == "a\\u000ab\\u0009c"
    assert terminal_safe("a\nb\tc", multiline=True) == "a\nb\tc"


def _hostile_answers(tmp_path: Path) -> Path:
    data = json.loads((examples_dir() / "credit-scoring.json").read_text(encoding="utf-8"))
    data["title"] = HOSTILE
    data["organisation"] = "Org\nVerdict: MINIMAL"
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_score_escapes_the_title_and_cannot_forge_a_line(tmp_path, capsys):
    assert main(["score", str(_hostile_answers(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert not RAW.search(out)
    first = out.splitlines()[0]
    assert first.startswith("Bodycam\\u001b[2K\\u000dVerdict: MINIMAL\\u0007")
    assert first.endswith("(Org\\u000aVerdict: MINIMAL)")


def test_score_json_stays_valid_json_with_the_same_text(tmp_path, capsys):
    path = _hostile_answers(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["answers"]["use_case_description"] = HOSTILE
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["score", "--json", str(path)]) == 0
    out = capsys.readouterr().out
    assert not RAW.search(out)
    json.loads(out)


def test_review_list_and_show_escape_the_title(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    path = _hostile_answers(tmp_path)
    assert main(["--database", db, "review", "import", str(path)]) == 0
    imported = capsys.readouterr().out
    assert not RAW.search(imported)
    review_id = imported.splitlines()[1].split()[0]
    assert main(["--database", db, "review", "list"]) == 0
    listed = capsys.readouterr().out
    assert not RAW.search(listed)
    assert "Bodycam\\u001b[2K\\u000dVerdict: MINIMAL" in listed
    assert len(listed.splitlines()) == 1
    assert main(["--database", db, "review", "show", review_id]) == 0
    shown = capsys.readouterr().out
    assert not RAW.search(shown)
    assert shown.splitlines()[0].endswith("(Org\\u000aVerdict: MINIMAL)")
    assert main(["--database", db, "review", "show", "--json", review_id]) == 0
    raw_json = capsys.readouterr().out
    assert not RAW.search(raw_json)
    assert json.loads(raw_json)["summary"]["title"] == HOSTILE


def test_error_messages_are_escaped(tmp_path, capsys):
    missing = tmp_path / "no\x1b]0;pwned\x07such.json"
    assert main(["score", str(missing)]) == 2
    err = capsys.readouterr().err
    assert not RAW.search(err)
    assert "no\\u001b]0;pwned\\u0007such.json: file not found" in err


@pytest.mark.parametrize("char", ["\x1b", "\x07", "\r", "\u202e", "\x85", "\u2028"])
def test_every_kind_of_hidden_character_is_escaped(char):
    assert terminal_safe(f"a{char}b") == f"a\\u{ord(char):04x}b"
