"""Timestamp authorities: a B-T timestamp when a TSA URL is configured, none offline."""

from __future__ import annotations

import os
from typing import Any

from reviewer.errors import SigningError

TSA_ENV = "REVIEWER_TSA_URL"


def configured_tsa_url(explicit: str | None) -> str | None:
    """Return the TSA URL from the command line, else from REVIEWER_TSA_URL, else None."""
    url = explicit or os.environ.get(TSA_ENV) or None
    if url is not None and not url.startswith(("http://", "https://")):
        raise SigningError(f"timestamp authority URL {url!r} must start with http:// or https://")
    return url


def timestamper_for(url: str | None) -> Any:
    """Return a pyHanko timestamp client for the URL, or None to sign without a timestamp."""
    if url is None:
        return None
    from pyhanko.sign.timestamps.aiohttp_client import HTTPTimeStamper

    return HTTPTimeStamper(url, timeout=15)
