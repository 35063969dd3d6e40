"""Turning pydantic validation errors into lines an author can act on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError


def describe_location(loc: Sequence[int | str], data: Any = None) -> str:
    """Render a pydantic error location as a readable path, naming ids where known."""
    parts: list[str] = []
    node = data
    for item in loc:
        if isinstance(item, int):
            ident = None
            if isinstance(node, list) and 0 <= item < len(node) and isinstance(node[item], dict):
                ident = node[item].get("id")
            parts.append(f"[{item}]" if ident is None else f"[{item}] (id {ident!r})")
            node = node[item] if isinstance(node, list) and 0 <= item < len(node) else None
        else:
            parts.append(f".{item}" if parts else str(item))
            node = node.get(item) if isinstance(node, dict) else None
    return "".join(parts) or "top level"


def describe_errors(exc: ValidationError, data: Any = None) -> list[str]:
    """List each validation error as 'where: what'."""
    lines = []
    for err in exc.errors(include_url=False):
        loc = [p for p in err["loc"] if not _is_union_tag(p)]
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown field; remove it or check its spelling"
        elif err["type"] == "missing":
            msg = "required field is missing"
        lines.append(f"{describe_location(loc, data)}: {msg}")
    return lines


def _is_union_tag(part: int | str) -> bool:
    """Tell whether a location part is a discriminated-union tag, which authors never wrote."""
    return isinstance(part, str) and part.startswith("cond:")
