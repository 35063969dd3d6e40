"""The shipped example intakes: each fits the questionnaire and gets the verdict we expect."""

from datetime import date
from pathlib import Path

import pytest

import reviewer
from reviewer.resources import examples_dir
from reviewer.severity import Verdict

MS = "microsoft-ai-code-of-conduct"
EU = "eu-ai-act"
DP = "data-protection"
# Verdicts depend on the day: pin it, so the suite does not change its mind on 2 August 2027.
AS_OF = date(2026, 12, 1)

# example file stem: (verdict, clauses that must trigger, exceptions that must be applied)
EXPECTED = {
    "us-police-bodycam-face-matching": (
        Verdict.PROHIBITED,
        {
            (MS, "us-police-facial-recognition"),
            (MS, "mobile-realtime-face-recognition-law-enforcement"),
        },
        set(),
    ),
    "internal-document-summariser": (Verdict.MINIMAL, set(), set()),
    "customer-support-chatbot": (Verdict.LIMITED, {(EU, "art-50-1-ai-interaction")}, set()),
    "romantic-companion-app": (Verdict.PROHIBITED, {(MS, "companion-romantic-chatbots")}, set()),
    "exam-proctoring": (Verdict.HIGH, {(EU, "annex-iii-3-education")}, set()),
    "eu-police-missing-child-realtime-authorised": (
        Verdict.HIGH,
        {(EU, "annex-iii-1-biometrics")},
        {(EU, "art-5-1-h-realtime-rbi", "art-5-2-conditions-met")},
    ),
    "eu-police-missing-child-realtime-unauthorised": (
        Verdict.PROHIBITED,
        {(EU, "art-5-1-h-realtime-rbi")},
        set(),
    ),
    "uk-police-fixed-camera-post-event": (
        Verdict.HIGH,
        {(MS, "identification-under-limited-access"), (MS, "sensitive-use-escalated-review")},
        set(),
    ),
    "cv-screening-recruitment": (
        Verdict.HIGH,
        {(EU, "annex-iii-4-employment"), (DP, "gdpr-35-3-a-systematic-evaluation")},
        set(),
    ),
    "credit-scoring": (
        Verdict.HIGH,
        {
            (EU, "annex-iii-5-essential-services"),
            (EU, "art-27-fundamental-rights-impact-assessment"),
        },
        set(),
    ),
    "workplace-emotion-detection": (
        Verdict.PROHIBITED,
        {(EU, "art-5-1-f-emotion-work-education"), (MS, "emotion-inference")},
        set(),
    ),
    # Labelled, so Article 50(4) is met: nothing triggers.
    "marketing-deepfake-video-disclosed": (Verdict.MINIMAL, set(), set()),
    "face-scraping-database": (Verdict.PROHIBITED, {(EU, "art-5-1-e-face-scraping")}, set()),
    "synthese-bulletins-economiques": (
        Verdict.MINIMAL,
        set(),
        {(EU, "art-50-4-public-interest-text", "human-editorial-responsibility")},
    ),
    "airline-pilot-stress-monitoring": (
        Verdict.HIGH,
        {(EU, "annex-iii-1-biometrics")},
        {(EU, "art-5-1-f-emotion-work-education", "medical-or-safety-reasons")},
    ),
    "public-benefits-eligibility": (Verdict.HIGH, {(EU, "annex-iii-5-essential-services")}, set()),
    "predictive-policing-personality": (
        Verdict.PROHIBITED,
        {(EU, "art-5-1-d-crime-prediction-profiling")},
        set(),
    ),
    "admissions-document-sorting": (
        Verdict.MINIMAL,
        set(),
        {(EU, "annex-iii-3-education", "art-6-3-derogation")},
    ),
    "tarot-chatbot-entertainment": (
        Verdict.MINIMAL,
        set(),
        {(MS, "special-wisdom-claims", "labelled-as-entertainment")},
    ),
    "police-camera-analytics-public-square": (
        Verdict.HIGH,
        {(DP, "led-27-dpia-law-enforcement")},
        set(),
    ),
    # Article 6(1) applies from 2 August 2027: listed, not counted, before then.
    "press-brake-safety-stop-annex-i": (Verdict.MINIMAL, set(), set()),
    "staff-entrance-face-verification-pending": (
        Verdict.HIGH,
        {(MS, "identification-limited-access-pending")},
        set(),
    ),
}


def example_path(stem: str) -> Path:
    return examples_dir() / f"{stem}.json"


def load(stem: str) -> reviewer.AnswersFile:
    return reviewer.load_answers_file(example_path(stem), reviewer.default_questionnaire())


def test_every_example_file_has_an_expected_verdict():
    shipped = {path.stem for path in examples_dir().glob("*.json")}
    assert shipped == set(EXPECTED)


def test_examples_cover_every_verdict():
    assert {verdict for verdict, _, _ in EXPECTED.values()} == set(Verdict)


@pytest.mark.parametrize("stem", sorted(EXPECTED), ids=str)
def test_example_gets_expected_verdict(stem):
    verdict, must_trigger, must_apply = EXPECTED[stem]
    result = reviewer.assess(
        reviewer.default_questionnaire(),
        reviewer.default_policy_packs(),
        load(stem).answers,
        as_of=AS_OF,
    )
    assert result.verdict is verdict
    assert must_trigger <= {(t.pack_id, t.clause_id) for t in result.triggers}
    applied = {(e.pack_id, e.clause_id, e.exception_id) for e in result.exceptions}
    assert must_apply <= applied
    if verdict is Verdict.MINIMAL:
        assert result.triggers == []


@pytest.mark.parametrize("stem", sorted(EXPECTED), ids=str)
def test_example_answers_only_visible_questions_and_every_required_one(stem):
    questionnaire = reviewer.default_questionnaire()
    answers = load(stem).answers
    assert questionnaire.visible_answers(answers) == answers
    result = reviewer.assess(questionnaire, reviewer.default_policy_packs(), answers)
    assert result.missing_required == []


@pytest.mark.parametrize("stem", sorted(EXPECTED), ids=str)
def test_example_pins_the_shipped_questionnaire_version(stem):
    questionnaire = reviewer.default_questionnaire()
    pin = load(stem).questionnaire
    assert (pin.id, pin.version) == (questionnaire.id, questionnaire.version)


def test_accented_organisation_name_survives_loading():
    loaded = load("synthese-bulletins-economiques")
    assert loaded.organisation == "Société Générale de Données"
    assert "relit, corrige et signe" in loaded.answers["use_case_description"]


def assess_example(stem: str, as_of: date) -> reviewer.Assessment:
    return reviewer.assess(
        reviewer.default_questionnaire(), reviewer.default_policy_packs(), load(stem).answers, as_of
    )


def test_annex_i_product_is_high_risk_from_2_august_2027_only():
    before = assess_example("press-brake-safety-stop-annex-i", date(2027, 8, 1))
    clause = (EU, "art-6-1-annex-i-product")
    [pending] = before.not_yet_applicable
    assert (pending.pack_id, pending.clause_id) == clause
    assert pending.applies_from.effective == date(2027, 8, 2)
    assert before.verdict is Verdict.MINIMAL
    after = assess_example("press-brake-safety-stop-annex-i", date(2027, 8, 2))
    assert clause in {(t.pack_id, t.clause_id) for t in after.triggers}
    assert after.not_yet_applicable == []
    assert after.verdict is Verdict.HIGH


def test_pending_limited_access_blocks_until_approval():
    result = assess_example("staff-entrance-face-verification-pending", AS_OF)
    assert "not-before-limited-access-approval" in {o.id for o in result.obligations}
    assert result.verdict is Verdict.HIGH


def test_labelled_deepfake_is_not_flagged_but_an_unlabelled_one_is():
    questionnaire = reviewer.default_questionnaire()
    answers = dict(load("marketing-deepfake-video-disclosed").answers)
    assert answers["deepfake"] is True and answers["deepfake_disclosed"] is True
    unlabelled = reviewer.assess(
        questionnaire,
        reviewer.default_policy_packs(),
        {**answers, "deepfake_disclosed": False},
        as_of=AS_OF,
    )
    assert (EU, "art-50-4-deepfake-disclosure") in {
        (t.pack_id, t.clause_id) for t in unlabelled.triggers
    }


def test_camera_analytics_over_a_public_square_needs_a_dpia():
    result = assess_example("police-camera-analytics-public-square", AS_OF)
    assert {"led-dpia-before-processing", "led-prior-consultation"} <= {
        o.id for o in result.obligations
    }
