"""Explanations as sentence templates and the content they name, so each front end words them.

A template is an English sentence with named placeholders; it is also the message id under which
a translated front end finds its own wording (the desk marks every template below for Qt's
translation). The placeholders hold content (question terms, answer labels), which stays in the
language it was written in. Nothing here imports Qt: a front end passes its ``translate``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Final

Translate = Callable[[str], str]

# One answer, in words (evaluation).
IS: Final = "{term} is {value}"
NOT_ANSWERED: Final = "{term} is not answered"
ANSWERED: Final = "{term} is answered"
INCLUDES: Final = "{term} includes {values}"
BELOW: Final = "{term} is below {value}"
AT_MOST: Final = "{term} is at most {value}"
ABOVE: Final = "{term} is above {value}"
AT_LEAST: Final = "{term} is at least {value}"
IS_NOT: Final = "{term} is not {value}"
# A rule, in words (the policy library, "asked because").
NOT: Final = "not ({rule})"
ONE_OF: Final = "{term} is one of: {values}"
INCLUDES_ANY_OF: Final = "{term} includes any of: {values}"
BOTH: Final = "{left} and {right}"
EITHER: Final = "{left} or {right}"
# Lists: reasons end in ", and"; answer labels in " and"; options in ", ".
REASONS_END: Final = "{items}, and {last}"
LABELS_END: Final = "{items} and {last}"
LIST_SEPARATOR: Final = ", "

TEMPLATES: Final = (
    IS,
    NOT_ANSWERED,
    ANSWERED,
    INCLUDES,
    BELOW,
    AT_MOST,
    ABOVE,
    AT_LEAST,
    IS_NOT,
    NOT,
    ONE_OF,
    INCLUDES_ANY_OF,
    BOTH,
    EITHER,
    REASONS_END,
    LABELS_END,
    LIST_SEPARATOR,
)
"""Every template the domain words explanations with; a front end translates each one."""


def same(text: str) -> str:
    """Return a template unchanged: the English wording."""
    return text


def join_labels(labels: Sequence[str], translate: Translate = same) -> str:
    """Join answer labels as 'A, B and C'."""
    return _join(labels, LABELS_END, translate)


def join_reasons(texts: Sequence[str], translate: Translate = same) -> str:
    """Join reason texts as 'A, B, and C' into one sentence, each once."""
    return _join(list(dict.fromkeys(texts)), REASONS_END, translate)


def join_options(labels: Sequence[str], translate: Translate = same) -> str:
    """Join option labels as 'A, B, C'."""
    return translate(LIST_SEPARATOR).join(labels)


def _join(items: Sequence[str], end: str, translate: Translate) -> str:
    """Join items with a separator, the last one with the ending template."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    head = translate(LIST_SEPARATOR).join(items[:-1])
    return translate(end).format(items=head, last=items[-1])


@dataclass(frozen=True)
class Phrase:
    """One sentence: a template and the content for its placeholders.

    A tuple value is a list of answer labels, joined in the front end's own words.
    """

    template: str
    params: tuple[tuple[str, str | tuple[str, ...]], ...] = field(default=())

    def render(self, translate: Translate = same) -> str:
        """Word the sentence: the template through ``translate``, then the content."""
        values = {
            name: value if isinstance(value, str) else join_labels(value, translate)
            for name, value in self.params
        }
        return translate(self.template).format(**values)

    def to_data(self) -> dict[str, object]:
        """Return the phrase as plain data (template and params), for storing."""
        return {
            "template": self.template,
            "params": {k: v if isinstance(v, str) else list(v) for k, v in self.params},
        }


def phrase(template: str, **params: str | Sequence[str]) -> Phrase:
    """Return a phrase of a template with its content."""
    return Phrase(
        template,
        tuple((k, v if isinstance(v, str) else tuple(v)) for k, v in params.items()),
    )
