"""The review lifecycle in the interface language: state names and why a revision is locked.

The rules live in `reviewer.lifecycle`; this module only puts its words into the person's
language. Every text `why_locked` can return is listed here for translation, and a test fails
when the domain says something this table does not know.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reviewer.lifecycle import why_locked
from reviewer.review_status import ReviewStatus
from ui.i18n import marked

_CONTEXT = "ReviewStates"
STATUS_NAMES = marked(
    {
        ReviewStatus.DRAFT: QT_TRANSLATE_NOOP("ReviewStates", "Draft"),
        ReviewStatus.DECIDED: QT_TRANSLATE_NOOP("ReviewStates", "Decided"),
        ReviewStatus.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("ReviewStates", "Awaiting approval"),
        ReviewStatus.APPROVED: QT_TRANSLATE_NOOP("ReviewStates", "Approved"),
        ReviewStatus.RETURNED: QT_TRANSLATE_NOOP("ReviewStates", "Returned"),
        ReviewStatus.ESCALATED: QT_TRANSLATE_NOOP("ReviewStates", "Escalated"),
        ReviewStatus.SUPERSEDED: QT_TRANSLATE_NOOP("ReviewStates", "Superseded"),
    }
)
# The domain's reasons (reviewer.lifecycle._WHY_NOT), marked so that lupdate extracts them.
LOCK_REASONS = frozenset(
    marked(
        {
            0: QT_TRANSLATE_NOOP("ReviewStates", "it is decided and not yet signed"),
            1: QT_TRANSLATE_NOOP(
                "ReviewStates",
                "it is signed and awaiting approval; reopen it to change anything",
            ),
            2: QT_TRANSLATE_NOOP(
                "ReviewStates", "it is approved (countersigned); reopen it to change anything"
            ),
            3: QT_TRANSLATE_NOOP("ReviewStates", "the approver returned it; reopen it for changes"),
            4: QT_TRANSLATE_NOOP(
                "ReviewStates", "it is escalated and awaits the person it was escalated to"
            ),
            5: QT_TRANSLATE_NOOP("ReviewStates", "that revision was reopened and is superseded"),
        }
    ).values()
)


# Fixed background/foreground pairs (contrast 4.5:1 or better), readable in light and dark
# mode, and apart from the verdicts' red, orange, yellow and green so a state never reads as a
# risk level.
_STATE_COLOURS = {
    ReviewStatus.DRAFT: ("#e3e6ea", "#1f1f1f"),
    ReviewStatus.DECIDED: ("#d7e3fc", "#102a5c"),
    ReviewStatus.AWAITING_APPROVAL: ("#fdf0c4", "#4a3500"),
    ReviewStatus.APPROVED: ("#00695c", "#ffffff"),
    ReviewStatus.RETURNED: ("#6a1b9a", "#ffffff"),
    ReviewStatus.ESCALATED: ("#1f4e8c", "#ffffff"),
    ReviewStatus.SUPERSEDED: ("#e3e6ea", "#1f1f1f"),
}


def state_colours(status: ReviewStatus) -> tuple[str, str]:
    """Return a state's background and text colours."""
    return _STATE_COLOURS[ReviewStatus(status)]


def status_label(status: ReviewStatus) -> str:
    """Return a review state in words, in the interface language."""
    return QCoreApplication.translate(_CONTEXT, STATUS_NAMES[ReviewStatus(status)])


def lock_reason(status: ReviewStatus) -> str | None:
    """Say, in the interface language, why a revision in this state is read-only; None if not."""
    reason = why_locked(ReviewStatus(status))
    if reason is None:
        return None
    return QCoreApplication.translate(_CONTEXT, reason)


def lock_banner(status: ReviewStatus) -> str | None:
    """Return the sentence of the lock banner for a state, or None when the revision is editable."""
    reason = lock_reason(status)
    if reason is None:
        return None
    return QCoreApplication.translate(
        "ReviewStates", "Read-only: this revision cannot be changed because {reason}."
    ).format(reason=reason)
