"""Telling a first run apart, and loading the sample reviews through the service (no Qt)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reviewer.errors import ReviewerError
from reviewer.records import ReviewSummary
from reviewer.service import ReviewService

log = logging.getLogger(__name__)

OpenService = Callable[[], ReviewService]


@dataclass(frozen=True)
class FirstRunState:
    """How much this person has set up: reviews stored and signing identities kept."""

    reviews: int
    identities: int

    @property
    def is_first_run(self) -> bool:
        """Tell whether nothing is set up yet, so the welcome screen should greet them."""
        return self.reviews == 0 and self.identities == 0


def stored_identities(folder: Path) -> list[Path]:
    """List the PKCS#12 identity files in a folder (none when it does not exist)."""
    return sorted(folder.glob("*.p12")) if folder.is_dir() else []


def first_run_state(open_service: OpenService, identities: Path) -> FirstRunState:
    """Count reviews and identities; opening the service creates and migrates a new database."""
    with open_service() as service:
        reviews = service.count_reviews()
    return FirstRunState(reviews=reviews, identities=len(stored_identities(identities)))


def check_first_run(open_service: OpenService, identities: Path) -> bool:
    """Tell whether to show the welcome screen; a database that cannot open is not a first run.

    The reviews screen reports such a database itself, so the welcome stays out of the way.
    """
    try:
        return first_run_state(open_service, identities).is_first_run
    except ReviewerError as exc:
        log.warning("cannot tell whether this is a first run: %s", exc.message)
        return False


class SampleImporter:
    """Imports the shipped example intakes as reviews, all or none."""

    def __init__(self, open_service: OpenService, examples: Path) -> None:
        self._open_service = open_service
        self._examples = examples

    def files(self) -> list[Path]:
        """Return the example intakes, in name order."""
        return sorted(self._examples.glob("*.json")) if self._examples.is_dir() else []

    def load(self) -> list[ReviewSummary]:
        """Import every example; raise ReviewerError with a readable message when it cannot."""
        files = self.files()
        if not files:
            raise ReviewerError(
                QCoreApplication.translate(
                    "SampleImporter",
                    "No sample reviews were found in {folder}. Reinstall Reviewer to get them.",
                ).format(folder=self._examples)
            )
        with self._open_service() as service:
            return service.import_files(files)
