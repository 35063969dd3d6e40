"""Opening the review database for a command, the same way in every command group."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time

from reviewer.errors import ReviewerError
from reviewer.service import ReviewService


def open_service(args: argparse.Namespace) -> ReviewService:
    """Open the database chosen by --database or REVIEWER_DATABASE_URL, migrating it."""
    return ReviewService.open(getattr(args, "database", None))


def parse_day(value: str, option: str) -> datetime:
    """Parse YYYY-MM-DD as the start of that day in UTC, naming the option on failure."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ReviewerError(f"{option}: expected a date as YYYY-MM-DD, got {value!r}") from None
    return datetime.combine(day, time.min, tzinfo=UTC)
