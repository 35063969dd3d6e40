"""Sample stored reviews for the screenshots: a throwaway database, one decided, signed review."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer

from reviewer import Outcome, Verdict
from reviewer.answers import load_answers_file
from reviewer.followup import ConditionDraft
from reviewer.report.model import Person
from reviewer.resources import examples_dir
from reviewer.service import ReviewService
from ui.content import DeskContent

log = logging.getLogger(__name__)
SHOWCASE = "cv-screening-recruitment.json"
RETURNED = "customer-support-chatbot.json"


@dataclass
class StoredSample:
    """A service over a throwaway database holding the sample reviews.

    `review_id` is the showcase review (signed, awaiting approval), `returned_id` one the
    approver returned with a reason; `signed` is the showcase's `SignedReport`.
    """

    service: ReviewService
    folder: Path
    review_id: str | None = None
    returned_id: str | None = None
    signed: object | None = None


@contextmanager
def stored_sample(content: DeskContent) -> Iterator[StoredSample | None]:
    """Load the sample reviews into a temporary database, sign one and return another.

    None when the content is missing. Signing needs throwaway identities, made in the temporary
    folder; the user's own identities and trust store are never touched.
    """
    if content.questionnaire is None:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="reviewer-shots-") as folder:
        root = Path(folder)
        service = ReviewService.open(
            f"sqlite:///{root / 'reviews.sqlite'}",
            questionnaire=content.questionnaire,
            packs=content.packs,
            actor="Alice Martin <alice@example.org>",  # as she signs: the same person
        )
        try:
            sample = StoredSample(service, root)
            try:
                _prepare(sample)
            except Exception:  # a screenshot aid must never stop the screenshots
                log.exception("the sample reviews are not all decided and signed")
            yield sample
        finally:
            service.close()


def _prepare(sample: StoredSample) -> None:
    """Import the examples; sign the showcase (awaiting approval) and have another returned."""
    from reviewer.service.signing import person_of
    from reviewer.signing.identity import create_identity, load_identity
    from reviewer.signing.verify import verify_report
    from ui.signing.work import SignedReport, sign_review

    service = sample.service
    files = sorted(examples_dir().glob("*.json"))
    imported = service.import_files(files)
    names = [path.name for path in files]
    chosen = imported[names.index(SHOWCASE)] if SHOWCASE in names else imported[0]
    others = [summary for summary in imported if summary.id != chosen.id]
    if RETURNED in names:
        others.insert(0, imported[names.index(RETURNED)])
    p12, _pem = create_identity("Alice Martin", "alice@example.org", "City", b"sample")
    (sample.folder / "alice.p12").write_bytes(p12)
    alice = load_identity(sample.folder / "alice.p12", b"sample")
    p12, _pem = create_identity("Bruno Keller", "bruno@example.org", "City", b"sample")
    (sample.folder / "bruno.p12").write_bytes(p12)
    bruno = person_of(load_identity(sample.folder / "bruno.p12", b"sample"))
    sample.review_id = chosen.id
    service.add_attachment(
        chosen.id,
        "dpia-summary.txt",
        b"Data protection impact assessment: summary of risks and safeguards.\n",
    )
    _decide(service, chosen.id, person_of(alice))
    signed = sign_review(service, chosen.id, alice, sample.folder / "decision.pdf")
    # The throwaway identity is in no trust store; show the check an approver who trusts it
    # would see, without touching the user's own trust store.
    check = verify_report(signed.path.read_bytes(), [alice.certificate], signed.path.name)
    sample.signed = replace(signed, verification=check)
    assert isinstance(sample.signed, SignedReport)
    if others:
        returned = others[0].id
        _decide(service, returned, person_of(alice))
        service.sign_decision(returned, alice, sample.folder / "returned.pdf")
        service.return_for_changes(
            returned,
            "The retention period is not stated; give it and the deletion process.",
            approver=bruno,
        )
        sample.returned_id = returned
    _unfinished_drafts(service)


_UNFINISHED = "face-scraping-database.json"


def _unfinished_drafts(service: ReviewService) -> None:
    """Add two drafts still being filled in, whose verdicts the list shows as provisional.

    One is blank ("Incomplete"); the other is an example with its safeguards not answered
    yet, which a prohibited clause has already caught ("At least: Prohibited").
    """
    service.create_review("Meeting-room occupancy sensors", "Northgate Logistics Ltd")
    path = examples_dir() / _UNFINISHED
    if not path.is_file():
        return
    example = load_answers_file(path)
    safeguards = {
        q.id
        for section in service.questionnaire.sections
        if section.id == "safeguards"
        for q in section.questions
    }
    answers = {k: v for k, v in example.answers.items() if k not in safeguards}
    service.create_review(f"{example.title} (being filled in)", example.organisation, answers)


_OWNERS = ("Dana Kim, Head of HR", "Omar Haddad, DPO", "IT operations")


def _decide(service: ReviewService, review_id: str, decider: Person) -> None:
    """Record a plausible decision on a sample review."""
    assessment = service.get_review(review_id).current.assessment
    today = date.today()
    conditions = [
        ConditionDraft(
            text=item.text,
            owner=_OWNERS[number % len(_OWNERS)],
            due=today + timedelta(days=30 * (number + 1)),
            answers=item.id,
        )
        for number, item in enumerate(assessment.obligations if assessment else [])
    ]
    prohibited = assessment is not None and assessment.verdict is Verdict.PROHIBITED
    outcome = Outcome.REJECT if prohibited or not conditions else Outcome.APPROVE_WITH_CONDITIONS
    rationale = (
        "The use is prohibited by policy; it cannot go ahead."
        if outcome is Outcome.REJECT
        else "The safeguards described meet the obligations; approved on the conditions listed."
    )
    service.decide(review_id, outcome, rationale, conditions[:4], decider=decider)


def wait_for(done: Callable[[], bool], seconds: float = 20.0) -> None:
    """Process events until a condition holds (used only by the headless screenshots)."""
    deadline = QDeadlineTimer(int(seconds * 1000))
    while not done() and not deadline.hasExpired():
        QCoreApplication.processEvents()
