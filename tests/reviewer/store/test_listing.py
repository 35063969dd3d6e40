"""The review list's order: every sort key, both directions, stable across pages."""

from __future__ import annotations

import pytest

from reviewer.records import ReviewQuery, SortKey
from reviewer.service import ReviewService
from tests.helpers.content import complete_answers, open_service


@pytest.fixture
def service(database_url: str):  # type: ignore[no-untyped-def]
    with open_service(database_url) as svc:
        for title, org in [("beta", "Zed"), ("Alpha", "yankee"), ("gamma", "Xray")]:
            svc.create_review(title, org, complete_answers())
        yield svc


def titles(service: ReviewService, **query: object) -> list[str]:
    return [s.title for s in service.list_reviews(ReviewQuery(**query))]  # type: ignore[arg-type]


def test_sort_by_title_ignores_case_both_ways(service: ReviewService) -> None:
    assert titles(service, sort=SortKey.TITLE, descending=False) == ["Alpha", "beta", "gamma"]
    assert titles(service, sort=SortKey.TITLE) == ["gamma", "beta", "Alpha"]


def test_sort_by_organisation(service: ReviewService) -> None:
    assert titles(service, sort=SortKey.ORGANISATION, descending=False) == [
        "gamma",
        "Alpha",
        "beta",
    ]


def test_default_is_newest_change_first(service: ReviewService) -> None:
    assert titles(service) == ["gamma", "Alpha", "beta"]
    beta = service.list_reviews(ReviewQuery(search="beta"))[0]
    service.set_answer(beta.id, "users", 3)
    assert titles(service)[0] == "beta"
    assert titles(service, sort=SortKey.CREATED, descending=False) == ["beta", "Alpha", "gamma"]


def test_pages_do_not_overlap(service: ReviewService) -> None:
    first = titles(service, sort=SortKey.STATUS, limit=2)
    second = titles(service, sort=SortKey.STATUS, limit=2, offset=2)
    assert sorted(first + second) == ["Alpha", "beta", "gamma"]


def test_verdict_sorts_by_severity_not_alphabet(service: ReviewService) -> None:
    rid = service.list_reviews(ReviewQuery(search="Alpha"))[0].id
    service.set_answer(rid, "biometric", True)
    verdicts = [s.verdict for s in service.list_reviews(ReviewQuery(sort=SortKey.VERDICT))]
    ranks = ["PROHIBITED", "HIGH", "LIMITED", "MINIMAL", None]
    assert verdicts == sorted(verdicts, key=lambda v: ranks.index(v.value if v else None))
