"""Full-text search over reviews, with diacritics folded, and the list filters."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, literal_column, text
from sqlalchemy.sql.elements import ColumnElement

from reviewer.store.models import ReviewRow

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12


def fold(value: str) -> str:
    """Lower-case text and strip its accents, so 'Données' and 'donnees' compare equal."""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def text_question_ids(questionnaire: Mapping[str, Any]) -> set[str]:
    """Return the ids of free-text questions in a questionnaire's JSON form."""
    ids: set[str] = set()
    for section in questionnaire.get("sections", []):
        for question in section.get("questions", []):
            if question.get("kind") == "text":
                ids.add(str(question.get("id")))
    return ids


def search_document(
    title: str,
    organisation: str,
    answers: Mapping[str, Any],
    text_ids: Iterable[str],
    rationale: str | None,
) -> str:
    """Build the folded text a review is found by: title, organisation, text answers, rationale."""
    parts = [title, organisation]
    parts += [answers[q] for q in sorted(text_ids) if isinstance(answers.get(q), str)]
    if rationale:
        parts.append(rationale)
    return fold("\n".join(parts))


def search_terms(query: str) -> list[str]:
    """Split a query into folded words; punctuation and operators are ignored, never parsed."""
    return _WORD.findall(fold(query))[:MAX_TERMS]


def match_clause(dialect: str, query: str) -> ColumnElement[bool] | None:
    """Return the condition that a review matches every word of the query (as a prefix)."""
    terms = search_terms(query)
    if not terms:
        return None
    if dialect == "sqlite":
        fts_query = " ".join(f'"{term}"*' for term in terms)
        return ReviewRow.pk.in_(
            text("SELECT rowid FROM review_fts WHERE review_fts MATCH :fts").bindparams(
                fts=fts_query
            )
        )
    ts_query = " & ".join(f"{term}:*" for term in terms)
    vector: ColumnElement[Any] = literal_column("to_tsvector('simple', reviews.search_text)")
    return vector.op("@@")(text("to_tsquery('simple', :tsq)").bindparams(tsq=ts_query))


def apply_filters(
    statement: Select[Any],
    dialect: str,
    *,
    search: str | None = None,
    status: str | None = None,
    approver: str | None = None,
    verdict: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Select[Any]:
    """Narrow a select over reviews by search text, status, verdict and last-change dates."""
    conditions: list[ColumnElement[bool]] = []
    if search:
        match = match_clause(dialect, search)
        if match is not None:
            conditions.append(match)
    if status:
        conditions.append(ReviewRow.status == status)
    if approver and approver.strip():
        pattern = "%" + approver.strip().lower().replace("%", r"\%").replace("_", r"\_") + "%"
        conditions.append(func.lower(ReviewRow.approver).like(pattern, escape="\\"))
    if verdict:
        conditions.append(ReviewRow.verdict == verdict)
    if since:
        conditions.append(ReviewRow.updated_at >= since)
    if until:
        conditions.append(ReviewRow.updated_at < until)
    return statement.where(and_(*conditions)) if conditions else statement
