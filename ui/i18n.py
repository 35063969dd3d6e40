"""The interface language: loading Reviewer's Qt translation (and Qt's own) into the app.

Only the app's own words are translated. Questionnaires and policy packs are content, kept in
the language they were written in (English for the shipped ones).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "fr": "Français"}
_installed: list[QTranslator] = []
_Key = TypeVar("_Key")


def marked(table: Mapping[_Key, object]) -> dict[_Key, str]:
    """Return a table of QT_TRANSLATE_NOOP-marked texts, typed as the strings they are.

    The marker returns its text unchanged, but the PySide6 stubs declare it as returning object.
    """
    return {key: str(text) for key, text in table.items()}


def translations_dir() -> Path:
    """Return the folder of the compiled translations (reviewer_xx.qm)."""
    from reviewer.resources import resources_dir

    return resources_dir() / "translations"


def install_language(app: QCoreApplication, language: str) -> bool:
    """Replace the app's translators with those of a language; return False when none loads."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES or language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        # English needs words only for its plural forms ("1 review", "2 reviews").
        plurals = QTranslator(app)
        if plurals.load(str(translations_dir() / "reviewer_en.qm")):
            app.installTranslator(plurals)
            _installed.append(plurals)
        return language == "en"
    ours = QTranslator(app)
    if not ours.load(str(translations_dir() / f"reviewer_{language}.qm")):
        log.warning("no %s translation in %s; staying in English", language, translations_dir())
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    # Qt's own strings (standard buttons such as Cancel) come from Qt's translations.
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(QLocale(language))
    return True


def day_text(day: date) -> str:
    """Return a day in the interface language's short format (1 Dec 2026 is 01/12/2026 in fr)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def moment_text(moment: datetime, *, utc: bool = False, seconds: bool = False) -> str:
    """Return a moment as a day and a time in the interface language's format.

    Local time unless ``utc``, which names the zone ("UTC"): verification speaks in UTC.
    """
    moment = moment.astimezone(UTC) if utc else moment.astimezone()
    clock = "HH:mm:ss" if seconds else "HH:mm"
    time = QTime(moment.hour, moment.minute, moment.second).toString(clock)
    text = f"{day_text(moment.date())} {time}"
    return f"{text} UTC" if utc else text
