"""The review list's columns and page size, shared by the live list and its first page.

Kept free of the domain's heavy modules: the first page is drawn before they are imported.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

PAGE_SIZE = 100
COLUMNS = (
    QT_TRANSLATE_NOOP("ReviewListModel", "Reference"),
    QT_TRANSLATE_NOOP("ReviewListModel", "Title"),
    QT_TRANSLATE_NOOP("ReviewListModel", "Applicant"),
    QT_TRANSLATE_NOOP("ReviewListModel", "Status"),
    QT_TRANSLATE_NOOP("ReviewListModel", "Verdict"),
    QT_TRANSLATE_NOOP("ReviewListModel", "Updated"),
)
REFERENCE, TITLE, APPLICANT, STATUS, VERDICT, UPDATED = range(6)
# Widths the list starts with; the title column takes whatever is left.
WIDTHS = {REFERENCE: 110, APPLICANT: 220, STATUS: 190, VERDICT: 130, UPDATED: 150}


def column_titles() -> list[str]:
    """Return the column titles in the interface language."""
    return [QCoreApplication.translate("ReviewListModel", str(c)) for c in COLUMNS]
