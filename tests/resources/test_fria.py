"""The FRIA follow-up questionnaire: which reviews owe it, and that it covers Article 27."""

from datetime import date

import pytest

import reviewer
from reviewer.answers import answer_problems, missing_required
from reviewer.library import follow_up_questionnaires, owed_questionnaires
from reviewer.resources import examples_dir

AS_OF = date(2026, 12, 1)


def fria() -> reviewer.Questionnaire:
    [questionnaire] = follow_up_questionnaires()
    return questionnaire


def assess_example(stem: str) -> reviewer.Assessment:
    questionnaire = reviewer.default_questionnaire()
    answers = reviewer.load_answers_file(examples_dir() / f"{stem}.json", questionnaire).answers
    return reviewer.assess(questionnaire, reviewer.default_policy_packs(), answers, AS_OF)


def test_fria_is_owed_when_its_clause_names_it():
    shipped = {f"{p.id}:{c.id}" for p in reviewer.default_policy_packs() for c in p.clauses}
    assert fria().required_by
    assert set(fria().required_by) <= shipped


@pytest.mark.parametrize(
    ("stem", "owed"),
    [
        ("credit-scoring", True),  # Annex III 5(b) deployer
        ("public-benefits-eligibility", True),  # public body, Annex III 5(a)
        ("cv-screening-recruitment", False),  # private employer, no public service
        ("customer-support-chatbot", False),
    ],
)
def test_which_reviews_owe_a_fria(stem, owed):
    assert (owed_questionnaires(assess_example(stem)) == [fria()]) is owed


def test_fria_asks_for_each_element_of_article_27():
    titles = " ".join(s.title for s in fria().sections)
    for element in ("(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "27(3)", "(4)"):
        assert element in titles


def test_a_complete_fria_validates_and_misses_nothing():
    answers = {
        "fria_processes": "Caseworkers use the score to order benefit claims for review.",
        "fria_period": "From March 2027, reviewed every year.",
        "fria_frequency": "daily",
        "fria_affected_categories": "About 40,000 claimants a year, many in financial hardship.",
        "fria_risks": "Wrongful delay of benefits; indirect discrimination by postcode.",
        "fria_oversight": "A caseworker decides each claim and can ignore the score.",
        "fria_measures": "The benefits director suspends use; complaints go to the ombudsman.",
        "fria_notified": True,
        "fria_notified_on": "2027-02-20",
        "fria_dpia_covers_part": True,
    }
    assert answer_problems(fria(), answers) == []
    assert missing_required(fria(), answers) == []
    assert missing_required(fria(), {**answers, "fria_notified_on": None}) == ["fria_notified_on"]
