"""Fill a database with realistic, varied reviews, fast: `python -m benchmarks.seed --reviews N`.

Reviews start from the shipped example intakes, with varied titles, organisations and free
text (accents included), spread over three years and every status. Rows go in with bulk
inserts, a batch per transaction, and the audit chain is built as the service would build it,
so `reviewer db check` passes on a seeded database.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, text, update

from reviewer.canonical import canonical_json
from reviewer.decision import allowed_outcomes
from reviewer.library import default_policy_packs, default_questionnaire
from reviewer.questionnaire import QuestionKind
from reviewer.resources import examples_dir
from reviewer.scoring import Assessment, assess
from reviewer.service import ReviewService
from reviewer.store import repository as repo
from reviewer.store.audit import EventKind, event_hash, lock_head
from reviewer.store.creation import pin_current_packs
from reviewer.store.followup import condition_state
from reviewer.store.models import (
    AuditEventRow,
    AuditHead,
    ConditionRow,
    ReviewClauseRow,
    ReviewRow,
    RevisionPack,
    RevisionRow,
)
from reviewer.store.search import search_document

PLACES = [
    "Besançon",
    "Nîmes",
    "Saint-Étienne",
    "Orléans",
    "Göteborg",
    "Zürich",
    "Kraków",
    "Málaga",
    "Lyon",
    "Île-de-France",
    "Québec",
    "Liège",
    "Genève",
    "Århus",
    "Thessaloníki",
    "Porto",
]
ORGS = [
    "Mairie de {}",
    "Hôpital de {}",
    "Préfecture de {}",
    "Université de {}",
    "Caisse d'allocations de {}",
    "Police municipale de {}",
    "Société générale d'assurances de {}",
    "{} Transport Authority",
    "Région {}",
    "Clinique vétérinaire de {}",
    "Agence régionale de santé de {}",
]
WORDS = [
    "données",
    "personnelles",
    "traitement",
    "caméra",
    "reconnaissance",
    "faciale",
    "élèves",
    "santé",
    "dossier",
    "algorithme",
    "tri",
    "priorité",
    "décision",
    "humaine",
    "contrôle",
    "transparence",
    "équité",
    "biais",
    "modèle",
    "apprentissage",
    "évaluation",
    "risque",
    "bénéficiaires",
    "allocation",
    "fraude",
    "détection",
    "vidéo",
    "chatbot",
    "clients",
    "réclamations",
    "résumé",
    "rapports",
    "sécurité",
    "accès",
    "journalisation",
    "archivage",
    "recruitment",
    "screening",
    "candidates",
    "scoring",
    "credit",
    "insurance",
    "customers",
    "summaries",
    "triage",
]
STATUSES = ["draft"] * 40 + ["decided"] * 30 + ["awaiting-approval"] * 15 + ["approved"] * 15
APPROVERS = ["", "bob@example.org", "Claire Approver", "dpo@example.org"]
OWNERS = ["DPO", "RSSI", "Direction juridique", "Équipe data", "Ressources humaines"]


@dataclass
class SeedResult:
    """How many reviews were written and how long it took."""

    reviews: int
    seconds: float

    @property
    def rate(self) -> float:
        """Return reviews written per second."""
        return self.reviews / self.seconds if self.seconds else 0.0


def _sentence(rng: random.Random, words: int) -> str:
    """Make up a sentence of varied words."""
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


class _Generator:
    """Varied intakes and their (cached) assessments."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.questionnaire = default_questionnaire()
        self.packs = default_policy_packs()
        self.examples = [
            json.loads(p.read_text(encoding="utf-8")) for p in sorted(examples_dir().glob("*.json"))
        ]
        self.text_ids = {
            q.id for _, q in self.questionnaire.iter_questions() if q.kind is QuestionKind.TEXT
        }
        self._assessments: dict[str, tuple[Assessment, str]] = {}

    def intake(self) -> tuple[str, str, dict[str, Any]]:
        """Return a title, an organisation and answers."""
        example = self.rng.choice(self.examples)
        place = self.rng.choice(PLACES)
        answers = dict(example["answers"])
        for qid in self.text_ids:
            if qid in answers:
                answers[qid] = _sentence(self.rng, self.rng.randint(8, 30))
        title = f"{example['title']} — {place} #{self.rng.randint(1, 9999)}"
        return title, self.rng.choice(ORGS).format(place), answers

    def assessment(self, answers: dict[str, Any]) -> tuple[Assessment, str]:
        """Assess answers; free text does not change the outcome, so reuse by the rest."""
        key = canonical_json({k: v for k, v in answers.items() if k not in self.text_ids})
        cached = self._assessments.get(key)
        if cached is None:
            result = assess(self.questionnaire, self.packs, answers)
            cached = self._assessments[key] = (result, result.to_json())
        return cached


def _digest(
    review: dict[str, Any],
    revision: dict[str, Any],
    q_sha: str,
    conditions: list[dict[str, Any]] | None = None,
) -> str:
    """Digest a review's state exactly as the service does."""
    # The seeded conditions name no evidence, so no attachment keys need translating.
    follow = [condition_state(SimpleNamespace(**c), {}) for c in conditions or []]  # type: ignore[arg-type]
    return repo.state_digest(
        SimpleNamespace(**review),  # type: ignore[arg-type]
        SimpleNamespace(**revision, questionnaire=SimpleNamespace(sha256=q_sha)),  # type: ignore[arg-type]
        [],
        follow,
    )


def _conditions(
    rng: random.Random, review_pk: int, decided: datetime, now: datetime
) -> list[dict[str, Any]]:
    """Make up one to three conditions of approval, due from 90 days ago to a year ahead."""
    rows = []
    for number in range(1, rng.randint(1, 3) + 1):
        due = now.date() + timedelta(days=rng.randint(-90, 365))
        rows.append(
            {
                "review_pk": review_pk,
                "revision": 1,
                "number": number,
                "text": _sentence(rng, rng.randint(6, 14)),
                "answers": "",
                "owner": rng.choice(OWNERS),
                "due_date": due.isoformat(),
                "status": "open",
                "evidence_pk": None,
                "reason": None,
                "closed_by": None,
                "closed_at": None,
            }
        )
    return rows


def seed(database: str, reviews: int, batch: int = 2000, rng_seed: int = 7) -> SeedResult:
    """Write `reviews` reviews into the database and return the time taken."""
    rng = random.Random(rng_seed)
    generator = _Generator(rng)
    started = time.perf_counter()
    now = datetime.now(UTC)
    with ReviewService.open(database, actor="seed") as service:
        store = service.store
        with store.write() as session:
            q_row = repo.ensure_questionnaire(session, generator.questionnaire)
            pack_pks = pin_current_packs(session, generator.packs, "seed")
        written = 0
        while written < reviews:
            count = min(batch, reviews - written)
            with store.write() as session:
                head = lock_head(session)
                next_pk = int(session.scalar(text("SELECT coalesce(max(pk), 0) FROM reviews")) or 0)
                next_rev = int(
                    session.scalar(text("SELECT coalesce(max(pk), 0) FROM revisions")) or 0
                )
                review_rows, revision_rows, pin_rows, event_rows = [], [], [], []
                condition_rows: list[dict[str, Any]] = []
                clause_rows: list[dict[str, Any]] = []
                prev, seq = head.last_hash, head.last_seq
                for i in range(count):
                    next_pk += 1
                    next_rev += 1
                    title, organisation, answers = generator.intake()
                    assessment, assessment_json = generator.assessment(answers)
                    created = now - timedelta(seconds=rng.randint(3600, 3 * 365 * 86400))
                    updated = min(now, created + timedelta(seconds=rng.randint(0, 30 * 86400)))
                    status = rng.choice(STATUSES)
                    if assessment.missing_required and status != "draft":
                        status = "draft"
                    review = {
                        "pk": next_pk,
                        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        # Unique by the row key; numbered per year only in the real service.
                        "reference": f"R-{created.year}-{next_pk:06d}",
                        "title": title,
                        "organisation": organisation,
                        "system": "",
                        "business_owner": "",
                        "approver": rng.choice(APPROVERS),
                        "due_date": None,
                        "search_text": search_document(
                            title, organisation, answers, generator.text_ids, None
                        ),
                        "status": "draft",
                        "verdict": assessment.verdict.value,
                        "answers_complete": not assessment.missing_required,
                        "current_revision": 1,
                        "created_at": created,
                        "updated_at": updated,
                        "version": 1,
                    }
                    revision: dict[str, Any] = {
                        "pk": next_rev,
                        "review_pk": next_pk,
                        "number": 1,
                        "questionnaire_pk": q_row.pk,
                        "answers": canonical_json(answers),
                        "assessment": assessment_json,
                        "verdict": assessment.verdict.value,
                        "assessed_at": created,
                        "outcome": None,
                        "rationale": None,
                        "conditions": None,
                        "decided_by": None,
                        "decided_at": None,
                        "signed_pdf_sha256": None,
                        "signed_by": None,
                        "signed_at": None,
                        "created_at": created,
                        "state": "draft",
                        "decider_email": None,
                        "escalate_to": None,
                        "closing_note": None,
                        "next_review": None,
                    }
                    conditions: list[dict[str, Any]] = []
                    steps = [(EventKind.IMPORT, {"file": f"seed-{written + i}.json"}, created)]
                    states = [_digest(review, revision, q_row.sha256)]
                    if status in ("decided", "awaiting-approval", "approved"):
                        choices = allowed_outcomes(assessment.verdict)
                        if status == "approved":
                            choices = [o for o in choices if o.approves]
                            if not choices:  # a prohibited use is never approved
                                choices, status = allowed_outcomes(assessment.verdict), "decided"
                        outcome = rng.choice(choices)
                        if outcome.value == "approve-with-conditions":
                            conditions = _conditions(rng, next_pk, updated, now)
                        if outcome.approves:
                            ahead = timedelta(days=rng.randint(-60, 3 * 365))
                            revision["next_review"] = (now.date() + ahead).isoformat()
                        revision.update(
                            outcome=outcome.value,
                            rationale=_sentence(rng, rng.randint(10, 40)),
                            conditions=canonical_json([c["text"] for c in conditions]),
                            decided_by="seed",
                            decided_at=updated,
                            decider_email="seed@example.org",
                            state="decided",
                        )
                        review["status"] = "decided"
                        review["search_text"] = search_document(
                            title, organisation, answers, generator.text_ids, revision["rationale"]
                        )
                        steps.append((EventKind.DECIDE, {"outcome": outcome.value}, updated))
                        states.append(_digest(review, revision, q_row.sha256, conditions))
                    if status in ("awaiting-approval", "approved"):
                        revision.update(
                            signed_pdf_sha256=f"{rng.getrandbits(256):064x}",
                            signed_by="Seed Officer <seed@example.org>",
                            signed_at=updated,
                            state="awaiting-approval",
                        )
                        review["status"] = "awaiting-approval"
                        steps.append((EventKind.SIGN, {}, updated))
                        states.append(_digest(review, revision, q_row.sha256, conditions))
                    if status == "approved":
                        revision["state"] = review["status"] = "approved"
                        steps.append((EventKind.COUNTERSIGN, {}, updated))
                        states.append(_digest(review, revision, q_row.sha256, conditions))
                        for condition in conditions:
                            if rng.random() < 0.5:
                                continue
                            waived = rng.random() < 0.3
                            condition.update(
                                status="waived" if waived else "done",
                                reason="Couvert par la DPIA" if waived else None,
                                closed_by="seed",
                                closed_at=updated,
                            )
                            detail = {"condition": condition["number"]}
                            steps.append((EventKind.CONDITION, detail, updated))
                            states.append(_digest(review, revision, q_row.sha256, conditions))
                    condition_rows += conditions
                    clause_rows += [
                        {"review_pk": next_pk, "clause": clause}
                        for clause in sorted(
                            {f"{t.pack_id}:{t.clause_id}" for t in assessment.triggers}
                        )
                    ]
                    for (kind, detail, when), digest in zip(steps, states, strict=True):
                        seq += 1
                        at = when.isoformat(timespec="microseconds")
                        detail_text = canonical_json({**detail, "revision": 1})
                        own = event_hash(
                            at, "seed", kind.value, review["id"], detail_text, digest, prev
                        )
                        event_rows.append(
                            {
                                "seq": seq,
                                "at": at,
                                "actor": "seed",
                                "kind": kind.value,
                                "review_id": review["id"],
                                "detail": detail_text,
                                "state_digest": digest,
                                "prev_hash": prev,
                                "hash": own,
                            }
                        )
                        prev = own
                    review_rows.append(review)
                    revision_rows.append(revision)
                    pin_rows += [
                        {"revision_pk": next_rev, "position": n, "pack_pk": pk}
                        for n, pk in enumerate(pack_pks)
                    ]
                session.execute(insert(ReviewRow.__table__), review_rows)
                session.execute(insert(RevisionRow.__table__), revision_rows)
                session.execute(insert(RevisionPack.__table__), pin_rows)
                if condition_rows:
                    session.execute(insert(ConditionRow.__table__), condition_rows)
                if clause_rows:
                    session.execute(insert(ReviewClauseRow.__table__), clause_rows)
                session.execute(insert(AuditEventRow.__table__), event_rows)
                session.execute(
                    update(AuditHead.__table__)
                    .where(AuditHead.__table__.c.pk == 1)
                    .values(
                        last_seq=seq,
                        last_hash=prev,
                        event_count=AuditHead.__table__.c.event_count + len(event_rows),
                    )
                )
                session.expire(head)
                written += count
        with store.engine.begin() as conn:
            # The running counts the service keeps clause by clause, computed once here.
            conn.execute(text("DELETE FROM clause_counts"))
            conn.execute(
                text(
                    "INSERT INTO clause_counts (clause, reviews) "
                    "SELECT clause, count(*) FROM review_clauses GROUP BY clause"
                )
            )
        if store.dialect == "postgresql":
            with store.engine.begin() as conn:
                for table in ("reviews", "revisions", "audit_events", "conditions"):
                    column = "seq" if table == "audit_events" else "pk"
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                            f"(SELECT coalesce(max({column}), 1) FROM {table}))"
                        )
                    )
            # A database in use has been vacuumed by autovacuum: its visibility map lets the
            # Overview's counts read indexes only. Bulk-loaded rows have none until VACUUM.
            with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM ANALYZE"))
        else:
            with store.engine.begin() as conn:
                conn.execute(text("ANALYZE"))
    return SeedResult(reviews=written, seconds=time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, seed, and print the rate."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.seed", description=__doc__)
    parser.add_argument("--reviews", type=int, required=True, help="how many reviews to write")
    parser.add_argument("--database", required=True, metavar="URL", help="database URL or file")
    parser.add_argument("--batch", type=int, default=2000, help="reviews per transaction")
    parser.add_argument("--seed", type=int, default=7, help="random seed")
    args = parser.parse_args(argv)
    result = seed(args.database, args.reviews, args.batch, args.seed)
    print(
        f"Seeded {result.reviews} reviews in {result.seconds:.1f} s ({result.rate:.0f} reviews/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
