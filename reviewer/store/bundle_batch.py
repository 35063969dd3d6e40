"""Many reviews at once, for a push: gathered as bundles and written as new in a few statements.

The one-review path (`bundle_rows`) issues a dozen statements per review; a push of
thousands would spend its time on round trips. Here a batch costs a fixed handful of
queries to read, and a handful of multi-row inserts to write.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from reviewer.bundles.model import (
    Bundle,
    EvidenceData,
    HeldQuestionnaireData,
    ReportData,
    ReviewData,
    RevisionData,
)
from reviewer.store.audit import EventKind, append_event
from reviewer.store.bundle_followup import (
    add_clause_rows,
    condition_data,
    follow_up_params,
    insert_follow_up,
    mark_data,
    triggered_clauses,
)
from reviewer.store.bundle_rows import (
    REVIEW_COLUMNS,
    REVISION_COLUMNS,
    Arrival,
    ImportOutcome,
    review_values,
    store_pins,
)
from reviewer.store.imported import ForeignEvent, as_foreign
from reviewer.store.models import (
    AttachmentRow,
    AuditEventRow,
    Base,
    ConditionRow,
    ImportedEventRow,
    ObligationMarkRow,
    PolicyPackVersion,
    QuestionnaireVersion,
    ReviewRow,
    RevisionPack,
    RevisionQuestionnaireRow,
    RevisionRow,
    SignedReportRow,
)

_TABLES = Base.metadata.tables
_EVIDENCE = ("revision", "file_name", "media_type", "sha256", "size", "added_by", "added_at")
_REPORT = ("revision", "kind", "sha256", "signer", "recorded_at")


def bundles_of(session: Session, review_pks: Sequence[int]) -> list[Bundle]:
    """Gather many reviews as bundles, in review order, with a fixed number of queries."""
    reviews = list(
        session.execute(
            select(ReviewRow.__table__).where(ReviewRow.pk.in_(review_pks)).order_by(ReviewRow.pk)
        ).mappings()
    )
    ids = [r["id"] for r in reviews]
    revisions: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(
        select(RevisionRow.__table__)
        .where(RevisionRow.review_pk.in_(review_pks))
        .order_by(RevisionRow.review_pk, RevisionRow.number)
    ).mappings():
        revisions[row["review_pk"]].append(row)
    pins: dict[int, list[str]] = defaultdict(list)
    for revision_pk, sha in session.execute(
        select(RevisionPack.revision_pk, PolicyPackVersion.sha256)
        .join(PolicyPackVersion, RevisionPack.pack_pk == PolicyPackVersion.pk)
        .join(RevisionRow, RevisionRow.pk == RevisionPack.revision_pk)
        .where(RevisionRow.review_pk.in_(review_pks))
        .order_by(RevisionPack.revision_pk, RevisionPack.position)
    ):
        pins[revision_pk].append(sha)
    questionnaires = {
        pk: (sha, body)
        for pk, sha, body in session.execute(
            select(QuestionnaireVersion.pk, QuestionnaireVersion.sha256, QuestionnaireVersion.body)
        )
    }
    held: dict[int, list[HeldQuestionnaireData]] = defaultdict(list)
    held_pks: dict[int, list[int]] = defaultdict(list)
    for revision_pk, questionnaire_pk, answers in session.execute(
        select(
            RevisionQuestionnaireRow.revision_pk,
            RevisionQuestionnaireRow.questionnaire_pk,
            RevisionQuestionnaireRow.answers,
        )
        .join(RevisionRow, RevisionRow.pk == RevisionQuestionnaireRow.revision_pk)
        .where(RevisionRow.review_pk.in_(review_pks))
        .order_by(RevisionQuestionnaireRow.pk)
    ):
        sha = questionnaires[questionnaire_pk][0]
        held[revision_pk].append(HeldQuestionnaireData(questionnaire=sha, answers=answers))
        held_pks[revision_pk].append(questionnaire_pk)
    needed = {sha for shas in pins.values() for sha in shas}
    packs: dict[str, str] = {
        sha: body
        for sha, body in session.execute(
            select(PolicyPackVersion.sha256, PolicyPackVersion.body).where(
                PolicyPackVersion.sha256.in_(needed)
            )
        )
    }
    evidence: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(
        select(AttachmentRow.__table__)
        .where(AttachmentRow.review_pk.in_(review_pks))
        .order_by(AttachmentRow.pk)
    ).mappings():
        evidence[row["review_pk"]].append(row)
    reports: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(
        select(SignedReportRow.__table__)
        .where(SignedReportRow.review_pk.in_(review_pks))
        .order_by(SignedReportRow.pk)
    ).mappings():
        reports[row["review_pk"]].append(row)
    hashes = {e["pk"]: e["sha256"] for rows in evidence.values() for e in rows}
    conditions: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(
        select(ConditionRow.__table__)
        .where(ConditionRow.review_pk.in_(review_pks))
        .order_by(ConditionRow.pk)
    ).mappings():
        conditions[row["review_pk"]].append(condition_data(row, hashes))
    marks: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(
        select(ObligationMarkRow.__table__)
        .where(ObligationMarkRow.review_pk.in_(review_pks))
        .order_by(ObligationMarkRow.pk)
    ).mappings():
        marks[row["review_pk"]].append(mark_data(row, hashes))
    events = _histories(session, ids)
    bundles = []
    for review in reviews:
        own = revisions[review["pk"]]
        bundle = Bundle(
            review=ReviewData(
                **{name: review[name] for name in REVIEW_COLUMNS},
                revisions=[
                    RevisionData(
                        **{name: r[name] for name in REVISION_COLUMNS},
                        questionnaire=questionnaires[r["questionnaire_pk"]][0],
                        packs=pins[r["pk"]],
                        questionnaires=held[r["pk"]],
                    )
                    for r in own
                ],
                evidence=[
                    EvidenceData(**{k: e[k] for k in _EVIDENCE}) for e in evidence[review["pk"]]
                ],
                reports=[ReportData(**{k: k_[k] for k in _REPORT}) for k_ in reports[review["pk"]]],
                conditions=conditions[review["pk"]],
                obligation_marks=marks[review["pk"]],
            ),
            events=events[review["id"]],
        )
        for r in own:
            for questionnaire_pk in [r["questionnaire_pk"], *held_pks[r["pk"]]]:
                sha, body = questionnaires[questionnaire_pk]
                bundle.questionnaires[sha] = body
            for pack in pins[r["pk"]]:
                bundle.packs[pack] = packs[pack]
        for e in evidence[review["pk"]]:
            bundle.evidence[e["sha256"]] = e["content"]
        for k_ in reports[review["pk"]]:
            bundle.reports[k_["sha256"]] = k_["content"]
        bundles.append(bundle)
    return bundles


def _histories(session: Session, ids: list[str]) -> dict[str, list[ForeignEvent]]:
    """Return each review's whole history, imported and local events in order."""
    keyed: dict[str, list[tuple[tuple[int, int, int], ForeignEvent]]] = defaultdict(list)
    for row in session.scalars(select(ImportedEventRow).where(ImportedEventRow.review_id.in_(ids))):
        keyed[row.review_id].append(
            ((row.import_seq, 0, row.position), as_foreign(row, row.source_seq))
        )
    for local in session.scalars(select(AuditEventRow).where(AuditEventRow.review_id.in_(ids))):
        keyed[local.review_id or ""].append(((local.seq, 1, 0), as_foreign(local, local.seq)))
    return {
        review_id: [event for _, event in sorted(pairs, key=lambda pair: pair[0])]
        for review_id, pairs in keyed.items()
    }


def insert_new_reviews(
    session: Session,
    bundles: Sequence[Bundle],
    actor: str,
    detail: dict[str, Any],
    pinned: dict[str, int],
) -> list[ImportOutcome]:
    """Write reviews this database does not hold yet, checked already, in multi-row inserts."""
    if not bundles:
        return []
    for bundle in bundles:
        store_pins(session, bundle, actor, pinned)
    review_pks = (
        session.execute(
            insert(_TABLES["reviews"]).returning(ReviewRow.pk, sort_by_parameter_order=True),
            [{**review_values(b.review), "version": 1} for b in bundles],
        )
        .scalars()
        .all()
    )
    revision_params = []
    for pk, bundle in zip(review_pks, bundles, strict=True):
        for revision in bundle.review.revisions:
            revision_params.append(
                {
                    **{n: getattr(revision, n) for n in REVISION_COLUMNS},
                    "review_pk": pk,
                    "questionnaire_pk": pinned[revision.questionnaire],
                }
            )
    revision_pks = (
        session.execute(
            insert(_TABLES["revisions"]).returning(RevisionRow.pk, sort_by_parameter_order=True),
            revision_params,
        )
        .scalars()
        .all()
    )
    pin_params, held_params, evidence_params, report_params = [], [], [], []
    revisions = iter(revision_pks)
    for pk, bundle in zip(review_pks, bundles, strict=True):
        for revision in bundle.review.revisions:
            revision_pk = next(revisions)
            pin_params += [
                {"revision_pk": revision_pk, "position": n, "pack_pk": pinned[sha]}
                for n, sha in enumerate(revision.packs)
            ]
            held_params += [
                {
                    "revision_pk": revision_pk,
                    "questionnaire_pk": pinned[h.questionnaire],
                    "answers": h.answers,
                }
                for h in revision.questionnaires
            ]
        evidence_params += [
            {**e.model_dump(), "review_pk": pk, "content": bundle.evidence[e.sha256]}
            for e in bundle.review.evidence
        ]
        report_params += [
            {**k.model_dump(), "review_pk": pk, "content": bundle.reports[k.sha256]}
            for k in bundle.review.reports
        ]
    for table, params in (
        (_TABLES["revision_packs"], pin_params),
        (_TABLES["revision_questionnaires"], held_params),
        (_TABLES["signed_reports"], report_params),
    ):
        if params:
            session.execute(insert(table), params)
    _insert_evidence_and_follow_up(session, review_pks, bundles, evidence_params)
    outcomes, imported = [], []
    for bundle in bundles:
        data = bundle.review
        event = append_event(
            session,
            actor=actor,
            kind=EventKind.BUNDLE_IMPORT,
            review_id=data.id,
            detail={
                **detail,
                "reference": data.reference,
                "revision": data.current_revision,
                "events": [e.hash for e in bundle.events],
            },
            state_digest=bundle.events[-1].state_digest,
        )
        imported += [
            {**vars(e), "import_seq": event.seq, "position": n} for n, e in enumerate(bundle.events)
        ]
        outcomes.append(
            ImportOutcome(Arrival.NEW, data.reference, data.current_revision, event.seq)
        )
    session.flush()
    session.execute(insert(_TABLES["imported_events"]), imported)
    return outcomes


def _insert_evidence_and_follow_up(
    session: Session,
    review_pks: Sequence[int],
    bundles: Sequence[Bundle],
    evidence_params: list[dict[str, Any]],
) -> None:
    """Insert the evidence, then the conditions and marks that name it, and the clause rows."""
    keys: dict[int, dict[str, int]] = defaultdict(dict)
    if evidence_params:
        evidence_pks = (
            session.execute(
                insert(_TABLES["attachments"]).returning(
                    AttachmentRow.pk, sort_by_parameter_order=True
                ),
                evidence_params,
            )
            .scalars()
            .all()
        )
        for params, pk in zip(evidence_params, evidence_pks, strict=True):
            keys[params["review_pk"]][params["sha256"]] = pk
    conditions: list[dict[str, Any]] = []
    marks: list[dict[str, Any]] = []
    for pk, bundle in zip(review_pks, bundles, strict=True):
        more_conditions, more_marks = follow_up_params(bundle.review, pk, keys[pk])
        conditions += more_conditions
        marks += more_marks
    insert_follow_up(session, conditions, marks)
    add_clause_rows(
        session,
        (
            (pk, triggered_clauses(bundle.review.current().assessment))
            for pk, bundle in zip(review_pks, bundles, strict=True)
        ),
    )
