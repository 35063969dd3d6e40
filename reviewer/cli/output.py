"""Printing JSON and text for the CLI, the same way in every command, safe for a terminal.

Text from files and from the database (an intake's title, a signer's name, a file name) can
carry terminal controls: ESC sequences that rewrite the screen, BEL, a carriage return that
hides the start of a line, or bidi overrides (U+202E) that reverse what is shown. Everything the
CLI prints goes through `terminal_safe`, which writes such characters as visible escapes
(ESC becomes backslash, "u001b"); single-line fields also escape line breaks, so a title cannot
forge a line of output.
"""

from __future__ import annotations

import io
import json
import sys
import textwrap
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

# Bidi embeddings, overrides, isolates and marks, plus line and paragraph separators.
_FORMATTING = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"
)


def _hidden(char: str, keep: str) -> bool:
    """Tell whether a character would act on the terminal instead of being shown."""
    if char in keep:
        return False
    return char in _FORMATTING or unicodedata.category(char) == "Cc"


def terminal_safe(text: object, *, multiline: bool = False) -> str:
    """Render text for a terminal: control and bidi characters become backslash-u escapes.

    A single-line field (the default) also escapes newlines and tabs; multi-line text keeps
    them. The escapes are valid inside JSON strings too, so JSON output stays JSON.
    """
    value = str(text)
    keep = "\n\t" if multiline else ""
    if not any(_hidden(c, keep) for c in value):
        return value
    return "".join(f"\\u{ord(c):04x}" if _hidden(c, keep) else c for c in value)


class _SafeStream(io.TextIOBase):
    """A text stream that escapes terminal controls before passing text on."""

    def __init__(self, target: TextIO) -> None:
        super().__init__()
        self._target = target

    def write(self, text: str) -> int:
        self._target.write(terminal_safe(text, multiline=True))
        return len(text)

    def flush(self) -> None:
        self._target.flush()

    def isatty(self) -> bool:
        return self._target.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]  # io.TextIOBase declares it read-only
        return self._target.encoding


@contextmanager
def safe_terminal() -> Iterator[None]:
    """Escape terminal controls in everything printed to stdout and stderr inside the block."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = _SafeStream(out)
    sys.stderr = _SafeStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def print_json(data: Any) -> None:
    """Print data as indented JSON with sorted keys, keeping non-ASCII text as is."""
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
    sys.stdout.write(terminal_safe(text, multiline=True) + "\n")


def wrap(text: str, indent: int, width: int = 100) -> str:
    """Wrap text to the width, indenting every line; controls in the text are escaped."""
    return textwrap.fill(
        terminal_safe(text),
        width=width,
        initial_indent=" " * indent,
        subsequent_indent=" " * indent,
    )
