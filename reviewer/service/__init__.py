"""The one API the CLI and the UI call to keep reviews: every change returns what changed.

`ReviewService` and its records are imported on first use (PEP 562): the store, SQLAlchemy and
Alembic load only when a service is asked for, so a light module of this package (such as
`reviewer.service.first_page`) can be imported before them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reviewer.service.reviews import NewReview
    from reviewer.service.service import ReviewService
    from reviewer.service.signing import SignedDecision

_HOMES = {
    "NewReview": "reviewer.service.reviews",
    "ReviewService": "reviewer.service.service",
    "SignedDecision": "reviewer.service.signing",
}


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'reviewer.service' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """List the public names, imported or not."""
    return sorted([*globals(), *_HOMES])


__all__ = ["NewReview", "ReviewService", "SignedDecision"]
