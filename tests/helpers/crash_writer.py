"""A process that writes reviews until it is killed; used by the crash test."""

from __future__ import annotations

import sys

from tests.helpers.content import complete_answers, open_service


def main(url: str) -> None:
    """Create reviews and answer them, announcing each committed step on stdout."""
    with open_service(url, actor="crash") as service:
        step = 0
        while True:
            change = service.create_review(f"Review {step}", "Org", complete_answers())
            for users in range(3):
                service.set_answer(change.review.id, "users", users * 700)
            step += 1
            print(step, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
