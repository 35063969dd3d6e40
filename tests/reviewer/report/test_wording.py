"""The report's words: every sentence in both languages, with the same placeholders."""

from __future__ import annotations

import pytest

from reviewer.decision import Outcome
from reviewer.report.wording import LANGUAGES, catalogue, placeholders, report_language, wording
from reviewer.severity import Severity, Verdict


@pytest.mark.parametrize("key", sorted(catalogue()))
def test_both_languages_fill_the_same_placeholders(key: str) -> None:
    english, french = catalogue()[key]
    assert english.strip() and french.strip()
    assert placeholders(english) == placeholders(french)


def test_plural_forms_come_in_pairs() -> None:
    keys = set(catalogue())
    for key in keys:
        stem, _, form = key.rpartition(".")
        if form in ("one", "other"):
            assert {f"{stem}.one", f"{stem}.other"} <= keys


def test_french_is_french() -> None:
    same = {key for key, (english, french) in catalogue().items() if english == french}
    # Only placeholders, and words both languages share, may read the same.
    assert same <= {
        "header.reference",
        "versions.pack",
        "signatures.heading",
        "clause.obligations",
        "obligations.col.obligation",
        "answers.col.question",
        "pins.questionnaire",
    }


def test_counts_follow_each_language_s_plural_rule() -> None:
    assert wording("en").count("verdict.clauses", 0) == "0 policy clauses triggered."
    assert wording("fr").count("verdict.clauses", 0) == "0 clause déclenchée."
    assert wording("en").count("verdict.clauses", 1) == "1 policy clause triggered."
    assert wording("fr").count("verdict.clauses", 2) == "2 clauses déclenchées."


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_outcome_verdict_and_severity_has_words(language: str) -> None:
    words = wording(language)  # type: ignore[arg-type]
    said = [words.outcome(o) for o in Outcome] + [words.verdict(v) for v in Verdict]
    said += [words.severity(s) for s in Severity]
    assert all(said)
    assert len({words.outcome(o) for o in Outcome}) == len(Outcome)


def test_numbers_use_the_language_s_thousands_separator() -> None:
    assert wording("en").number(48213) == "48,213"
    assert wording("fr").number(48213) == "48\u202f213"


def test_an_interface_language_without_a_report_language_gives_english() -> None:
    assert report_language("fr") == "fr"
    assert report_language("fr_CA") == "fr"
    assert report_language("en") == "en"
    assert report_language("de") == "en"
