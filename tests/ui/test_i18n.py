"""Translations: the French file is complete, and switching to French shows French on screen."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.content import load_content
from ui.i18n import install_language, translations_dir
from ui.main_window import MainWindow
from ui.settings.model import Settings, chosen_language

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "reviewer_fr.ts"


@pytest.fixture
def french(qapp: QApplication, shipped_resources: Path) -> Iterator[QApplication]:
    """Switch the app to French for one test, then back to English."""
    (shipped_resources / "translations").symlink_to(TS.parent)
    assert install_language(qapp, "fr")
    yield qapp
    install_language(qapp, "en")


def test_the_french_file_has_no_unfinished_entry() -> None:
    messages = list(ET.parse(TS).iter("message"))
    assert len(messages) > 250
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        source = message.findtext("source")
        assert translation.get("type") is None, source
        if message.get("numerus") == "yes":  # French has two forms: 0 or 1, and more
            forms = [form.text or "" for form in translation.iter("numerusform")]
            assert len(forms) == 2 and all("%n" in form for form in forms), source
            continue
        assert (translation.text or "").strip(), source
    assert (translations_dir() / "reviewer_fr.qm").is_file()


def test_the_french_file_covers_every_string_in_the_code(tmp_path: Path) -> None:
    """Extracting the strings again finds nothing new: no visible string is left untranslated."""
    root = TS.parents[2]
    copy = tmp_path / "reviewer_fr.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p.relative_to(root)) for p in (root / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)],
        cwd=root,
        capture_output=True,
        check=True,
    )
    assert _entries(copy) - _entries(TS) == set(), "run resources/translations/update.sh"


def _entries(ts: Path) -> set[tuple[str | None, str | None]]:
    """Return each (context, source text) pair a .ts file holds."""
    return {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).iter("context")
        for message in context.iter("message")
    }


def test_reviewer_lang_overrides_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    assert chosen_language(Settings(language="fr")) == "fr"
    monkeypatch.setenv("REVIEWER_LANG", "en_GB.UTF-8")
    assert chosen_language(Settings(language="fr")) == "en"
    monkeypatch.setenv("REVIEWER_LANG", "fr")
    assert chosen_language(Settings()) == "fr"


@pytest.mark.gui
def test_switching_to_french_shows_french_on_the_main_window(
    qtbot: QtBot, shipped_resources: Path, french: QApplication, tmp_path: Path
) -> None:
    from reviewer.service import ReviewService

    content = load_content()
    service = ReviewService.open(
        f"sqlite:///{tmp_path / 'fr.sqlite'}",
        questionnaire=content.questionnaire,
        packs=content.packs,
    )
    window = MainWindow(content, service=service)
    qtbot.add_widget(window)
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == [
        "Vue d’ensemble",
        "Évaluations",
        "Référentiels",
        "Audit",
        "Vérifier",
        "Paramètres",
    ]
    assert window.database_label.text().startswith("Base de données : ")
    assert window.identity_label.text() == "Identité de signature : aucune choisie"
    assert window.reviews is not None
    page = window.reviews.list_page
    assert page.status_filter.itemText(1) == "En attente de mon approbation"
    change = service.create_review("Caméras", "Police municipale")
    window.reviews.open_review(change.review.id)
    assert window.workspace is not None
    assert window.workspace.status_badge.text() == "Brouillon"
    view = window.workspace.intake_view
    assert view.step_title(view.model.rowCount() - 1) == "Signer et approuver"
    assert window.workspace.assessment_panel.badge.text() in {
        "Usage interdit",
        "Risque élevé",
        "Risque limité",
        "Risque minimal",
    }
    verify = window.pages["Verify"]
    assert verify.open_button.text() == "Ouvrir un PDF…"  # type: ignore[attr-defined]
    window.close()
    service.close()


@pytest.mark.gui
def test_an_unknown_language_stays_english(qtbot: QtBot, shipped_resources: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert not install_language(app, "xx")
    window = MainWindow(load_content())
    qtbot.add_widget(window)
    assert window.navigation.item(0).text() == "Overview"


def test_every_explanation_template_of_the_domain_is_marked_for_translation() -> None:
    from reviewer.phrases import TEMPLATES
    from ui.explanations import MARKED

    assert sorted(map(str, MARKED)) == sorted(TEMPLATES)


def test_an_explanation_is_worded_in_french_around_its_content(qapp: QApplication) -> None:
    from reviewer.phrases import INCLUDES, phrase
    from reviewer.scoring import Sentence, word
    from ui.explanations import translate

    assert install_language(qapp, "fr")
    try:
        reasons = [
            Sentence.model_validate(phrase(INCLUDES, term="Uses", values=["A", "B"]).to_data()),
            Sentence.model_validate(phrase("{term} is {value}", term="Org", value="X").to_data()),
        ]
        assert word(reasons, translate) == "Uses : comprend A et B et Org : X"
    finally:
        install_language(qapp, "en")
    assert word(reasons, translate) == "Uses includes A and B, and Org is X"
