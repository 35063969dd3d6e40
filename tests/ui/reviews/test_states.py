"""The lifecycle's words in the interface: every state and every lock reason is translatable."""

from __future__ import annotations

from reviewer.lifecycle import why_locked
from reviewer.records import ReviewStatus
from ui.reviews.states import LOCK_REASONS, STATUS_NAMES, lock_banner, status_label


def test_every_reason_the_domain_gives_is_marked_for_translation() -> None:
    """A new or reworded reason in reviewer.lifecycle fails here until it is listed."""
    given = {why_locked(status) for status in ReviewStatus} - {None}
    assert given == set(LOCK_REASONS)


def test_every_state_has_a_name() -> None:
    assert set(STATUS_NAMES) == set(ReviewStatus)
    assert status_label(ReviewStatus.AWAITING_APPROVAL) == "Awaiting approval"


def test_only_a_draft_is_editable() -> None:
    assert lock_banner(ReviewStatus.DRAFT) is None
    assert lock_banner(ReviewStatus.RETURNED) == (
        "Read-only: this revision cannot be changed because the approver returned it; reopen"
        " it for changes."
    )


def test_state_colours_never_look_like_a_verdict() -> None:
    """A returned review must not read as a prohibited use, nor an approved one as minimal risk."""
    from reviewer.severity import Verdict
    from ui.reviews.states import state_colours
    from ui.theme import verdict_colours

    verdict_backgrounds = {verdict_colours(v)[0] for v in Verdict}
    for status in ReviewStatus:
        assert state_colours(status)[0] not in verdict_backgrounds, status
