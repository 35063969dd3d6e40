"""Every shipped clause: one answer set that triggers it and a near miss that does not."""

from datetime import date
from typing import Any

import pytest

import reviewer
from reviewer.severity import Verdict

MS = "microsoft-ai-code-of-conduct"
EU = "eu-ai-act"
DP = "data-protection"
# A day on which every shipped clause applies (Article 6(1) is the last, from 2 August 2027);
# tests of the dates themselves are in test_dates.py.
EVERY_CLAUSE_APPLIES = date(2027, 8, 2)

ALL_MITIGATIONS = [
    "human_oversight",
    "abuse_detection",
    "io_limits",
    "ongoing_testing",
    "feedback_channel",
    "scenario_specific",
]

# A private EU company calling Azure OpenAI for nothing risky: every always-visible required
# question answered "no" or "none". It triggers nothing (see the first test); rows add to it.
BASE: dict[str, Any] = {
    "org_type": "private_company",
    "acting_for_police": False,
    "jurisdictions": ["eu"],
    "eu_role": "deployer",
    "provides_public_services": False,
    "provider_changes": ["none"],
    "ai_literacy": True,
    "use_case_description": "Drafting replies to routine customer e-mails for agents to edit.",
    "affected_groups": ["customers"],
    "ai_services": ["azure_openai_text"],
    "beyond_declared_use": False,
    "camera_setup": "none",
    "builds_face_database": False,
    "biometric_functions": ["none"],
    "tracks_individuals": False,
    "infers_sensitive_info": False,
    "has_chatbot": False,
    "synthetic_content": ["none"],
    "scores_people": False,
    "manipulative_techniques": False,
    "exploits_vulnerabilities": ["none"],
    "consequential_decisions": ["none"],
    "official_record": False,
    "personal_data": False,
    "annex_i_product": "none",
    "annex_iii_areas": ["none"],
    "mitigations": ALL_MITIGATIONS,
}

NOT_MICROSOFT = {"ai_services": ["other_provider"]}
NOT_HIGH_RISK_TASK = {"profiling": False, "art6_3_derogation": "none"}
UK_POLICE = {"org_type": "law_enforcement", "police_country": "uk", "jurisdictions": ["uk"]}
EU_POLICE = {"org_type": "law_enforcement", "police_country": "eu_member_state"}
CHAT = {"has_chatbot": True, "ai_interaction_disclosure": "at_start"}


def face_identification(timing: str, where: str = "public_spaces") -> dict[str, Any]:
    return {
        "biometric_functions": ["identification_1n"],
        "biometric_modalities": ["face"],
        "identification_settings": [where],
        "identification_timing": timing,
        "tracking_consent": False,
    }


FACE_VERIFICATION = {
    "ai_services": ["azure_face"],
    "biometric_functions": ["verification_11"],
    "biometric_modalities": ["face"],
    "identification_timing": "real_time",
}
EMOTION_AT_COUNTER = {
    "biometric_functions": ["emotion_inference"],
    "biometric_modalities": ["voice"],
    "emotion_settings": ["customers"],
    "emotion_purpose": "customer_experience",
    **NOT_HIGH_RISK_TASK,
}
CATEGORISATION = {
    "biometric_functions": ["categorisation_sensitive"],
    "biometric_modalities": ["face"],
    "categorisation_purpose": "dataset_labelling",
    **NOT_HIGH_RISK_TASK,
}
SOCIAL_SCORE = {
    "scores_people": True,
    "scoring_purposes": ["social_behaviour"],
    "scoring_basis": "objective_facts",
    "scoring_over_time": True,
    "detrimental_unrelated": True,
    "detrimental_disproportionate": False,
}
CRIME_PREDICTION = {
    "scores_people": True,
    "scoring_over_time": False,
    "scoring_purposes": ["crime_prediction"],
    "scoring_basis": "solely_profiling",
    "crime_prediction_supports_human": False,
    "detrimental_unrelated": False,
    "detrimental_disproportionate": False,
}
REALTIME_RBI = {
    **EU_POLICE,
    **NOT_MICROSOFT,
    "camera_setup": "fixed",
    "camera_setting": "public",
    **face_identification("real_time"),
    **NOT_HIGH_RISK_TASK,
    "rbi_objective": "victims_missing",
    "rbi_authorisation": "prior",
    "rbi_fria_done": True,
    "rbi_registered": True,
    "rbi_national_law": True,
    "rbi_notification": True,
}
POST_EVENT_RBI = {
    **EU_POLICE,
    **NOT_MICROSOFT,
    **face_identification("post_event", where="other"),
    **NOT_HIGH_RISK_TASK,
}


PERSONAL = {
    "personal_data": True,
    "special_categories": ["none"],
    "processing_scale": "small",
    "combines_datasets": False,
    "rights_exercise_blocked": False,
}
RECRUITMENT = {
    "annex_iii_areas": ["employment"],
    "employment_uses": ["recruitment"],
    **NOT_HIGH_RISK_TASK,
}
PUBLIC_CAMERAS = {"camera_setup": "fixed", "camera_setting": "public"}
MARKED_IMAGES = {
    "synthetic_content": ["images"],
    "deepfake": False,
    "machine_readable_marking": True,
}
MARKED_TEXT = {
    "synthetic_content": ["text"],
    "public_interest_text": False,
    "machine_readable_marking": True,
    "ai_output_disclosed": True,
}
UNMARKED_TEXT = {**MARKED_TEXT, "eu_role": "both", "machine_readable_marking": False}
DEEPFAKE_VIDEO = {
    "synthetic_content": ["video"],
    "deepfake": True,
    "deepfake_artistic": False,
    "machine_readable_marking": True,
    "ai_output_disclosed": True,
}


def without(mitigation: str) -> list[str]:
    return [m for m in ALL_MITIGATIONS if m != mitigation]


def given(overrides: dict[str, Any]) -> dict[str, Any]:
    return {**BASE, **overrides}


def row(pack: str, clause: str, triggering: dict[str, Any], near_miss: dict[str, Any]):
    return pytest.param(pack, clause, triggering, near_miss, id=f"{pack}:{clause}")


CLAUSE_TABLE = [
    # ---------------------------------------------------------------- Microsoft
    row(
        MS,
        "us-police-facial-recognition",
        {
            "org_type": "law_enforcement",
            "police_country": "us",
            "jurisdictions": ["us"],
            "ai_services": ["azure_face"],
            **face_identification("post_event"),
            "limited_access_status": "approved",
        },
        {
            **UK_POLICE,
            "ai_services": ["azure_face"],
            **face_identification("post_event"),
            "limited_access_status": "approved",
        },
    ),
    row(
        MS,
        "mobile-realtime-face-recognition-law-enforcement",
        {
            **UK_POLICE,
            "ai_services": ["azure_face"],
            "camera_setup": "mobile",
            "mobile_camera_type": ["body_worn"],
            "camera_setting": "public",
            **face_identification("real_time"),
            "limited_access_status": "approved",
        },
        {
            **UK_POLICE,
            "ai_services": ["azure_face"],
            "camera_setup": "fixed",
            "camera_setting": "public",
            **face_identification("real_time"),
            "limited_access_status": "approved",
        },
    ),
    row(
        MS,
        "identification-outside-limited-access",
        {**FACE_VERIFICATION, "limited_access_status": "not_applied"},
        {**FACE_VERIFICATION, "limited_access_status": "approved"},
    ),
    row(
        MS,
        "identification-limited-access-pending",
        {**FACE_VERIFICATION, "limited_access_status": "pending"},
        {**FACE_VERIFICATION, "limited_access_status": "approved"},
    ),
    row(
        MS,
        "sensitive-use-escalated-review",
        {"consequential_decisions": ["legal_position"], "human_oversight": "meaningful"},
        {"consequential_decisions": ["financial_position"], "human_oversight": "meaningful"},
    ),
    row(
        MS,
        "identification-under-limited-access",
        {**FACE_VERIFICATION, "limited_access_status": "approved"},
        {**FACE_VERIFICATION, **NOT_MICROSOFT},
    ),
    row(
        MS,
        "consequential-decisions-without-oversight",
        {"consequential_decisions": ["financial_position"], "human_oversight": "nominal"},
        {"consequential_decisions": ["financial_position"], "human_oversight": "meaningful"},
    ),
    row(
        MS,
        "sensitive-inference-without-consent",
        {"infers_sensitive_info": True, "sensitive_inference_consent": False},
        {"infers_sensitive_info": True, "sensitive_inference_consent": True},
    ),
    row(MS, "emotion-inference", EMOTION_AT_COUNTER, {**EMOTION_AT_COUNTER, **NOT_MICROSOFT}),
    row(
        MS,
        "sensitive-attribute-inference",
        {"biometric_functions": ["attribute_inference"], "biometric_modalities": ["face"]},
        {
            "biometric_functions": ["attribute_inference"],
            "biometric_modalities": ["face"],
            **NOT_MICROSOFT,
        },
    ),
    row(MS, "biometric-categorisation", CATEGORISATION, {**CATEGORISATION, **NOT_MICROSOFT}),
    row(
        MS,
        "social-scoring-predictive-profiling",
        SOCIAL_SCORE,
        {**SOCIAL_SCORE, "detrimental_unrelated": False},
    ),
    row(
        MS,
        "exploiting-vulnerabilities",
        {"exploits_vulnerabilities": ["socio_economic"], "significant_harm_likely": False},
        {
            "exploits_vulnerabilities": ["socio_economic"],
            "significant_harm_likely": False,
            **NOT_MICROSOFT,
        },
    ),
    row(
        MS,
        "surveillance-without-consent",
        {"tracks_individuals": True, "tracking_consent": False},
        {"tracks_individuals": True, "tracking_consent": True},
    ),
    row(
        MS,
        "companion-romantic-chatbots",
        {**CHAT, "chatbot_features": ["companionship"]},
        {**CHAT, "chatbot_features": ["none"]},
    ),
    row(
        MS,
        "real-person-persona-without-consent",
        {**CHAT, "chatbot_features": ["real_person_persona"], "persona_consent": False},
        {**CHAT, "chatbot_features": ["real_person_persona"], "persona_consent": True},
    ),
    row(
        MS,
        "special-wisdom-claims",
        {**CHAT, "chatbot_features": ["special_wisdom"], "wisdom_labelled_entertainment": False},
        {**CHAT, "chatbot_features": ["special_wisdom"], "wisdom_labelled_entertainment": True},
    ),
    row(
        MS,
        "user-built-bots-without-oversight",
        {**CHAT, "chatbot_features": ["user_built_bots"], "user_bots_oversight": False},
        {**CHAT, "chatbot_features": ["user_built_bots"], "user_bots_oversight": True},
    ),
    row(
        MS,
        "minors-exploitation",
        {"affected_groups": ["minors", "customers"], "minors_interaction": "unsafeguarded"},
        {"affected_groups": ["minors", "customers"], "minors_interaction": "safeguarded"},
    ),
    row(
        MS,
        "use-beyond-declared-use-case",
        {"beyond_declared_use": True},
        {"beyond_declared_use": False},
    ),
    *[
        row(
            MS,
            f"mitigation-missing-{mitigation.replace('_', '-')}",
            {"mitigations": without(mitigation), "mitigations_planned": ["none"]},
            {"mitigations": without(other), "mitigations_planned": ["none"]},
        )
        for mitigation, other in [
            ("human_oversight", "abuse_detection"),
            ("abuse_detection", "io_limits"),
            ("io_limits", "ongoing_testing"),
            ("ongoing_testing", "feedback_channel"),
            ("feedback_channel", "scenario_specific"),
            ("scenario_specific", "human_oversight"),
        ]
    ],
    row(
        MS,
        "synthetic-content-disclosure-missing",
        {**MARKED_IMAGES, "ai_output_disclosed": False},
        {**MARKED_IMAGES, "ai_output_disclosed": True},
    ),
    # ---------------------------------------------------------------- EU AI Act
    row(
        EU,
        "art-5-1-a-manipulation",
        {"manipulative_techniques": True, "significant_harm_likely": True},
        {"manipulative_techniques": True, "significant_harm_likely": False},
    ),
    row(
        EU,
        "art-5-1-b-exploiting-vulnerabilities",
        {"exploits_vulnerabilities": ["disability"], "significant_harm_likely": True},
        {"exploits_vulnerabilities": ["disability"], "significant_harm_likely": False},
    ),
    row(
        EU,
        "art-5-1-c-social-scoring",
        SOCIAL_SCORE,
        {**SOCIAL_SCORE, "detrimental_unrelated": False},
    ),
    row(
        EU,
        "art-5-1-d-crime-prediction-profiling",
        CRIME_PREDICTION,
        {**CRIME_PREDICTION, "scoring_basis": "mixed"},
    ),
    row(
        EU,
        "art-5-1-e-face-scraping",
        {"builds_face_database": True, "face_image_sources": ["internet_untargeted"]},
        {"builds_face_database": True, "face_image_sources": ["enrolled_with_consent"]},
    ),
    row(
        EU,
        "art-5-1-f-emotion-work-education",
        {**EMOTION_AT_COUNTER, "emotion_settings": ["education"], "emotion_purpose": "performance"},
        {**EMOTION_AT_COUNTER, "emotion_settings": ["customers"], "emotion_purpose": "performance"},
    ),
    row(
        EU,
        "art-5-1-g-biometric-categorisation",
        {**CATEGORISATION, "categorisation_purpose": "other"},
        CATEGORISATION,
    ),
    row(
        EU,
        "art-5-1-h-realtime-rbi",
        {**REALTIME_RBI, "rbi_authorisation": "refused"},
        {
            **EU_POLICE,
            **NOT_MICROSOFT,
            "camera_setup": "fixed",
            "camera_setting": "controlled",
            **face_identification("real_time", where="other"),
            **NOT_HIGH_RISK_TASK,
        },
    ),
    row(
        EU,
        "annex-iii-1-biometrics",
        {**EMOTION_AT_COUNTER, **NOT_MICROSOFT},
        {**FACE_VERIFICATION, **NOT_MICROSOFT},
    ),
    row(
        EU,
        "annex-iii-2-critical-infrastructure",
        {
            "annex_iii_areas": ["critical_infrastructure"],
            "critical_infrastructure_role": "safety_component",
            **NOT_HIGH_RISK_TASK,
        },
        {
            "annex_iii_areas": ["critical_infrastructure"],
            "critical_infrastructure_role": "non_safety",
            **NOT_HIGH_RISK_TASK,
        },
    ),
    row(
        EU,
        "annex-iii-3-education",
        {
            "annex_iii_areas": ["education"],
            "education_uses": ["learning_outcomes"],
            **NOT_HIGH_RISK_TASK,
        },
        {"annex_iii_areas": ["education"], "education_uses": ["other"], **NOT_HIGH_RISK_TASK},
    ),
    row(
        EU,
        "annex-iii-4-employment",
        {
            "annex_iii_areas": ["employment"],
            "employment_uses": ["task_allocation"],
            **NOT_HIGH_RISK_TASK,
        },
        {"annex_iii_areas": ["employment"], "employment_uses": ["other"], **NOT_HIGH_RISK_TASK},
    ),
    row(
        EU,
        "annex-iii-5-essential-services",
        {
            "annex_iii_areas": ["essential_services"],
            "essential_services_uses": ["insurance_pricing"],
            **NOT_HIGH_RISK_TASK,
        },
        {
            "annex_iii_areas": ["essential_services"],
            "essential_services_uses": ["fraud_detection"],
            **NOT_HIGH_RISK_TASK,
        },
    ),
    row(
        EU,
        "annex-iii-6-law-enforcement",
        {
            **EU_POLICE,
            "annex_iii_areas": ["law_enforcement"],
            "law_enforcement_uses": ["evidence_reliability"],
            **NOT_HIGH_RISK_TASK,
        },
        {
            **EU_POLICE,
            "annex_iii_areas": ["law_enforcement"],
            "law_enforcement_uses": ["other"],
            **NOT_HIGH_RISK_TASK,
        },
    ),
    row(
        EU,
        "annex-iii-7-migration-border",
        {
            "org_type": "other_government",
            "annex_iii_areas": ["migration_border"],
            "migration_uses": ["application_examination"],
            **NOT_HIGH_RISK_TASK,
        },
        {
            "org_type": "other_government",
            "annex_iii_areas": ["migration_border"],
            "migration_uses": ["document_checks"],
            **NOT_HIGH_RISK_TASK,
        },
    ),
    row(
        EU,
        "annex-iii-8-justice-democracy",
        {
            "annex_iii_areas": ["justice_democracy"],
            "justice_uses": ["election_influence"],
            **NOT_HIGH_RISK_TASK,
        },
        {
            "annex_iii_areas": ["justice_democracy"],
            "justice_uses": ["campaign_logistics"],
            **NOT_HIGH_RISK_TASK,
        },
    ),
    row(
        EU,
        "art-26-10-post-event-rbi",
        POST_EVENT_RBI,
        {
            **NOT_MICROSOFT,
            **face_identification("post_event", where="other"),
            **NOT_HIGH_RISK_TASK,
        },
    ),
    row(
        EU,
        "art-26-11-inform-affected-people",
        {
            "annex_iii_areas": ["employment"],
            "employment_uses": ["recruitment"],
            **NOT_HIGH_RISK_TASK,
            "consequential_decisions": ["opportunities"],
            "human_oversight": "meaningful",
        },
        {
            "annex_iii_areas": ["employment"],
            "employment_uses": ["recruitment"],
            **NOT_HIGH_RISK_TASK,
            "consequential_decisions": ["none"],
        },
    ),
    row(
        EU,
        "art-50-1-ai-interaction",
        {"eu_role": "provider", **CHAT, "chatbot_features": ["none"]},
        {"eu_role": "deployer", **CHAT, "chatbot_features": ["none"]},
    ),
    row(
        EU,
        "art-50-2-machine-readable-marking",
        {**UNMARKED_TEXT, "marking_exemption": "none"},
        {**UNMARKED_TEXT, "marking_exemption": "no_substantial_alteration"},
    ),
    row(
        EU,
        "art-50-3-emotion-categorisation-notice",
        CATEGORISATION,
        {**CATEGORISATION, "eu_role": "provider"},
    ),
    row(
        EU,
        "art-50-4-deepfake-disclosure",
        {**DEEPFAKE_VIDEO, "deepfake_disclosed": False},
        {**DEEPFAKE_VIDEO, "deepfake_disclosed": True},
    ),
    row(
        EU,
        "art-50-4-deepfake-artistic-work",
        {**DEEPFAKE_VIDEO, "deepfake_artistic": True, "deepfake_disclosed": False},
        {**DEEPFAKE_VIDEO, "deepfake_artistic": False, "deepfake_disclosed": False},
    ),
    row(
        EU,
        "art-50-4-public-interest-text",
        {**MARKED_TEXT, "public_interest_text": True, "editorial_review": False},
        {**MARKED_TEXT, "public_interest_text": True, "editorial_review": True},
    ),
    row(
        EU,
        "art-6-1-annex-i-product",
        {"annex_i_product": "section_a", "annex_i_third_party": True},
        {"annex_i_product": "section_a", "annex_i_third_party": False},
    ),
    row(
        EU,
        "art-25-deployer-becomes-provider",
        {**RECRUITMENT, "provider_changes": ["own_name"]},
        {**RECRUITMENT, "provider_changes": ["none"]},
    ),
    row(
        EU,
        "art-26-deployer-duties",
        RECRUITMENT,
        {**RECRUITMENT, "eu_role": "provider"},
    ),
    row(
        EU,
        "art-26-7-inform-workers",
        {**RECRUITMENT, "affected_groups": ["workers"]},
        {**RECRUITMENT, "affected_groups": ["job_applicants"]},
    ),
    row(
        EU,
        "art-26-8-public-authority-registration",
        {**RECRUITMENT, "org_type": "other_government"},
        {**RECRUITMENT, "org_type": "private_company"},
    ),
    row(
        EU,
        "art-27-fundamental-rights-impact-assessment",
        {**RECRUITMENT, "provides_public_services": True},
        {**RECRUITMENT, "provides_public_services": False},
    ),
    row(EU, "art-4-ai-literacy", {"ai_literacy": False}, {"ai_literacy": True}),
    # ---------------------------------------------------------------- data protection
    row(
        DP,
        "gdpr-35-3-a-systematic-evaluation",
        {
            **PERSONAL,
            **SOCIAL_SCORE,
            "detrimental_unrelated": False,
            "consequential_decisions": ["opportunities"],
            "human_oversight": "meaningful",
        },
        {**PERSONAL, **SOCIAL_SCORE, "detrimental_unrelated": False},
    ),
    row(
        DP,
        "gdpr-35-3-b-special-categories-large-scale",
        {**PERSONAL, "special_categories": ["health"], "processing_scale": "large"},
        {**PERSONAL, "special_categories": ["health"], "processing_scale": "small"},
    ),
    row(
        DP,
        "gdpr-35-3-c-public-monitoring-large-scale",
        {**PERSONAL, **PUBLIC_CAMERAS, "processing_scale": "large"},
        {**PERSONAL, **PUBLIC_CAMERAS, "camera_setting": "controlled", "processing_scale": "large"},
    ),
    row(
        DP,
        "gdpr-35-1-two-or-more-criteria",
        {**PERSONAL, "combines_datasets": True, "rights_exercise_blocked": True},
        {**PERSONAL, "combines_datasets": True},
    ),
    row(
        DP,
        "led-27-dpia-law-enforcement",
        {**EU_POLICE, **NOT_MICROSOFT, **PERSONAL, **PUBLIC_CAMERAS, "processing_scale": "large"},
        {**EU_POLICE, **NOT_MICROSOFT, **PERSONAL, **PUBLIC_CAMERAS},
    ),
]


def assess(answers: dict[str, Any], as_of: date = EVERY_CLAUSE_APPLIES) -> reviewer.Assessment:
    return reviewer.assess(
        reviewer.default_questionnaire(), reviewer.default_policy_packs(), answers, as_of
    )


def triggered(result: reviewer.Assessment) -> set[tuple[str, str]]:
    return {(t.pack_id, t.clause_id) for t in result.triggers}


def applied(result: reviewer.Assessment) -> set[tuple[str, str, str]]:
    return {(e.pack_id, e.clause_id, e.exception_id) for e in result.exceptions}


def test_unanswered_mitigations_count_as_missing():
    answers = given({"mitigations": None})
    missing = {c for p, c in triggered(assess(answers)) if c.startswith("mitigation-missing-")}
    assert len(missing) == len(ALL_MITIGATIONS)
    assert "mitigations" in assess(answers).missing_required


def test_base_answers_trigger_nothing_and_miss_no_required_question():
    result = assess(BASE)
    assert result.triggers == []
    assert result.exceptions == []
    assert result.missing_required == []
    assert result.verdict is Verdict.MINIMAL


def test_table_covers_every_shipped_clause_once():
    rows = [(p.values[0], p.values[1]) for p in CLAUSE_TABLE]
    shipped = [(pack.id, c.id) for pack in reviewer.default_policy_packs() for c in pack.clauses]
    assert len(rows) == len(set(rows)), "a clause appears twice in CLAUSE_TABLE"
    assert set(rows) == set(shipped)


@pytest.mark.parametrize(("pack_id", "clause_id", "triggering", "near_miss"), CLAUSE_TABLE)
def test_clause_triggers(pack_id, clause_id, triggering, near_miss):
    result = assess(given(triggering))
    assert (pack_id, clause_id) in triggered(result)
    trigger = next(t for t in result.triggers if (t.pack_id, t.clause_id) == (pack_id, clause_id))
    assert trigger.explanation
    assert result.missing_required == []


@pytest.mark.parametrize(("pack_id", "clause_id", "triggering", "near_miss"), CLAUSE_TABLE)
def test_near_miss_does_not_trigger(pack_id, clause_id, triggering, near_miss):
    result = assess(given(near_miss))
    assert (pack_id, clause_id) not in triggered(result)
    assert result.missing_required == []


@pytest.mark.parametrize(("pack_id", "clause_id", "triggering", "near_miss"), CLAUSE_TABLE)
def test_table_answers_are_all_visible(pack_id, clause_id, triggering, near_miss):
    # An answer to a hidden question would be ignored, so a near miss built on one would
    # pass for the wrong reason.
    questionnaire = reviewer.default_questionnaire()
    for overrides in (triggering, near_miss):
        visible = questionnaire.visible_answers(given(overrides))
        assert set(overrides) <= set(visible)


def test_explanation_names_the_deciding_answers_by_their_terms():
    answers = given(CLAUSE_TABLE[1].values[2])
    trigger = next(
        t
        for t in assess(answers).triggers
        if t.clause_id == "mobile-realtime-face-recognition-law-enforcement"
    )
    assert "Camera type is Mobile cameras" in trigger.explanation
    assert "Identification timing is Real time" in trigger.explanation
    assert "Camera setting is Publicly accessible spaces (uncontrolled setting)" in (
        trigger.explanation
    )


# ------------------------------------------------------------------------ exceptions

RBI_OBLIGATIONS = {
    "confirm-targeted-identity-only",
    "no-adverse-decision-solely-on-output",
    "notify-authorities-of-each-use",
    "stop-and-delete-if-refused",
}


def test_realtime_rbi_exception_is_applied_and_reported_with_its_obligations():
    result = assess(given(REALTIME_RBI))
    assert (EU, "art-5-1-h-realtime-rbi") not in triggered(result)
    [exception] = [e for e in result.exceptions if e.clause_id == "art-5-1-h-realtime-rbi"]
    assert exception.exception_id == "art-5-2-conditions-met"
    assert "Authorisation status is Authorised before use" in exception.explanation
    assert "Fundamental rights impact assessment is Yes" in exception.explanation
    source = f"{EU}:art-5-1-h-realtime-rbi:art-5-2-conditions-met"
    from_exception = {o.id for o in result.obligations if source in o.sources}
    assert from_exception == RBI_OBLIGATIONS
    assert result.verdict is Verdict.HIGH


@pytest.mark.parametrize(
    ("changes", "exception_holds"),
    [
        pytest.param({"rbi_authorisation": "urgent_requested"}, True, id="urgent-requested"),
        pytest.param({"rbi_authorisation": "urgent_not_requested"}, False, id="urgent-late"),
        pytest.param({"rbi_authorisation": "none"}, False, id="no-authorisation"),
        pytest.param({"rbi_objective": "imminent_threat"}, True, id="imminent-threat"),
        pytest.param({"rbi_objective": "none"}, False, id="no-objective"),
        pytest.param(
            {"rbi_objective": "serious_crime_suspect", "offence_max_sentence_years": 4},
            True,
            id="suspect-4-years",
        ),
        pytest.param(
            {"rbi_objective": "serious_crime_suspect", "offence_max_sentence_years": 3.5},
            False,
            id="suspect-under-4-years",
        ),
        pytest.param({"rbi_fria_done": False}, False, id="no-fria"),
        pytest.param({"rbi_registered": False}, False, id="not-registered"),
        pytest.param({"rbi_national_law": False}, False, id="no-national-law"),
    ],
)
def test_realtime_rbi_exception_needs_every_condition(changes, exception_holds):
    result = assess(given({**REALTIME_RBI, **changes}))
    is_prohibited = (EU, "art-5-1-h-realtime-rbi") in triggered(result)
    assert is_prohibited is not exception_holds
    assert (result.verdict is Verdict.PROHIBITED) is not exception_holds


@pytest.mark.parametrize("purpose", ["medical", "safety"])
def test_emotion_at_work_is_excepted_for_medical_or_safety_reasons(purpose):
    answers = given(
        {
            **EMOTION_AT_COUNTER,
            **NOT_MICROSOFT,
            "emotion_settings": ["workplace"],
            "emotion_purpose": purpose,
        }
    )
    result = assess(answers)
    assert (EU, "art-5-1-f-emotion-work-education") not in triggered(result)
    assert (EU, "art-5-1-f-emotion-work-education", "medical-or-safety-reasons") in applied(result)
    # Still an emotion-recognition system: high-risk, not prohibited.
    assert (EU, "annex-iii-1-biometrics") in triggered(result)
    assert result.verdict is Verdict.HIGH
    assert "emotion-output-for-stated-purpose-only" in {o.id for o in result.obligations}


@pytest.mark.parametrize("org_type", ["law_enforcement", "judiciary", "other_government"])
def test_sensitive_inference_excepted_for_public_authority_under_judicial_oversight(org_type):
    answers = given(
        {
            "org_type": org_type,
            "police_country": "eu_member_state",
            "infers_sensitive_info": True,
            "sensitive_inference_consent": False,
            "sensitive_inference_judicial_oversight": True,
        }
    )
    result = assess(answers)
    clause = (MS, "sensitive-inference-without-consent")
    assert clause not in triggered(result)
    assert (*clause, "lawful-authority-under-judicial-oversight") in applied(result)
    assert "record-legal-basis-and-oversight" in {o.id for o in result.obligations}


def test_sensitive_inference_without_judicial_oversight_is_prohibited():
    answers = given(
        {
            "org_type": "other_government",
            "infers_sensitive_info": True,
            "sensitive_inference_consent": False,
            "sensitive_inference_judicial_oversight": False,
        }
    )
    result = assess(answers)
    assert (MS, "sensitive-inference-without-consent") in triggered(result)
    assert result.verdict is Verdict.PROHIBITED


def test_crime_prediction_supporting_fact_based_assessment_is_excepted():
    result = assess(given({**CRIME_PREDICTION, "crime_prediction_supports_human": True}))
    clause = (EU, "art-5-1-d-crime-prediction-profiling")
    assert clause not in triggered(result)
    assert (*clause, "supports-fact-based-human-assessment") in applied(result)


def test_law_enforcement_categorisation_carve_out_needs_a_law_enforcement_deployer():
    police = given({**EU_POLICE, **CATEGORISATION, "categorisation_purpose": "law_enforcement"})
    company = given({**CATEGORISATION, "categorisation_purpose": "law_enforcement"})
    clause = (EU, "art-5-1-g-biometric-categorisation")
    assert (*clause, "law-enforcement-categorisation") in applied(assess(police))
    assert clause in triggered(assess(company))


@pytest.mark.parametrize(("profiling", "high_risk"), [(False, False), (True, True)])
def test_article_6_3_derogation_never_covers_profiling(profiling, high_risk):
    answers = given(
        {
            **NOT_MICROSOFT,
            "annex_iii_areas": ["employment"],
            "employment_uses": ["recruitment"],
            "profiling": profiling,
            "art6_3_derogation": "preparatory",
            "derogation_no_significant_risk": True,
        }
    )
    result = assess(answers)
    clause = (EU, "annex-iii-4-employment")
    assert (clause in triggered(result)) is high_risk
    assert ((*clause, "art-6-3-derogation") in applied(result)) is not high_risk


# ------------------------------------------------------------------ hidden answers

HIDDEN_CASES = [
    pytest.param(
        {"has_chatbot": False, "chatbot_features": ["romantic_erotic"]},
        {"has_chatbot": True, "ai_interaction_disclosure": "at_start"},
        (MS, "companion-romantic-chatbots"),
        id="chatbot-features-without-chatbot",
    ),
    pytest.param(
        {"builds_face_database": False, "face_image_sources": ["internet_untargeted"]},
        {"builds_face_database": True},
        (EU, "art-5-1-e-face-scraping"),
        id="face-sources-without-face-database",
    ),
    pytest.param(
        {
            "org_type": "private_company",
            "acting_for_police": False,
            "police_country": "us",
            "jurisdictions": ["us"],
            "ai_services": ["azure_face"],
            **face_identification("post_event"),
            "limited_access_status": "approved",
        },
        {"acting_for_police": True},
        (MS, "us-police-facial-recognition"),
        id="police-country-without-police",
    ),
    pytest.param(
        {
            "scores_people": False,
            "scoring_purposes": ["social_behaviour"],
            "scoring_basis": "objective_facts",
            "detrimental_unrelated": True,
        },
        {"scores_people": True, "scoring_over_time": True, "detrimental_disproportionate": False},
        (EU, "art-5-1-c-social-scoring"),
        id="scoring-follow-ups-without-scoring",
    ),
]


@pytest.mark.parametrize(("stale", "reveal", "clause"), HIDDEN_CASES)
def test_answers_to_hidden_follow_ups_never_count(stale, reveal, clause):
    assert clause not in triggered(assess(given(stale)))
    assert clause in triggered(assess(given({**stale, **reveal})))


def test_hidden_answer_cannot_satisfy_an_exception():
    # Only a public authority is asked about judicial oversight; a company's stale "yes"
    # must not excuse it.
    stale = {
        "org_type": "private_company",
        "infers_sensitive_info": True,
        "sensitive_inference_consent": False,
        "sensitive_inference_judicial_oversight": True,
    }
    clause = (MS, "sensitive-inference-without-consent")
    hidden = assess(given(stale))
    assert clause in triggered(hidden)
    assert applied(hidden) == set()
    shown = assess(given({**stale, "org_type": "other_government"}))
    assert clause not in triggered(shown)


def test_stale_answers_alone_leave_a_minimal_verdict():
    stale = {
        "chatbot_features": ["romantic_erotic", "companionship"],
        "persona_consent": False,
        "face_image_sources": ["cctv_untargeted"],
        "emotion_settings": ["workplace"],
        "emotion_purpose": "performance",
        "rbi_authorisation": "refused",
        "human_oversight": "none",
        "minors_interaction": "unsafeguarded",
    }
    result = assess(given(stale))
    assert result.triggers == []
    assert result.verdict is Verdict.MINIMAL


# ------------------------------------------------------------------ content 1.1 fixes


def test_one_off_cv_ranking_is_not_social_scoring_even_if_disproportion_is_ticked():
    cv_ranking = {
        **RECRUITMENT,
        "scores_people": True,
        "scoring_purposes": ["recruitment"],
        "scoring_basis": "mixed",
        "scoring_over_time": False,
        "detrimental_unrelated": False,
        "detrimental_disproportionate": True,
    }
    result = assess(given(cv_ranking))
    assert (EU, "art-5-1-c-social-scoring") not in triggered(result)
    assert (EU, "annex-iii-4-employment") in triggered(result)
    assert result.verdict is Verdict.HIGH
    over_time = assess(given({**cv_ranking, "scoring_over_time": True}))
    assert (EU, "art-5-1-c-social-scoring") in triggered(over_time)


def test_marking_clause_reads_the_marking_answer():
    marked = assess(given({**UNMARKED_TEXT, "machine_readable_marking": True}))
    assert (EU, "art-50-2-machine-readable-marking") not in triggered(marked)
    assert applied(marked) == set()
    exempt = assess(given({**UNMARKED_TEXT, "marking_exemption": "assistive_editing"}))
    assert (EU, "art-50-2-machine-readable-marking", "art-50-2-no-marking-needed") in applied(
        exempt
    )


def test_a_mitigation_planned_with_a_date_becomes_a_condition_not_a_finding():
    answers = given(
        {
            "mitigations": without("human_oversight"),
            "mitigations_planned": ["human_oversight"],
            "mitigations_planned_by": "2027-01-15",
        }
    )
    result = assess(answers)
    clause = (MS, "mitigation-missing-human-oversight")
    assert clause not in triggered(result)
    assert (*clause, "planned-before-go-live") in applied(result)
    assert "planned-mitigations-in-place-by-date" in {o.id for o in result.obligations}
    assert result.verdict is Verdict.MINIMAL
    undated = assess(given({**answers, "mitigations_planned_by": None}))
    assert clause in triggered(undated)
    assert undated.missing_required == ["mitigations_planned_by"]


def test_police_incident_reports_get_an_escalated_review():
    # Officers dictate, the model drafts, the officer edits and signs: a human is in the
    # loop, yet the draft becomes a record that can bear on someone's legal position.
    answers = given({**UK_POLICE, "official_record": True})
    result = assess(answers)
    assert (MS, "sensitive-use-escalated-review") in triggered(result)
    assert result.verdict is Verdict.HIGH
    trigger = next(t for t in result.triggers if t.clause_id == "sensitive-use-escalated-review")
    assert trigger.kind == "house-rule"
    assert "official record or evidence: Yes" in (trigger.why or "")


@pytest.mark.parametrize(
    ("status", "clause", "verdict"),
    [
        ("approved", "identification-under-limited-access", Verdict.HIGH),
        ("pending", "identification-limited-access-pending", Verdict.HIGH),
        ("not_applied", "identification-outside-limited-access", Verdict.PROHIBITED),
        ("refused", "identification-outside-limited-access", Verdict.PROHIBITED),
    ],
)
def test_limited_access_status_decides_the_identification_clause(status, clause, verdict):
    result = assess(given({**FACE_VERIFICATION, "limited_access_status": status}))
    identification = {c for p, c in triggered(result) if c.startswith("identification-")}
    assert identification == {clause}
    assert result.verdict is verdict


@pytest.mark.parametrize(("pack_id", "clause_id", "triggering", "near_miss"), CLAUSE_TABLE)
def test_why_sentence_is_filled_from_the_answers(pack_id, clause_id, triggering, near_miss):
    trigger = next(
        t
        for t in assess(given(triggering)).triggers
        if (t.pack_id, t.clause_id) == (pack_id, clause_id)
    )
    assert trigger.why
    assert "{" not in trigger.why and "}" not in trigger.why


def test_probation_services_are_screened_under_the_law_enforcement_directive():
    probation = {
        "org_type": "probation_service",
        **NOT_MICROSOFT,
        **PERSONAL,
        "special_categories": ["criminal"],
        "processing_scale": "large",
    }
    result = assess(given(probation))
    assert (DP, "led-27-dpia-law-enforcement") in triggered(result)
    assert (DP, "gdpr-35-3-b-special-categories-large-scale") not in triggered(result)


# One answer that meets each of the nine WP248 criteria, and nothing else.
WP248_CRITERIA = {
    "evaluation": {"scores_people": True},
    "automated_decision": {"human_oversight": "none"},
    "systematic_monitoring": {"tracks_individuals": True},
    "sensitive_data": {"special_categories": ["health"]},
    "large_scale": {"processing_scale": "large"},
    "combining": {"combines_datasets": True},
    "vulnerable": {"affected_groups": ["minors"]},
    "innovative": {"biometric_functions": ["verification_11"]},
    "blocks_rights": {"rights_exercise_blocked": True},
}


def test_two_or_more_criteria_and_nothing_less_requires_a_dpia():
    from itertools import combinations

    packs = {p.id: p for p in reviewer.default_policy_packs()}
    gdpr = packs[DP].clause("gdpr-35-1-two-or-more-criteria")
    led = packs[DP].clause("led-27-dpia-law-enforcement")
    assert gdpr is not None and led is not None
    scope = {"jurisdictions": ["eu"], "personal_data": True, "org_type": "private_company"}
    police = {**scope, "org_type": "law_enforcement"}
    names = list(WP248_CRITERIA)
    for size in range(len(names) + 1):
        for chosen in combinations(names, size):
            answers: dict[str, Any] = {}
            for name in chosen:
                answers.update(WP248_CRITERIA[name])
            expected = size >= 2
            assert gdpr.holds({**scope, **answers}) is expected, chosen
            # The LED clause also fires on the three Art. 35(3) kinds, none of which one
            # criterion alone meets.
            assert led.holds({**police, **answers}) is expected, chosen
