"""A synthetic policy pack of many clauses over a real questionnaire, for scale benchmarks."""

from __future__ import annotations

import random
from typing import Any

from reviewer.policy import PolicyPack, parse_policy_pack
from reviewer.questionnaire import Question, QuestionKind, Questionnaire

CITATION = {
    "source": "Synthetic benchmark source",
    "article": "Art. 0",
    "url": "https://example.org/synthetic",
    "read": "2026-11-27",
}


def _leaf(question: Question, rng: random.Random) -> dict[str, Any]:
    """Build one condition leaf that fits the question's kind."""
    options = [o.id for o in question.options]
    match question.kind:
        case QuestionKind.SINGLE:
            return {"in": {"question": question.id, "values": rng.sample(options, 1)}}
        case QuestionKind.MULTI:
            return {"includes": {"question": question.id, "values": rng.sample(options, 2)}}
        case QuestionKind.BOOLEAN:
            return {"equals": {"question": question.id, "value": rng.random() < 0.5}}
        case QuestionKind.NUMBER:
            return {"compare": {"question": question.id, "op": ">=", "value": rng.randint(0, 99)}}
    return {"answered": {"question": question.id}}


def synthetic_pack(questionnaire: Questionnaire, clauses: int, seed: int = 7) -> PolicyPack:
    """Return a pack of n clauses with nested all/any/not conditions and exceptions."""
    rng = random.Random(seed)
    questions = [q for _, q in questionnaire.iter_questions()]
    severities = ["prohibited", "high", "limited", "minimal"]
    items = []
    for n in range(clauses):
        leaves = [_leaf(rng.choice(questions), rng) for _ in range(4)]
        when = {"all": [leaves[0], {"any": [leaves[1], {"not": leaves[2]}]}]}
        items.append(
            {
                "id": f"synthetic-{n:04d}",
                "title": f"Synthetic clause {n}",
                "summary": "Generated for benchmarking.",
                "citation": CITATION,
                "severity": rng.choice(severities),
                "when": when,
                "unless": [{"id": "exception", "title": "Generated exception", "when": leaves[3]}],
                "obligations": [{"id": f"obligation-{n % 50}", "text": "Do the generated thing."}],
            }
        )
    data = {
        "id": "synthetic",
        "version": str(clauses),
        "title": "Synthetic pack",
        "source": "Synthetic",
        "effective": "2026-01-01",
        "questionnaire": questionnaire.id,
        "clauses": items,
    }
    return parse_policy_pack(data, "synthetic.yaml", questionnaire)
