"""Review bundles dragged onto the window: which drags carry one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

BUNDLE_SUFFIX = ".reviewer"


def dropped_bundle(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> Path | None:
    """Return the single local review bundle (a `.reviewer` file) being dragged, if it is one."""
    mime = event.mimeData()
    urls = mime.urls() if mime is not None and mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() == BUNDLE_SUFFIX else None
