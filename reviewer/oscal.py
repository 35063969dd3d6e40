"""OSCAL documents for GRC tools: a review as Assessment Results, a policy pack as a Catalog.

The documents are built as plain OSCAL JSON and then parsed by compliance-trestle's pydantic
models of OSCAL (every object `extra="forbid"`, every token and UUID checked), so what is
written is what trestle accepts. Trestle is imported only when a document is built: it is
slow to import and the CLI's start-up time matters.

The mapping: a triggered clause is a finding (its target the clause, not satisfied), with
one risk; each answer and each evidence file (with its sha256) is an observation; the risk's
status follows the review's decision (see `risk_status`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, time
from typing import Any

from reviewer.canonical import canonical_json
from reviewer.decision import Outcome
from reviewer.policy import Clause, PolicyPack
from reviewer.questionnaire import Questionnaire
from reviewer.records import Attachment, ReviewDetail, ReviewStatus
from reviewer.scoring import Trigger

_NAMESPACE = uuid.UUID("6f1d2c1e-9a57-5d0e-8f1b-2b7a0c3e4d51")


def _uuid(*parts: str) -> str:
    """Return a stable UUID (version 5) for a thing, so exports of one review are comparable."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def token(value: str) -> str:
    """Make an OSCAL token (an XML name) of an id: it may not begin with a digit."""
    return value if value[:1].isalpha() or value[:1] == "_" else f"_{value}"


def _line(text: str) -> str:
    """Make a one-line OSCAL title of a text."""
    return " ".join(text.split()) or "-"


def _prop(name: str, value: object) -> dict[str, str]:
    """Return an OSCAL property in Reviewer's namespace."""
    return {"name": name, "value": _line(str(value)), "ns": "https://reviewer.invalid/ns/oscal"}


def risk_status(detail: ReviewDetail) -> str:
    """Return the OSCAL status of a triggered clause's risk, from where the decision stands.

    No decision yet: open. Decided but not countersigned: investigating. Approved with
    conditions: deviation-approved (the risk is accepted under obligations). Approved as it
    is, or rejected: closed.
    """
    decision = detail.current.decision
    if decision is None or detail.summary.status is ReviewStatus.RETURNED:
        return "open"
    if decision.outcome is Outcome.REJECT:
        return "closed"
    if detail.summary.status is not ReviewStatus.APPROVED:
        return "investigating"
    if decision.outcome is Outcome.APPROVE_WITH_CONDITIONS:
        return "deviation-approved"
    return "closed"


def assessment_results(
    detail: ReviewDetail, questionnaire: Questionnaire, now: datetime
) -> dict[str, Any]:
    """Return a review's current revision as an OSCAL Assessment Results document (JSON)."""
    summary, revision = detail.summary, detail.current
    review = summary.id
    collected = (revision.assessed_at or revision.created_at).isoformat()
    answers = _answer_observations(review, revision.answers, questionnaire, collected)
    evidence, resources = _evidence(review, detail.attachments)
    triggers = revision.assessment.triggers if revision.assessment else []
    status = risk_status(detail)
    risks = [_risk(review, t, status, answers) for t in triggers]
    findings = [_finding(review, t, answers) for t in triggers]
    result: dict[str, Any] = {
        "uuid": _uuid(review, "result", str(revision.number)),
        "title": _line(f"Review {summary.reference}, revision {revision.number}"),
        "description": f"Assessment of {summary.title} ({summary.organisation}) by Reviewer.",
        "start": revision.created_at.isoformat(),
        "props": [
            _prop("reference", summary.reference),
            _prop("status", summary.status.value),
            *([_prop("verdict", summary.verdict.value)] if summary.verdict else []),
        ],
        "reviewed-controls": {"control-selections": [{"include-all": {}}]},
        "observations": list(answers.values()) + evidence or None,
        "risks": risks or None,
        "findings": findings or None,
    }
    if revision.decision is not None:
        result["end"] = revision.decision.decided_at.isoformat()
        result["remarks"] = (
            f"Decision: {revision.decision.outcome.value} by {revision.decision.decided_by}. "
            f"{revision.decision.rationale}"
        )
    document: dict[str, Any] = {
        "uuid": _uuid(review, "assessment-results", str(revision.number)),
        "metadata": _metadata(
            f"Review {summary.reference}: {summary.title}",
            f"revision {revision.number}",
            summary.updated_at,
        ),
        "import-ap": {
            "href": f"urn:reviewer:questionnaire:{questionnaire.id}:{questionnaire.version}",
            "remarks": "The assessment plan is Reviewer's intake questionnaire and policy packs.",
        },
        "results": [{k: v for k, v in result.items() if v is not None}],
    }
    if resources:
        document["back-matter"] = {"resources": resources}
    return _validated("assessment-results", document)


def _metadata(title: str, version: str, modified: datetime) -> dict[str, Any]:
    """Return OSCAL metadata."""
    from trestle.oscal import OSCAL_VERSION

    return {
        "title": _line(title),
        "last-modified": modified.astimezone(UTC).isoformat(),
        "version": _line(version),
        "oscal-version": OSCAL_VERSION,
    }


def _answer_observations(
    review: str, answers: dict[str, Any], questionnaire: Questionnaire, collected: str
) -> dict[str, dict[str, Any]]:
    """Return one observation per answer, by question id."""
    observations = {}
    for question_id, value in answers.items():
        question = questionnaire.questions.get(question_id)
        label = question.label if question else question_id
        observations[question_id] = {
            "uuid": _uuid(review, "answer", question_id),
            "title": _line(label),
            "description": f"{label}: {canonical_json(value)}",
            "props": [_prop("question", question_id)],
            "methods": ["INTERVIEW"],
            "types": ["finding"],
            "collected": collected,
        }
    return observations


def _evidence(
    review: str, attachments: Sequence[Attachment]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return one observation per evidence file, and the back-matter resource with its hash."""
    observations, resources = [], []
    for item in attachments:
        resource = _uuid(review, "evidence", item.sha256)
        resources.append(
            {
                "uuid": resource,
                "title": _line(item.file_name),
                "rlinks": [
                    {
                        "href": f"urn:reviewer:evidence:sha256:{item.sha256}",
                        "media-type": item.media_type,
                        "hashes": [{"algorithm": "SHA-256", "value": item.sha256}],
                    }
                ],
            }
        )
        observations.append(
            {
                "uuid": _uuid(review, "evidence-observation", item.sha256),
                "title": _line(f"Evidence: {item.file_name}"),
                "description": (
                    f"{item.file_name} ({item.size} bytes, sha256 {item.sha256}), added by "
                    f"{item.added_by}."
                ),
                "props": [_prop("sha256", item.sha256)],
                "methods": ["EXAMINE"],
                "types": ["finding"],
                "relevant-evidence": [{"href": f"#{resource}", "description": item.file_name}],
                "collected": item.added_at.isoformat(),
            }
        )
    return observations, resources


def _clause_id(pack: str, clause: str) -> str:
    """Return the OSCAL id of a clause: its pack and its own id."""
    return token(f"{pack}.{clause}")


def _related(trigger: Trigger, answers: dict[str, dict[str, Any]]) -> list[dict[str, str]]:
    """Return the observations of the answers a trigger rests on."""
    return [
        {"observation-uuid": answers[a.question]["uuid"]}
        for a in trigger.answers
        if a.question in answers
    ]


def _risk(
    review: str, trigger: Trigger, status: str, answers: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """Return the risk a triggered clause names."""
    risk: dict[str, Any] = {
        "uuid": _uuid(review, "risk", trigger.pack_id, trigger.clause_id),
        "title": _line(trigger.title),
        "description": trigger.summary,
        "statement": trigger.explanation,
        "props": [_prop("severity", trigger.severity.value), _prop("points", trigger.points)],
        "status": status,
    }
    related = _related(trigger, answers)
    if related:
        risk["related-observations"] = related
    return risk


def _finding(review: str, trigger: Trigger, answers: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Return the finding of a triggered clause."""
    finding: dict[str, Any] = {
        "uuid": _uuid(review, "finding", trigger.pack_id, trigger.clause_id),
        "title": _line(trigger.title),
        "description": trigger.explanation,
        "props": [_prop("severity", trigger.severity.value)],
        "target": {
            "type": "objective-id",
            "target-id": _clause_id(trigger.pack_id, trigger.clause_id),
            "status": {"state": "not-satisfied"},
        },
        "related-risks": [{"risk-uuid": _uuid(review, "risk", trigger.pack_id, trigger.clause_id)}],
        "links": [
            {
                "href": trigger.citation.url,
                "rel": "reference",
                "text": _line(f"{trigger.citation.source}, {trigger.citation.article}"),
            }
        ],
    }
    related = _related(trigger, answers)
    if related:
        finding["related-observations"] = related
    return finding


def catalog(pack: PolicyPack) -> dict[str, Any]:
    """Return a policy pack as an OSCAL Catalog: one control per clause, citing its source."""
    effective = datetime.combine(pack.effective, time.min, tzinfo=UTC)
    document = {
        "uuid": _uuid("pack", pack.id, pack.version, pack.sha256),
        "metadata": {
            **_metadata(pack.title, pack.version, effective),
            "props": [_prop("pack-id", pack.id), _prop("sha256", pack.sha256)],
            "remarks": pack.description or pack.source,
        },
        "controls": [_control(pack, clause) for clause in pack.clauses],
    }
    return _validated("catalog", document)


def _control(pack: PolicyPack, clause: Clause) -> dict[str, Any]:
    """Return one clause as an OSCAL control."""
    control_id = _clause_id(pack.id, clause.id)
    parts: list[dict[str, Any]] = [
        {"id": f"{control_id}_smt", "name": "statement", "prose": clause.summary}
    ]
    parts += [
        {"id": token(f"{control_id}_obl.{o.id}"), "name": "guidance", "prose": o.text}
        for o in clause.obligations
    ]
    return {
        "id": control_id,
        "class": "clause",
        "title": _line(clause.title),
        "props": [
            _prop("severity", clause.severity.value),
            *(_prop("tag", t) for t in clause.tags),
        ],
        "links": [
            {
                "href": clause.citation.url,
                "rel": "reference",
                "text": _line(f"{clause.citation.source}, {clause.citation.article}"),
            }
        ],
        "parts": parts,
    }


def _validated(root: str, document: dict[str, Any]) -> dict[str, Any]:
    """Parse a document with trestle's OSCAL models and return it as trestle writes it."""
    if root == "catalog":
        from trestle.oscal.catalog import Model as CatalogModel

        model: Any = CatalogModel.model_validate({root: document})
    else:
        from trestle.oscal.assessment_results import Model as ResultsModel

        model = ResultsModel.model_validate({root: document})
    dumped: dict[str, Any] = model.model_dump(mode="json", by_alias=True, exclude_none=True)
    return dumped
