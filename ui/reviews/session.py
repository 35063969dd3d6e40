"""One open stored review: its id and the version every change must be based on."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from reviewer.errors import ConflictError
from reviewer.records import ReviewChange, ReviewDetail
from reviewer.service import ReviewService

T = TypeVar("T")


class ReviewSession(QObject):
    """Keeps the version of an open review so that no change overwrites someone else's.

    Signals:
        changed(object): a change was saved; carries the service's `ReviewChange`.
        conflicted(str): someone else saved the review first; carries the service's message.
    """

    changed = Signal(object)
    conflicted = Signal(str)

    def __init__(self, service: ReviewService, detail: ReviewDetail, parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self.detail = detail
        self.review_id = detail.summary.id
        self.version = detail.summary.version

    def change(self, operation: Callable[[int], ReviewChange]) -> ReviewChange:
        """Run one service change with the expected version; a stale edit is announced."""
        try:
            change = operation(self.version)
        except ConflictError as exc:
            self.conflicted.emit(str(exc))
            raise
        self.accept(change)
        return change

    def accept(self, change: ReviewChange) -> None:
        """Take the review's new version from a saved change, and announce it."""
        self.version = change.review.version
        self.changed.emit(change)

    def reload(self) -> ReviewDetail:
        """Read the review again as saved, taking its current version."""
        self.detail = self.service.get_review(self.review_id)
        self.version = self.detail.summary.version
        return self.detail
