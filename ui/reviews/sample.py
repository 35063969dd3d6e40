"""Sample stored reviews for the screenshots: a throwaway database, one decided, signed review."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer

from reviewer import Outcome, Verdict
from reviewer.errors import ReviewerError
from reviewer.resources import examples_dir
from reviewer.service import ReviewService
from ui.content import DeskContent

log = logging.getLogger(__name__)
SHOWCASE = "cv-screening-recruitment.json"


@dataclass
class StoredSample:
    """A service over a throwaway database holding the sample reviews."""

    service: ReviewService
    folder: Path
    review_id: str | None = None
    signed: object | None = None


@contextmanager
def stored_sample(content: DeskContent) -> Iterator[StoredSample | None]:
    """Load the sample reviews into a temporary database and decide one; None if impossible."""
    if content.questionnaire is None:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="reviewer-shots-") as folder:
        root = Path(folder)
        service = ReviewService.open(
            f"sqlite:///{root / 'reviews.sqlite'}",
            questionnaire=content.questionnaire,
            packs=content.packs,
            actor="Alice Martin",
        )
        try:
            sample = StoredSample(service, root)
            try:
                sample.review_id = _decide_showcase(service)
            except ReviewerError as exc:  # the screenshots still show the list
                log.warning("no decided sample review for the screenshots: %s", exc)
            yield sample
        finally:
            service.close()


def _decide_showcase(service: ReviewService) -> str:
    """Import the examples and record a decision on the showcase review; return its id."""
    files = sorted(examples_dir().glob("*.json"))
    imported = service.import_files(files)
    names = [path.name for path in files]
    chosen = imported[names.index(SHOWCASE)] if SHOWCASE in names else imported[0]
    assessment = service.get_review(chosen.id).current.assessment
    conditions = [item.text for item in assessment.obligations] if assessment else []
    prohibited = assessment is not None and assessment.verdict is Verdict.PROHIBITED
    outcome = Outcome.REJECT if prohibited or not conditions else Outcome.APPROVE_WITH_CONDITIONS
    service.decide(
        chosen.id,
        outcome,
        "The safeguards described meet the obligations; approved on the conditions listed.",
        conditions[:4],
    )
    return chosen.id


def sign_showcase(sample: StoredSample, version: int) -> object | None:
    """Sign the showcase review with a throwaway identity; return the `SignedReport` or None."""
    from reviewer.signing.identity import create_identity, load_identity
    from reviewer.signing.verify import verify_report
    from ui.signing.work import sign_review

    if sample.review_id is None or sample.signed is not None:
        return sample.signed
    try:
        p12, _pem = create_identity("Alice Martin", "alice@example.org", "City", b"sample")
        path = sample.folder / "alice.p12"
        path.write_bytes(p12)
        identity = load_identity(path, b"sample")
        out = sample.folder / "decision.pdf"
        signed = sign_review(sample.service, sample.review_id, version, identity, out)
        # The throwaway identity is in no trust store; show the check an approver who trusts
        # it would see, without touching the user's own trust store.
        check = verify_report(out.read_bytes(), [identity.certificate], out.name)
        sample.signed = replace(signed, verification=check)
        return sample.signed
    except Exception:  # a screenshot aid must never stop the screenshots
        log.exception("could not sign the sample review")
        return None


def wait_for(done: Callable[[], bool], seconds: float = 20.0) -> None:
    """Process events until a condition holds (used only by the headless screenshots)."""
    deadline = QDeadlineTimer(int(seconds * 1000))
    while not done() and not deadline.hasExpired():
        QCoreApplication.processEvents()
