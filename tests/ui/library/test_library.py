"""The policy library: search, clause detail, citations, pack import and re-assessment."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reviewer import PolicyPack, Questionnaire
from tests.helpers.engine import pack_data
from tests.ui.conftest import DialogCalls
from ui.library.screen import PolicyLibrary

pytestmark = pytest.mark.gui


@pytest.fixture
def library(
    qtbot: QtBot, questionnaire: Questionnaire, packs: list[PolicyPack], shipped_resources: Path
) -> PolicyLibrary:
    """Return a shown library over the mini pack and example, recording what is imported."""
    imported: list[PolicyPack] = []
    view = PolicyLibrary(questionnaire, packs, on_import=imported.append)
    view.imported_for_test = imported  # type: ignore[attr-defined]
    qtbot.add_widget(view)
    view.resize(1100, 700)
    view.show()
    return view


def shown_titles(library: PolicyLibrary) -> list[str]:
    """Return the clause titles the list shows."""
    proxy = library.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def write_pack(path: Path, **changes: Any) -> Path:
    """Write the mini pack with some top-level fields changed (JSON is YAML)."""
    data = pack_data()
    data.update(changes)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_models_pass_the_model_tester(qtmodeltester: Any, library: PolicyLibrary) -> None:
    qtmodeltester.check(library.model)
    qtmodeltester.check(library.proxy)
    qtmodeltester.check(library.reassessment.model)


def test_search_matches_id_title_summary_and_citation(qtbot: QtBot, library: PolicyLibrary) -> None:
    assert len(shown_titles(library)) == 3
    qtbot.keyClicks(library.search, "emotion")
    assert shown_titles(library) == ["Emotion inference"]
    library.search.setText("register entry")  # only in the large-org clause's summary
    assert shown_titles(library) == ["Large organisation"]
    library.search.setText("police-bodycam")  # a clause id
    assert shown_titles(library) == ["Police identification on body cameras"]
    library.search.setText("Art. 1")  # every clause cites the same article
    assert len(shown_titles(library)) == 3
    library.search.setText("nothing like this")
    assert shown_titles(library) == []
    assert library.count.text() == "0 of 3 clauses"


def test_clause_detail_shows_citation_condition_and_questions(library: PolicyLibrary) -> None:
    assert library.show_clause("mini-pack", "police-bodycam-identify")
    text = library.detail.toPlainText()
    assert library.detail.clause is not None
    assert library.detail.clause.id == "police-bodycam-identify"
    assert "Prohibited" in text
    assert "Test source, Art. 1" in text
    assert "https://example.org/test" in text
    assert "27/11/2026" in text  # the day in the interface language's format (en-GB)
    assert "Police may not identify people with body-worn cameras." in text
    assert "A warrant covers the search" in text
    assert "Log each use." in text
    assert "Questions it depends on" in text
    assert "What kind of organisation deploys it?" in text
    # The condition reads as words, with option labels, never as raw data.
    assert "is Police" in text
    assert "{" not in text


def test_a_citation_in_the_assessment_opens_the_clause(
    qtbot: QtBot, library: PolicyLibrary
) -> None:
    with qtbot.wait_signal(library.clause_shown) as shown:
        library.show_clause("mini-pack", "emotion")
    assert shown.args == ["mini-pack", "emotion"]
    assert not library.show_clause("mini-pack", "no-such-clause")


def test_an_invalid_pack_shows_each_problem_and_imports_nothing(
    tmp_path: Path, library: PolicyLibrary, dialog_calls: DialogCalls
) -> None:
    bad = pack_data()
    bad["version"] = "2"
    bad["clauses"][0]["severity"] = "catastrophic"
    bad["clauses"][1]["when"] = {"equals": {"question": "no_such_question", "value": 1}}
    del bad["clauses"][2]["citation"]
    path = tmp_path / "bad.yaml"
    path.write_text(json.dumps(bad), encoding="utf-8")
    dialog_calls.files.append(path)
    assert library.import_pack() is None
    [(title, message)] = dialog_calls.errors
    assert title == "Pack not imported"
    assert "nothing was imported" in message
    assert "catastrophic" in message or "severity" in message
    assert "citation" in message
    assert len(library.catalogue.packs) == 1
    assert library.imported_for_test == []  # type: ignore[attr-defined]
    assert library.pack_box.count() == 2  # "all packs" and the one version


def test_the_same_version_again_is_refused(
    tmp_path: Path, library: PolicyLibrary, dialog_calls: DialogCalls
) -> None:
    dialog_calls.files.append(write_pack(tmp_path / "same.yaml"))
    assert library.import_pack() is None
    [(_title, message)] = dialog_calls.errors
    assert "already in the library" in message
    assert len(library.catalogue.packs) == 1


def test_a_valid_pack_adds_a_version_and_shows_what_it_changes(
    qtbot: QtBot, tmp_path: Path, library: PolicyLibrary, dialog_calls: DialogCalls
) -> None:
    data = pack_data()
    data["version"] = "2"
    data["clauses"][1]["severity"] = "limited"  # emotion: high -> limited
    data["clauses"] = data["clauses"][1:]  # the prohibited clause is withdrawn
    path = tmp_path / "v2.yaml"
    path.write_text(json.dumps(data), encoding="utf-8")
    dialog_calls.files.append(path)
    with qtbot.wait_signal(library.pack_imported) as imported:
        library.import_pack()
    pack = imported.args[0]
    assert (pack.id, pack.version) == ("mini-pack", "2")
    assert dialog_calls.errors == []
    assert library.imported_for_test == [pack]  # type: ignore[attr-defined]
    assert [p.version for p in library.catalogue.versions("mini-pack")] == ["1", "2"]
    assert library.pack_box.currentText() == "Mini pack, version 2"
    assert len(shown_titles(library)) == 2
    view = library.reassessment
    assert (view.old_box.currentText(), view.new_box.currentText()) == ("1", "2")
    assert view.comparison is not None
    changes = {(c.clause_id, c.change.value) for c in view.comparison.changes}
    # The shipped example (police, body camera, identify + emotion, no warrant) was prohibited.
    assert changes == {
        ("police-bodycam-identify", "removed"),
        ("emotion", "severity changed"),
    }
    assert view.old_verdict.text() == "Prohibited use"
    assert view.new_verdict.text() == "Limited risk"
    assert view.model.rowCount() == 2
    assert "2 clause(s) change" in view.summary.text()
