"""In French, no English is left on screen: every screen and dialog, every visible text.

The test switches the app to French, opens every screen and dialog (the modal ones through the
dialog seam) with the sample reviews, collects every text a person can read (labels, buttons,
menus and actions, tooltips, headers, cells, placeholders, titles, tabs, group boxes, status
bar), and fails on any that is English:

- a source string of the .ts file (whose French differs) or a string literal of ui/;
- a text matching an English template of the .ts file (e.g. "Signing identity: none chosen");
- English words glued to content ("Does not apply: …", "… is …", "not (…)").

Text that comes from the questionnaire, the policy packs and the sample reviews is content,
kept in the language it was written in, and is set aside first.
"""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from ui.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "reviewer_fr.ts"
# Literals of these modules are sample data (names, rationales), not interface text.
SAMPLE_MODULES = {"ui/reviews/sample.py", "ui/screenshots.py", "ui/verify/sample.py"}
# Words the same in both languages, or names.
SAME_IN_BOTH = {"Audit", "Reviewer", "OK", "PDF", "SHA-256", "Email", "Organisation", "Type"}
# Each language is offered under its own name.
SAME_IN_BOTH |= set(LANGUAGES.values())
ENGLISH_GLUE = re.compile(
    r"\b(the|and|is|not|of|does|apply|includes|answered|with|your|this|none|chosen|because"
    r"|none|one of|any of|reviews|match|previous|help|welcome)\b",
    re.IGNORECASE,
)
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")

pytestmark = pytest.mark.gui


def normalise(text: str) -> str:
    """Return a text as read: rich text as plain, no mnemonic ampersands, single spaces.

    Zero-width spaces (break points the layout adds inside long identifiers) are dropped.
    """
    text = text.replace("\u200b", "")
    if re.search(r"<[A-Za-z/][^<>]*>", text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = re.sub(r"&(?=\S)", "", text.replace("&&", "\0")).replace("\0", "&")
    return " ".join(text.split())


def _strings(value: Any) -> Iterator[str]:
    """Yield every string inside nested data."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _literals(path: Path) -> Iterator[str]:
    """Yield the string literals of a module, whole ones and the fixed parts of f-strings."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def english_sources() -> tuple[set[str], list[re.Pattern[str]], list[str]]:
    """Return the English texts, templates and sentences the French screen must not show."""
    exact: set[str] = set()
    french: set[str] = set()
    templates: list[re.Pattern[str]] = []
    sentences: list[str] = []
    for message in ET.parse(TS).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [] if translation is None else [translation.text or ""]
        if translation is not None:
            forms += [form.text or "" for form in translation.iter("numerusform")]
        text = normalise(source)
        french.update(normalise(form) for form in forms)
        if text in SAME_IN_BOTH or any(normalise(form) == text for form in forms):
            continue
        if PLACEHOLDER.search(text):
            literal = PLACEHOLDER.sub("", text)
            if len(re.findall(r"[A-Za-z]", literal)) >= 6:
                parts = PLACEHOLDER.split(text)
                templates.append(re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL))
        else:
            exact.add(text)
            if len(text.split()) >= 4 and text.endswith("."):
                sentences.append(text)
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if str(path.relative_to(ROOT)) in SAMPLE_MODULES:
            continue
        for literal in _literals(path):
            text = normalise(literal)
            phrase = " " in text or text[:1].isupper()
            english = phrase and re.search(r"[A-Za-z]{2}", text) and not PLACEHOLDER.search(text)
            if english and text not in SAME_IN_BOTH and text not in french:
                exact.add(text)
    return exact, templates, sentences


def content_texts(content: Any) -> list[str]:
    """Return the texts of the questionnaire, packs and sample reviews, longest first.

    A pack's sentence with placeholders ("why" it triggered) is content too: it is matched
    as a pattern (see `is_content`).
    """
    from reviewer.resources import examples_dir

    texts: set[str] = set()
    texts.update(_strings(content.questionnaire.model_dump(mode="json")))
    for pack in content.packs:
        texts.update(_strings(pack.model_dump(mode="json")))
    for example in examples_dir().glob("*.json"):
        texts.update(_strings(json.loads(example.read_text(encoding="utf-8"))))
    for module in SAMPLE_MODULES:
        texts.update(_literals(ROOT / module))
    texts.update(("Alice Martin", "Bruno Keller", "City", "Patrol body cameras"))
    return sorted({normalise(t) for t in texts if len(t.strip()) > 1}, key=len, reverse=True)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """Yield (where, text) for every text a person can read in a widget and its children."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        where = f"{type(widget).__name__}#{widget.objectName()}"
        yield where + ".toolTip", widget.toolTip()
        if widget.isWindow():
            yield where + ".windowTitle", widget.windowTitle()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            yield where + ".placeholder", widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                yield where + ".tab", widget.tabText(tab)
        elif isinstance(widget, QComboBox):
            for item in range(widget.count()):
                yield where + ".item", widget.itemText(item)
        elif isinstance(widget, QMenu):
            yield where + ".title", widget.title()
        elif isinstance(widget, QWizard):
            for button in QWizard.WizardButton:
                if button.value <= QWizard.WizardButton.CustomButton3.value:
                    yield where + ".button", widget.buttonText(button)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _item_texts(where, widget)
    for action in root.findChildren(QAction):
        yield f"QAction#{action.objectName()}", action.text()
        yield f"QAction#{action.objectName()}.toolTip", action.toolTip()


def _columns(model: Any, parent: QModelIndex) -> int:
    """Return a model's column count; a list model keeps the method private and has one."""
    try:
        return int(model.columnCount(parent))
    except TypeError:
        return 1


def _item_texts(where: str, view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    """Yield the headers of an item view and the texts of its first rows."""
    model = view.model()
    for orientation in (Qt.Orientation.Horizontal,):
        for section in range(_columns(model, QModelIndex())):
            header = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(header, str):
                yield where + ".header", header

    def walk(parent: QModelIndex, depth: int) -> Iterator[tuple[str, str]]:
        for row in range(min(model.rowCount(parent), 40)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield where + ".cell", value
                if column == 0 and depth < 3 and model.rowCount(index) > 0:
                    yield from walk(index, depth + 1)

    yield from walk(QModelIndex(), 0)


def is_content(text: str, content: list[str]) -> bool:
    """Tell whether a text is content: one of its texts, or one of its filled-in sentences."""
    if text in content:
        return True
    for data in content:
        if "{" in data and PLACEHOLDER.search(data):
            parts = PLACEHOLDER.split(data)
            if re.fullmatch(".+?".join(re.escape(p) for p in parts), text, re.DOTALL):
                return True
    return False


def english_found(
    texts: Iterable[tuple[str, str]], content: list[str]
) -> list[tuple[str, str, str]]:
    """Return (where, text, why) for each text that is English."""
    exact, templates, sentences = english_sources()
    found = []
    seen: set[str] = set()
    for where, raw in texts:
        text = normalise(raw)
        if not text or text in seen:
            continue
        seen.add(text)
        if is_content(text, content):
            continue
        if text in exact:
            found.append((where, text, "an English source string"))
            continue
        template = next((t.pattern for t in templates if t.fullmatch(text)), None)
        if template is not None:
            found.append((where, text, f"the English template {template}"))
            continue
        sentence = next((s for s in sentences if s in text), None)
        if sentence is not None:
            found.append((where, text, f"the English sentence {sentence!r}"))
            continue
        rest = text
        for data in content:
            if data in rest:
                rest = rest.replace(data, " § ")
        # Paths, addresses and file names are neither language.
        rest = re.sub(r"\S*[/\\@]\S*|\S+\.(pdf|p12|pem|txt|json|sqlite)\b", " ", rest)
        glue = ENGLISH_GLUE.search(rest)
        if glue is not None:
            found.append((where, text, f"the English word {glue.group(0)!r} around content"))
    return found


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QApplication]:
    """Switch the app to French (the shipped translation) for one test, then back to English."""
    from ui.i18n import install_language

    assert install_language(qapp, "fr")
    yield qapp
    install_language(qapp, "en")


def test_the_check_finds_english(qtbot: QtBot) -> None:
    """The check itself: an English label, template or glued explanation is caught."""
    content = ["Camera type", "Body-worn camera"]
    found = english_found(
        [
            ("a", "Signing identity: none chosen"),
            ("b", "Pourquoi : Camera type is Body-worn camera."),
            ("c", "<h1>Welcome to Reviewer</h1>"),
            ("d", "Camera type"),
            ("e", "Identité de signature : Alice Martin"),
        ],
        content,
    )
    assert [where for where, _text, _why in found] == ["a", "b", "c"]


def test_every_screen_and_dialog_is_french(
    qtbot: QtBot, french: QApplication, dialog_calls: Any, tmp_path: Path
) -> None:
    from reviewer.paths import identities_dir
    from reviewer.resources import examples_dir
    from ui.content import load_content
    from ui.reviews.sample import stored_sample
    from ui.screenshots import SIZE, _shots, _stored_window
    from ui.welcome.install import install_welcome
    from ui.welcome.wizard import IdentityWizard

    content = load_content()
    assert content.questionnaire is not None
    data = content_texts(content)
    texts: list[tuple[str, str]] = []
    with stored_sample(content) as sample:
        assert sample is not None and sample.signed is not None
        window = _stored_window(content, sample)
        qtbot.add_widget(window)
        install_welcome(
            window, window.stack, lambda: sample.service, examples_dir(), identities_dir()
        )
        window.resize(*SIZE)
        window.show()
        for _name, show in _shots(window, sample):
            dialog = show()
            QApplication.processEvents()
            texts += visible_texts(window)
            if dialog is not None:
                texts += visible_texts(dialog)
                dialog.close()
        library = window.library
        assert library is not None
        pack = content.packs[0]
        for clause in pack.clauses[:5]:
            library.show_clause(pack.id, clause.id)
            texts += visible_texts(window)
        wizard = IdentityWizard(tmp_path)
        qtbot.add_widget(wizard)
        wizard.show()
        for _page in range(3):
            texts += visible_texts(wizard)
            wizard.next()
        window.close()
    found = english_found(texts, data)
    report = "\n".join(f"{where}: {text!r} ({why})" for where, text, why in found)
    assert not found, f"{len(found)} English texts on the French screens:\n{report}"
