"""Reading YAML and JSON data files with messages that name the file and line.

Every file is read under the caps of `reviewer.limits`: its size, how far its YAML aliases
expand, how deeply it nests and how long its numbers are. Duplicate keys are refused rather
than letting the last one silently win.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import yaml

from reviewer import limits
from reviewer.errors import InputFileError

_MERGE_TAG = "tag:yaml.org,2002:merge"
_NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}


def read_capped(path: Path, max_bytes: int, what: str, *, name_expected: bool = False) -> bytes:
    """Read a whole file, refusing it before reading when it is larger than max_bytes.

    With name_expected, a missing file or a folder is reported as "expected <what>".
    """
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise _too_large(path, size, max_bytes, what)
            # A pipe or special file reports no size: read one byte past the cap to tell.
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError:
        problem = f"no such file (expected {what})" if name_expected else "file not found"
        raise InputFileError(str(path), f"{problem}; check the path") from None
    except IsADirectoryError:
        noun = what if name_expected else "a file"
        raise InputFileError(str(path), f"is a folder, not {noun}") from None
    except OSError as exc:
        raise InputFileError(str(path), f"cannot be read ({exc.strerror})") from None
    if len(raw) > max_bytes:
        raise _too_large(path, None, max_bytes, what)
    return raw


def _too_large(path: Path, size: int | None, max_bytes: int, what: str) -> InputFileError:
    """Build the error for a file over its cap, naming the cap."""
    actual = f"{limits.describe_bytes(size)}, " if size is not None else ""
    return InputFileError(
        str(path),
        f"the file is too large ({actual}over the {limits.describe_bytes(max_bytes)} limit "
        f"for {what}); check that this is the right file",
    )


def read_text(path: Path, max_bytes: int = limits.MAX_YAML_BYTES, what: str = "a data file") -> str:
    """Read a UTF-8 text file, refusing empty, binary and oversized files with a clear message."""
    return decode_text(read_capped(path, max_bytes, what), str(path))


def decode_text(raw: bytes, source: str) -> str:
    """Decode a file's bytes as UTF-8 text, refusing empty and binary content."""
    if not raw.strip():
        raise InputFileError(source, "the file is empty")
    if b"\x00" in raw:
        raise InputFileError(source, "looks like a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            source, f"is not UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8"
        ) from None


def load_yaml_mapping(
    path: Path,
    *,
    max_bytes: int = limits.MAX_YAML_BYTES,
    what: str = "a policy pack or questionnaire",
) -> dict[str, Any]:
    """Parse a YAML file whose top level must be a mapping."""
    text = read_text(path, max_bytes, what)
    return parse_yaml_mapping(text, str(path))


def parse_yaml_mapping(text: str, source: str) -> dict[str, Any]:
    """Parse YAML text whose top level must be a mapping; `source` names it in messages."""
    # libyaml's parser when PyYAML was built with it (several times faster), else Python's.
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            # Checked on the node graph, where an alias is one shared node: the check costs
            # no more than the file, whatever the aliases would expand to.
            check_yaml_nodes(node, source)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown place"
        raise InputFileError(source, f"malformed YAML at {where}: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise InputFileError(source, f"malformed YAML: {exc}") from None
    except (ValueError, TypeError, OverflowError) as exc:
        # A scalar that looks like a date or number but is not one (e.g. 2024-13-45).
        raise InputFileError(source, f"a value cannot be read ({exc})") from None
    except RecursionError:
        # Only PyYAML's pure-Python parser recurses this deep; libyaml stops at 1,000 levels.
        raise InputFileError(
            source, f"nested more than {limits.MAX_NESTING_DEPTH} levels deep, the limit"
        ) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise InputFileError(
            source, f"the top level must be a mapping of fields, not {_kind(data)}"
        )
    return data


def check_yaml_nodes(root: yaml.Node, source: str) -> None:
    """Refuse alias bombs, recursive aliases, deep nesting, huge numbers and duplicate keys.

    Walks the composed graph once per distinct node (iteratively, so depth cannot overflow the
    stack), computing for each mapping and list how many values and levels it expands to.
    """
    if isinstance(root, yaml.ScalarNode):
        _check_scalar(root, source)
        return
    expanded: dict[int, tuple[int, int]] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, list[yaml.Node] | None]] = [(root, None)]
    while stack:
        node, children = stack.pop()
        key = id(node)
        if children is not None:
            on_path.discard(key)
            size, depth = 1, 1
            for child in children:
                if child.__class__ is yaml.ScalarNode:
                    size += 1
                else:
                    child_size, child_depth = expanded[id(child)]
                    size += child_size
                    depth = max(depth, child_depth + 1)
            _check_expansion(node, size, depth, source)
            expanded[key] = (size, depth)
            continue
        if key in expanded:
            continue
        if key in on_path:
            raise InputFileError(source, f"{_at(node)}: an alias refers to a value containing it")
        on_path.add(key)
        children = _checked_children(node, source)
        stack.append((node, children))
        stack.extend(
            (child, None)
            for child in children
            if child.__class__ is not yaml.ScalarNode and id(child) not in expanded
        )


def _check_expansion(node: yaml.Node, size: int, depth: int, source: str) -> None:
    """Refuse a mapping or list that expands past the caps."""
    if size > limits.MAX_YAML_EXPANDED_NODES:
        raise InputFileError(
            source,
            f"{_at(node)}: its aliases (*name) expand to more than "
            f"{limits.MAX_YAML_EXPANDED_NODES:,} values, the limit; share fewer or smaller anchors",
        )
    if depth > limits.MAX_NESTING_DEPTH:
        raise InputFileError(
            source,
            f"{_at(node)}: nested more than {limits.MAX_NESTING_DEPTH} levels deep, the limit",
        )


def _checked_children(node: yaml.Node, source: str) -> list[yaml.Node]:
    """Return a mapping's keys and values or a list's items, checking scalars and keys."""
    if isinstance(node, yaml.SequenceNode):
        children: list[yaml.Node] = node.value
    else:
        children = [part for pair in node.value for part in pair]
        seen: dict[tuple[str, str], yaml.Node] = {}
        for key_node, _value in node.value:
            if key_node.__class__ is not yaml.ScalarNode or key_node.tag == _MERGE_TAG:
                continue
            first = seen.setdefault((key_node.tag, key_node.value), key_node)
            if first is not key_node:
                raise InputFileError(
                    source,
                    f"{_at(key_node)}: duplicate key {_short(key_node.value)} (first at "
                    f"{_at(first)}); keep only one of them",
                )
    for child in children:
        if child.__class__ is yaml.ScalarNode:
            _check_scalar(child, source)
    return children


def _check_scalar(node: yaml.Node, source: str) -> None:
    """Refuse an over-long number."""
    if node.tag in _NUMBER_TAGS and len(node.value) > limits.MAX_NUMBER_DIGITS:
        raise InputFileError(
            source,
            f"{_at(node)}: a number of {len(node.value):,} characters; numbers may have at "
            f"most {limits.MAX_NUMBER_DIGITS} digits",
        )


def _at(node: yaml.Node) -> str:
    """Name where a node starts, as 'line L, column C'."""
    mark = node.start_mark
    return f"line {mark.line + 1}, column {mark.column + 1}" if mark else "somewhere"


def load_json_mapping(
    path: Path, *, max_bytes: int = limits.MAX_ANSWERS_BYTES, what: str = "an answers file"
) -> dict[str, Any]:
    """Parse a JSON file whose top level must be an object."""
    text = read_text(path, max_bytes, what)
    return parse_json_mapping(text, str(path))


def parse_json_mapping(text: str, source: str) -> dict[str, Any]:
    """Parse JSON text whose top level must be an object; `source` names it in messages."""

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for key, value in pairs:
            if key in data:
                raise InputFileError(
                    source, f"duplicate key {_short(key)} in one object; keep only one of them"
                )
            data[key] = value
        return data

    def number(kind: type[int] | type[float]) -> Any:
        def parse(literal: str) -> int | float:
            if len(literal) > limits.MAX_NUMBER_DIGITS:
                raise InputFileError(
                    source,
                    f"a number of {len(literal):,} characters ({_short(literal)}); numbers may "
                    f"have at most {limits.MAX_NUMBER_DIGITS} digits",
                )
            return kind(literal)

        return parse

    def constant(name: str) -> Any:
        raise InputFileError(source, f"{name} is not a number JSON allows; write a real number")

    try:
        data = json.loads(
            text,
            object_pairs_hook=unique_keys,
            parse_int=number(int),
            parse_float=number(float),
            parse_constant=constant,
        )
    except json.JSONDecodeError as exc:
        raise InputFileError(
            source, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:
        raise InputFileError(source, _too_deep()) from None
    if json_depth(data) > limits.MAX_NESTING_DEPTH:
        raise InputFileError(source, _too_deep())
    if not isinstance(data, dict):
        raise InputFileError(source, f"the top level must be an object, not {_kind(data)}")
    return data


def json_depth(data: Any) -> int:
    """Return how deeply lists and objects nest in parsed JSON, without recursing."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            values: Any = value.values()
        elif isinstance(value, list):
            values = value
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > limits.MAX_NESTING_DEPTH:
            return deepest
        stack.extend((v, depth + 1) for v in values)
    return deepest


def _too_deep() -> str:
    """Say that a JSON file nests too deeply."""
    return (
        f"lists and objects are nested more than {limits.MAX_NESTING_DEPTH} levels deep, "
        "the limit; this is not an answers file Reviewer wrote"
    )


def _short(text: str) -> str:
    """Quote a value briefly for a message."""
    shown = repr(text)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _kind(value: object) -> str:
    """Name a parsed value's type in words."""
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a plain string"
    return f"a {type(value).__name__}"
