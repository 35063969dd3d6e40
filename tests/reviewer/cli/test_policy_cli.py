import json

from reviewer import default_policy_packs
from reviewer.cli import main
from reviewer.resources import policies_dir


def test_policy_list_json_names_hashes_and_clauses(capsys):
    assert main(["policy", "list", "--json"]) == 0
    packs = json.loads(capsys.readouterr().out)
    assert [p["id"] for p in packs] == [
        "data-protection",
        "eu-ai-act",
        "microsoft-ai-code-of-conduct",
    ]
    assert all(len(p["sha256"]) == 64 for p in packs)
    assert sum(len(p["clauses"]) for p in packs) >= 30


def test_policy_import_then_versions(capsys, tmp_path):
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    shipped = next(p.version for p in default_policy_packs() if p.id == "eu-ai-act")
    text = (policies_dir() / "eu_ai_act.yaml").read_text(encoding="utf-8")
    assert f'version: "{shipped}"' in text
    path = tmp_path / "eu.yaml"
    path.write_text(text.replace(f'version: "{shipped}"', 'version: "2027-01"'), encoding="utf-8")
    assert main(["--database", db, "policy", "import", str(path)]) == 0
    assert "imported: eu-ai-act 2027-01" in capsys.readouterr().out
    assert main(["--database", db, "policy", "versions"]) == 0
    out = capsys.readouterr().out
    assert "current  eu-ai-act 2027-01" in out
    assert f"kept     eu-ai-act {shipped}" in out


def test_policy_import_of_invalid_file_exits_2(capsys, tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("id: x\nclauses: [\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert main(["--database", db, "policy", "import", str(path)]) == 2
    assert f"{path}: malformed YAML" in capsys.readouterr().err
