"""Reading YAML and JSON data files with messages that name the file and line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from reviewer.errors import InputFileError


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, refusing empty and binary files with a clear message."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(str(path), "file not found; check the path") from None
    except IsADirectoryError:
        raise InputFileError(str(path), "is a folder, not a file") from None
    except OSError as exc:
        raise InputFileError(str(path), f"cannot be read ({exc.strerror})") from None
    if not raw.strip():
        raise InputFileError(str(path), "the file is empty")
    if b"\x00" in raw:
        raise InputFileError(str(path), "looks like a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            str(path), f"is not UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8"
        ) from None


def load_yaml_mapping(path: Path) -> dict[str, Any]:
    """Parse a YAML file whose top level must be a mapping."""
    text = read_text(path)
    try:
        # libyaml's parser when PyYAML was built with it (several times faster), else Python's.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown place"
        raise InputFileError(
            str(path), f"malformed YAML at {where}: {exc.problem or exc}"
        ) from None
    except yaml.YAMLError as exc:
        raise InputFileError(str(path), f"malformed YAML: {exc}") from None
    if not isinstance(data, dict):
        raise InputFileError(
            str(path), f"the top level must be a mapping of fields, not {_kind(data)}"
        )
    return data


def load_json_mapping(path: Path) -> dict[str, Any]:
    """Parse a JSON file whose top level must be an object."""
    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFileError(
            str(path), f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    if not isinstance(data, dict):
        raise InputFileError(str(path), f"the top level must be an object, not {_kind(data)}")
    return data


def _kind(value: object) -> str:
    """Name a parsed value's type in words."""
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a plain string"
    return f"a {type(value).__name__}"
