"""Explanations in the desk's language: the domain's sentence templates, marked for translation.

The domain words an explanation as sentence templates plus content (`reviewer.phrases`); the
desk looks each template up in Qt's translation, so no English word is glued to French.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reviewer.scoring import Sentence, word

CONTEXT = "Explanations"
MARKED = (
    QT_TRANSLATE_NOOP("Explanations", "{term} is {value}"),
    QT_TRANSLATE_NOOP("Explanations", "{term} is not answered"),
    QT_TRANSLATE_NOOP("Explanations", "{term} is answered"),
    QT_TRANSLATE_NOOP("Explanations", "{term} includes {values}"),
    QT_TRANSLATE_NOOP("Explanations", "{term} is below {value}"),
    QT_TRANSLATE_NOOP("Explanations", "{term} is at most {value}"),
    QT_TRANSLATE_NOOP("Explanations", "{term} is above {value}"),
    QT_TRANSLATE_NOOP("Explanations", "{term} is at least {value}"),
    QT_TRANSLATE_NOOP("Explanations", "{term} is not {value}"),
    QT_TRANSLATE_NOOP("Explanations", "not ({rule})"),
    QT_TRANSLATE_NOOP("Explanations", "{term} is one of: {values}"),
    QT_TRANSLATE_NOOP("Explanations", "{term} includes any of: {values}"),
    QT_TRANSLATE_NOOP("Explanations", "{left} and {right}"),
    QT_TRANSLATE_NOOP("Explanations", "{left} or {right}"),
    QT_TRANSLATE_NOOP("Explanations", "{items}, and {last}"),
    QT_TRANSLATE_NOOP("Explanations", "{items} and {last}"),
    QT_TRANSLATE_NOOP("Explanations", ", "),
)
"""Every template of `reviewer.phrases.TEMPLATES`, marked so lupdate extracts it."""


def translate(template: str) -> str:
    """Return a domain sentence template in the desk's language."""
    return QCoreApplication.translate(CONTEXT, template)


def explain(reasons: Sequence[Sentence], english: str) -> str:
    """Word an explanation in the desk's language; older stored ones have only English."""
    return word(list(reasons), translate) if reasons else english
