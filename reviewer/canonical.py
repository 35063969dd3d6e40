"""Canonical JSON and content hashes, so pins and outputs are byte-stable."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel


def canonical_json(data: Any) -> str:
    """Serialise data as canonical JSON: sorted keys, no spaces, UTF-8 kept as is."""
    if isinstance(data, BaseModel):
        data = data.model_dump(mode="json", by_alias=True)
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(data: Any) -> str:
    """Return the hex sha256 of the canonical JSON form of data."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()
