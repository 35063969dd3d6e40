"""Pushing a laptop's reviews into the team database: the same checks and rule as bundles.

Each review travels as a bundle would, without the file: its history, state, pinned texts,
evidence and signed PDFs are checked here, then written there. Reviews go in batches, one
transaction per batch and a savepoint per review, so a push killed half-way leaves whole
reviews only, and the next push picks up where it stopped (what arrived is "unchanged").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from reviewer.bundles.checks import check_bundle
from reviewer.bundles.model import Bundle
from reviewer.errors import ReviewerError, StoreError
from reviewer.service.archive import ReportArchive
from reviewer.service.bundles import trusted_roots
from reviewer.store.bundle_batch import bundles_of, insert_new_reviews
from reviewer.store.bundle_rows import Arrival, import_bundle_rows
from reviewer.store.database import Store
from reviewer.store.models import AttachmentRow, ReviewRow, SignedReportRow

if TYPE_CHECKING:
    from cryptography import x509

BATCH = 100
"""Reviews written per transaction on the team database."""
BATCH_BYTES = 64 * 1024 * 1024
"""Evidence and signed PDFs held in memory per batch, at most (unless one review is larger)."""


@dataclass(frozen=True)
class PushRefusal:
    """A review that was not sent, and why, in words."""

    reference: str
    reason: str


@dataclass
class PushReport:
    """What a push did: sent new, sent as updates, already there, refused."""

    target: str
    total: int = 0
    sent: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    refused: list[PushRefusal] = field(default_factory=list)

    @property
    def done(self) -> int:
        """Return how many reviews were handled so far."""
        return len(self.sent) + len(self.updated) + self.unchanged + len(self.refused)


Progress = Callable[[PushReport], None]
"""Told after every batch is committed there: the report so far.

It may raise to stop the push (the app's Stop button does): every batch it was told about is
committed whole, so the next push sends the rest and doubles nothing.
"""


class ReviewPush(ReportArchive):
    """Send this database's reviews to another one (the team's)."""

    def push_reviews(
        self,
        target: str,
        *,
        since: datetime | None = None,
        progress: Progress | None = None,
        batch: int = BATCH,
    ) -> PushReport:
        """Send every review the target lacks or has older; refuse conflicts, naming both sides.

        Only reviews changed on or after `since` are considered, when given.
        """
        with Store.open(target) as team:
            if team.url == self.store.url:
                raise StoreError(f"{team.where} is this database; push to another one")
            report = PushReport(target=team.where)
            batches = self._batches(since, batch)
            report.total = sum(len(b) for b in batches)
            roots = trusted_roots()
            known_texts: set[tuple[str, str]] = set()
            pinned: dict[str, int] = {}
            for pks in batches:
                bundles = self._checked_bundles(pks, roots, known_texts, report)
                self._write_batch(team, bundles, pinned, report)
                if progress is not None:
                    progress(report)
            return report

    def _batches(self, since: datetime | None, size: int) -> list[list[int]]:
        """Split the reviews to consider into batches of `size`, oldest first.

        A batch also stops at BATCH_BYTES of evidence and PDFs, since a batch is held in
        memory whole; a review larger than that travels alone.
        """
        heavy = select(AttachmentRow.review_pk, func.sum(AttachmentRow.size)).group_by(
            AttachmentRow.review_pk
        )
        statement = select(ReviewRow.pk).order_by(ReviewRow.pk)
        if since is not None:
            statement = statement.where(ReviewRow.updated_at >= since)
        with self.store.read() as session:
            weights: dict[int, int] = {pk: int(total or 0) for pk, total in session.execute(heavy)}
            for pk, total in session.execute(
                select(
                    SignedReportRow.review_pk, func.sum(func.length(SignedReportRow.content))
                ).group_by(SignedReportRow.review_pk)
            ):
                weights[pk] = weights.get(pk, 0) + int(total or 0)
            pks = list(session.scalars(statement))
        batches: list[list[int]] = []
        current: list[int] = []
        load = 0
        for pk in pks:
            weight = weights.get(pk, 0)
            if current and (len(current) >= size or load + weight > BATCH_BYTES):
                batches.append(current)
                current, load = [], 0
            current.append(pk)
            load += weight
        if current:
            batches.append(current)
        return batches

    def _checked_bundles(
        self,
        pks: list[int],
        roots: list[x509.Certificate],
        known_texts: set[tuple[str, str]],
        report: PushReport,
    ) -> list[Bundle]:
        """Gather and check a batch of reviews here; the ones that fail are refused."""
        checked: list[Bundle] = []
        with self.store.read() as session:
            bundles = bundles_of(session, pks)
        for bundle in bundles:
            reference = bundle.review.reference
            try:
                check_bundle(bundle, roots, f"review {reference}", known_texts)
            except ReviewerError as exc:
                report.refused.append(PushRefusal(reference, exc.message))
                continue
            checked.append(bundle)
        return checked

    def _write_batch(
        self, team: Store, bundles: list[Bundle], pinned: dict[str, int], report: PushReport
    ) -> None:
        """Write a batch in one transaction there, each review in its own savepoint."""
        detail = {"pushed_from": self.store.where}
        arrivals: list[tuple[str, Arrival]] = []
        refused: list[PushRefusal] = []
        try:
            self._write_savepoints(team, bundles, pinned, detail, arrivals, refused)
        except BaseException:
            pinned.clear()  # the pins written in this transaction are gone with it
            raise

        # Counted only once the batch is committed: a failed commit sends nothing.
        for reference, arrival in arrivals:
            if arrival is Arrival.NEW:
                report.sent.append(reference)
            elif arrival is Arrival.UPDATED:
                report.updated.append(reference)
            else:
                report.unchanged += 1
        report.refused.extend(refused)

    def _write_savepoints(
        self,
        team: Store,
        bundles: list[Bundle],
        pinned: dict[str, int],
        detail: dict[str, str],
        arrivals: list[tuple[str, Arrival]],
        refused: list[PushRefusal],
    ) -> None:
        """Write each review of a batch in its own savepoint, in one transaction."""
        with team.write(durable=True) as session:
            ids = [b.review.id for b in bundles]
            held = set(session.scalars(select(ReviewRow.id).where(ReviewRow.id.in_(ids))))
            taken = set(
                session.scalars(
                    select(ReviewRow.reference).where(
                        ReviewRow.reference.in_([b.review.reference for b in bundles])
                    )
                )
            )
            new = [
                b for b in bundles if b.review.id not in held and b.review.reference not in taken
            ]
            for outcome in insert_new_reviews(session, new, self.actor, detail, pinned):
                arrivals.append((outcome.reference, outcome.arrival))
            source = f"the copy pushed from {self.store.where}"
            sent_new = {b.review.id for b in new}
            for bundle in bundles:
                if bundle.review.id in sent_new:
                    continue
                # Already there, or its reference is: the one-review path decides, in a
                # savepoint, so a refusal leaves the rest of the batch in place.
                try:
                    with session.begin_nested():
                        outcome = import_bundle_rows(
                            session, bundle, self.actor, detail, source, pinned
                        )
                except ReviewerError as exc:
                    pinned.clear()  # a rolled-back savepoint may have held new pins
                    refused.append(PushRefusal(bundle.review.reference, exc.message))
                    continue
                arrivals.append((outcome.reference, outcome.arrival))
