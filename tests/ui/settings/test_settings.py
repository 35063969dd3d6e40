"""Settings: the model's round trip, the screen's autosave, connection tests and identities."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reviewer.paths import identities_dir
from reviewer.signing.trust import list_roots
from tests.helpers.signing import ThrowawayIdentity
from tests.ui.conftest import DialogCalls
from ui.settings.model import SCHEMA_VERSION, Settings, load_settings, save_settings, settings_path
from ui.settings.screen import SettingsScreen

pytestmark = pytest.mark.gui


@pytest.fixture
def screen(qtbot: QtBot) -> SettingsScreen:
    """Return a shown Settings screen over the default settings."""
    view = SettingsScreen(load_settings())
    qtbot.add_widget(view)
    view.resize(1100, 760)
    view.show()
    return view


def test_settings_round_trip_with_schema_version(tmp_path: Path) -> None:
    settings = Settings(
        database=str(tmp_path / "r.sqlite3"), language="fr", tsa_url="https://tsa.example/"
    )
    path = save_settings(settings)
    assert path == settings_path() and path.parent.name == "Reviewer"
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["schema_version"] == SCHEMA_VERSION
    assert load_settings() == settings
    assert path.stat().st_mode & 0o077 == 0


def test_older_and_damaged_settings_files(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"database_url": "/srv/r.sqlite3"}), encoding="utf-8")
    migrated = load_settings(path)
    assert migrated.database == "/srv/r.sqlite3" and migrated.schema_version == SCHEMA_VERSION
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == Settings()


def test_changes_are_saved_at_once(qtbot: QtBot, screen: SettingsScreen) -> None:
    with qtbot.wait_signal(screen.settings_saved):
        screen.language.setCurrentIndex(screen.language.findData("fr"))
    screen.tsa.setText("ftp://nope")
    screen.tsa.editingFinished.emit()
    assert screen.problem.isVisibleTo(screen)
    assert "http://" in screen.problem.text()
    assert load_settings().language == "fr"
    assert load_settings().tsa_url == ""


def test_connection_to_a_good_sqlite_file(
    qtbot: QtBot, tmp_path: Path, screen: SettingsScreen
) -> None:
    import sqlite3

    path = tmp_path / "reviews.sqlite3"
    sqlite3.connect(path).close()
    screen.database.setText(str(path))
    with qtbot.wait_signal(screen.connection_checked, timeout=30_000) as done:
        screen.test_button.click()
    assert done.args[0] is True
    assert screen.connection.text().startswith("Works: Connected to sqlite:///")
    assert screen.test_button.isEnabled()


def test_connection_to_a_bad_url_says_so(qtbot: QtBot, screen: SettingsScreen) -> None:
    screen.database.setText("postgresql://nobody@127.0.0.1:1/reviews")
    with qtbot.wait_signal(screen.connection_checked, timeout=30_000) as done:
        screen.test_button.click()
    ok, message = done.args
    assert ok is False
    assert "cannot reach the database server" in message
    assert screen.connection.text().startswith("Does not work:")
    screen.database.setText("mysql://x@y/z")
    with qtbot.wait_signal(screen.connection_checked, timeout=30_000) as done:
        screen.test_button.click()
    assert done.args[0] is False and "SQLite or PostgreSQL only" in done.args[1]


def test_a_file_still_to_create_and_a_missing_folder_are_told_apart(
    qtbot: QtBot, tmp_path: Path, screen: SettingsScreen
) -> None:
    screen.database.setText(str(tmp_path / "new.sqlite3"))
    with qtbot.wait_signal(screen.connection_checked, timeout=30_000) as done:
        screen.test_button.click()
    assert done.args[0] is True
    assert "does not exist yet; Reviewer will create it there" in done.args[1]
    assert not (tmp_path / "new.sqlite3").exists()  # testing creates nothing
    screen.database.setText(str(tmp_path / "no-such-folder" / "new.sqlite3"))
    with qtbot.wait_signal(screen.connection_checked, timeout=30_000) as done:
        screen.test_button.click()
    assert done.args[0] is False
    assert "this folder does not exist; create it or pick another" in done.args[1]


def test_every_data_folder_is_shown(screen: SettingsScreen) -> None:
    labels = screen.folder_labels
    assert labels["identities"].text() == str(identities_dir())
    assert labels["database"].text().startswith("sqlite:///")
    assert labels["logs"].text().endswith("log")
    assert set(labels) == {"database", "settings", "identities", "trust", "logs", "data"}


def test_models_pass_the_model_tester(qtmodeltester: Any, screen: SettingsScreen) -> None:
    qtmodeltester.check(screen.identities.model)
    qtmodeltester.check(screen.trust.model)


def test_create_an_identity_keeps_no_passphrase(
    qtbot: QtBot, screen: SettingsScreen, dialog_calls: DialogCalls
) -> None:
    tab = screen.identities
    tab.name.setText("Zoé Martin")
    tab.email.setText("zoe@example.org")
    tab.organisation.setText("Acme")
    tab.passphrase.setText("correct horse")
    tab.repeat.setText("correct horse")
    with qtbot.wait_signal(tab.created, timeout=60_000) as done:
        tab.create_button.click()
    assert tab.passphrase.text() == "" and tab.repeat.text() == ""
    created = Path(done.args[0])
    assert created.parent == identities_dir() and created.suffix == ".p12"
    assert tab.model.rowCount() == 1
    assert "Zoé Martin" in tab.model.index(0, 1).data()
    assert any("Zoé Martin" in root.subject for root in list_roots())
    assert (
        "correct horse" not in settings_path().read_text(encoding="utf-8")
        if (settings_path().exists())
        else True
    )
    assert dialog_calls.errors == []


def test_differing_passphrases_create_nothing(
    screen: SettingsScreen, dialog_calls: DialogCalls
) -> None:
    tab = screen.identities
    tab.name.setText("Zoe")
    tab.email.setText("zoe@example.org")
    tab.organisation.setText("Acme")
    tab.passphrase.setText("one passphrase")
    tab.repeat.setText("another one")
    tab.create_button.click()
    assert dialog_calls.errors[0][1].startswith("The two passphrases differ")
    assert tab.model.rowCount() == 0


def test_import_identity_and_choose_it(
    qtbot: QtBot,
    screen: SettingsScreen,
    dialog_calls: DialogCalls,
    approver_identity: ThrowawayIdentity,
) -> None:
    tab = screen.identities
    dialog_calls.files.append(approver_identity.p12)
    dialog_calls.passphrases.append("wrong")
    tab.import_button.click()
    assert "wrong passphrase" in dialog_calls.errors[0][1]
    dialog_calls.files.append(approver_identity.p12)
    dialog_calls.passphrases.append("bob-secret")
    tab.import_button.click()
    assert tab.model.rowCount() == 1
    tab.table.selectRow(0)
    with qtbot.wait_signal(screen.settings_saved):
        tab.use_button.click()
    assert load_settings().identity == tab.model.index(0, 0).data()


def test_add_a_trusted_certificate(
    screen: SettingsScreen, dialog_calls: DialogCalls, reviewer_identity: ThrowawayIdentity
) -> None:
    dialog_calls.files.append(reviewer_identity.cert)
    screen.trust.add_button.click()
    assert screen.trust.model.rowCount() == 1
    assert "Zoé Reviewer" in screen.trust.model.index(0, 0).data()
    dialog_calls.files.append(reviewer_identity.p12)  # not a certificate
    screen.trust.add_button.click()
    assert "not a PEM or DER" in dialog_calls.errors[0][1]


def test_the_early_language_reads_the_same_settings_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.settings.language import early_language, settings_file
    from ui.settings.model import Settings, save_settings, settings_path

    assert settings_file() == settings_path()
    monkeypatch.delenv("REVIEWER_LANG", raising=False)
    assert early_language() == "en"
    save_settings(Settings(language="fr"))
    assert early_language() == "fr"
    monkeypatch.setenv("REVIEWER_LANG", "en_GB")
    assert early_language() == "en"


def test_saving_a_setting_keeps_the_assessment_panel_as_the_workspace_left_it(
    screen: SettingsScreen,
) -> None:
    from ui.settings.model import remember_assessment_collapsed

    remember_assessment_collapsed(True)  # collapsed in a review after Settings was built
    screen.language.setCurrentIndex(screen.language.findData("fr"))
    saved = load_settings()
    assert saved.language == "fr"
    assert saved.assessment_collapsed is True
