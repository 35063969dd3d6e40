"""Comparing two states of a PDF's object graph, with the few differences a step may make.

Verification walks what a viewer would show (the catalog, pages, forms, metadata) from two
revisions, or from a revision and the file Reviewer would have produced, and names the first
place they differ. Every allowed difference is listed by the caller, by dictionary and key.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pyhanko.pdf_utils import generic

# The only things pyHanko rewrites in XMP on every save: when it saved.
_XMP_DATES = re.compile(rb'(xmp:(?:ModifyDate|MetadataDate))(="[^"]*"|>[^<]*<)')

Resolver = Callable[[generic.Reference], Any]
AllowedKeys = Callable[[str, generic.DictionaryObject], frozenset[str]]

_NOTHING: frozenset[str] = frozenset()
# Trailer entries that say where things are, not what the document shows.
_TRAILER_BOOKKEEPING = frozenset({"/ID", "/Size", "/Prev", "/XRefStm"})


def nothing_allowed(path: str, new: generic.DictionaryObject) -> frozenset[str]:
    """Allow no difference anywhere."""
    return _NOTHING


def _stream_data(stream: generic.StreamObject) -> bytes:
    """Return a stream's decoded data, with the XMP save dates blanked out."""
    data: bytes = stream.data
    if stream.get("/Type") == "/Metadata":
        data = _XMP_DATES.sub(rb"\1", data)
    return data


def _kind(value: Any) -> str:
    """Name a PDF object's kind in words."""
    return type(value).__name__.replace("Object", "").lower() or "value"


def _short(value: Any) -> str:
    """Show a PDF value briefly."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class GraphComparison:
    """Finds the first difference between an old and a new object graph."""

    def __init__(self, old: Resolver, new: Resolver, allowed: AllowedKeys = nothing_allowed):
        self._old = old
        self._new = new
        self._allowed = allowed

    def trailers(self, old_trailer: Any, new_trailer: Any) -> str | None:
        """Compare everything a trailer points at, other than its bookkeeping entries."""
        old_keys = set(old_trailer.keys()) - _TRAILER_BOOKKEEPING
        new_keys = set(new_trailer.keys()) - _TRAILER_BOOKKEEPING
        if old_keys != new_keys:
            return _keys_text("trailer", old_keys, new_keys)
        pairs = [(old_trailer.raw_get(k), new_trailer.raw_get(k), k) for k in sorted(old_keys)]
        return self.first_difference(pairs)

    def first_difference(self, pairs: list[tuple[Any, Any, str]]) -> str | None:
        """Walk object pairs depth first, iteratively (a hostile chain must not recurse)."""
        stack = list(reversed(pairs))
        seen: set[tuple[int, int, int, int]] = set()
        while stack:
            old, new, path = stack.pop()
            old_indirect = isinstance(old, generic.IndirectObject)
            if old_indirect != isinstance(new, generic.IndirectObject):
                return f"{path}: stored differently from what was expected"
            if old_indirect:
                key = (old.idnum, old.generation, new.idnum, new.generation)
                if key in seen:
                    continue
                seen.add(key)
                old, new = self._old(old.reference), self._new(new.reference)
            difference = self._compare(old, new, path, stack)
            if difference is not None:
                return difference
        return None

    def _compare(
        self, old: Any, new: Any, path: str, stack: list[tuple[Any, Any, str]]
    ) -> str | None:
        """Compare two resolved objects; queue their children; return a difference in words."""
        if type(old) is not type(new):
            return f"{path}: a {_kind(new)} where a {_kind(old)} was expected"
        if isinstance(old, generic.StreamObject) and _stream_data(old) != _stream_data(new):
            return f"{path}: the stream content differs"
        if isinstance(old, generic.DictionaryObject):
            allowed = self._allowed(path, new)
            skip = allowed | {"/Length"} if isinstance(old, generic.StreamObject) else allowed
            old_keys, new_keys = set(old.keys()) - skip, set(new.keys()) - skip
            if old_keys != new_keys:
                return _keys_text(path, old_keys, new_keys)
            for k in sorted(old_keys, reverse=True):
                stack.append((old.raw_get(k), new.raw_get(k), f"{path}{k}"))
            return None
        if isinstance(old, generic.ArrayObject):
            if len(old) != len(new):
                return f"{path}: {len(new)} entries where {len(old)} were expected"
            for index in reversed(range(len(old))):
                stack.append((old.raw_get(index), new.raw_get(index), f"{path}[{index}]"))
            return None
        if old != new:
            return f"{path}: {_short(new)} where {_short(old)} was expected"
        return None


def _keys_text(path: str, old_keys: set[str], new_keys: set[str]) -> str:
    """Say which entries a dictionary gained or lost."""
    parts = []
    if new_keys - old_keys:
        parts.append("added " + ", ".join(sorted(new_keys - old_keys)))
    if old_keys - new_keys:
        parts.append("removed " + ", ".join(sorted(old_keys - new_keys)))
    return f"{path}: {'; '.join(parts)}"
