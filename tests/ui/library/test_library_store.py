"""The policy library keeps imported pack versions in the store, audited and current."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reviewer import default_policy_packs, default_questionnaire
from reviewer.resources import policies_dir
from reviewer.service import ReviewService
from tests.ui.conftest import DialogCalls
from ui.library.screen import PolicyLibrary

pytestmark = pytest.mark.gui


def shipped_eu_version() -> str:
    return next(p.version for p in default_policy_packs() if p.id == "eu-ai-act")


def next_eu_version(tmp_path: Path) -> Path:
    text = (policies_dir() / "eu_ai_act.yaml").read_text(encoding="utf-8")
    label = f'version: "{shipped_eu_version()}"'
    assert label in text
    path = tmp_path / "eu-next.yaml"
    path.write_text(text.replace(label, 'version: "2027-01"'), encoding="utf-8")
    return path


def test_an_import_is_stored_and_shown_again_after_reopening(
    qtbot: QtBot, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    url = f"sqlite:///{tmp_path / 'reviews.sqlite3'}"
    with ReviewService.open(url) as service:
        library = PolicyLibrary(default_questionnaire(), default_policy_packs())
        qtbot.add_widget(library)
        library.attach_store(service)
        dialog_calls.files.append(next_eu_version(tmp_path))
        with qtbot.wait_signal(library.pack_imported):
            library.import_pack()
        assert dialog_calls.errors == []
        assert {p.id: p.version for p in service.packs}["eu-ai-act"] == "2027-01"
        assert service.verify_audit().ok
    with ReviewService.open(url) as reopened:
        again = PolicyLibrary(default_questionnaire(), default_policy_packs())
        qtbot.add_widget(again)
        again.attach_store(reopened)
        assert [p.version for p in again.catalogue.versions("eu-ai-act")] == [
            shipped_eu_version(),
            "2027-01",
        ]


def test_an_invalid_file_stores_nothing(
    qtbot: QtBot, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    url = f"sqlite:///{tmp_path / 'reviews.sqlite3'}"
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: eu-ai-act\nclauses: [\n", encoding="utf-8")
    with ReviewService.open(url) as service:
        library = PolicyLibrary(default_questionnaire(), default_policy_packs())
        qtbot.add_widget(library)
        library.attach_store(service)
        dialog_calls.files.append(bad)
        assert library.import_pack() is None
        [(_title, message)] = dialog_calls.errors
        assert "bad.yaml" in message and "Nothing was imported" in message
        assert service.policy_versions() == []


def test_reassessment_compares_stored_reviews(
    qtbot: QtBot, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    from reviewer.resources import examples_dir

    url = f"sqlite:///{tmp_path / 'reviews.sqlite3'}"
    with ReviewService.open(url) as service:
        [stored] = service.import_files([examples_dir() / "exam-proctoring.json"])
        library = PolicyLibrary(default_questionnaire(), default_policy_packs())
        qtbot.add_widget(library)
        library.attach_store(service)
        view = library.reassessment
        assert view.answers_box.count() == 1
        assert view.answers_box.currentText().startswith(stored.title)
        text = (policies_dir() / "eu_ai_act.yaml").read_text(encoding="utf-8")
        label = f'version: "{shipped_eu_version()}"'
        assert label in text
        regraded = text.replace(label, 'version: "2027-01"').replace(
            "severity: high", "severity: limited"
        )
        path = tmp_path / "eu-regraded.yaml"
        path.write_text(regraded, encoding="utf-8")
        dialog_calls.files.append(path)
        with qtbot.wait_signal(library.pack_imported):
            library.import_pack()
        view.choose_pack("eu-ai-act")
        assert (view.old_box.currentText(), view.new_box.currentText()) == (
            shipped_eu_version(),
            "2027-01",
        )
        assert view.comparison is not None
        assert {c.change.value for c in view.comparison.changes} == {"severity changed"}
        assert "most recently changed reviews" in view.note.text()
