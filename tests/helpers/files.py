"""Writing test input files: YAML and JSON from data, or raw bytes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml


def write_yaml(path: Path, data: Any) -> Path:
    """Write data as YAML and return the path."""
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def write_json(path: Path, data: Any) -> Path:
    """Write data as JSON and return the path."""
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path
