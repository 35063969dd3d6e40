"""Printing JSON and text for the CLI, the same way in every command."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(data: Any) -> None:
    """Print data as indented JSON with sorted keys, keeping non-ASCII text as is."""
    sys.stdout.write(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def wrap(text: str, indent: int, width: int = 100) -> str:
    """Wrap text to the width, indenting every line."""
    import textwrap

    return textwrap.fill(
        text, width=width, initial_indent=" " * indent, subsequent_indent=" " * indent
    )
