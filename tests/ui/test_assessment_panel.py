from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reviewer import Verdict
from tests.ui.helpers import answer_prohibited_use, click_option
from ui.reviews.workspace import ReviewWorkspace
from ui.theme import verdict_colours

pytestmark = pytest.mark.gui


def test_verdict_updates_live_as_answers_change(qtbot: QtBot, workspace: ReviewWorkspace) -> None:
    badge = workspace.assessment_panel.badge
    assert badge.text() == "Minimal risk"
    answer_prohibited_use(qtbot, workspace)
    assert badge.text() == "Prohibited use"
    assert badge.accessibleName() == "Verdict: Prohibited use"
    assert verdict_colours(Verdict.PROHIBITED)[0] in badge.styleSheet()
    click_option(qtbot, workspace, "warrant", "Yes")
    assert badge.text() == "Minimal risk"


def test_trigger_cards_show_severity_why_and_citation(
    qtbot: QtBot, workspace: ReviewWorkspace
) -> None:
    panel = workspace.assessment_panel
    assert panel.cards == []
    answer_prohibited_use(qtbot, workspace)
    click_option(qtbot, workspace, "functions", "Emotion inference")
    titles = [card.trigger.title for card in panel.cards]
    assert titles == ["Police identification on body cameras", "Emotion inference"]
    card = panel.cards[0]
    texts = [label.text() for label in card.findChildren(QLabel)]
    assert "Prohibited" in texts
    assert any(t.startswith("Why: Organisation type is Police") for t in texts)
    assert any("A warrant covers the search" in t and "does not apply" in t for t in texts)
    assert any("Test source, Art. 1" in t for t in texts)
    assert [label.text() for label in panel.obligation_labels] == ["• Inform the people exposed."]
    assert panel.score.text().startswith("2 clauses triggered")
    assert "130" not in panel.score.text()


def test_missing_required_answers_mark_the_verdict_provisional(
    qtbot: QtBot, workspace: ReviewWorkspace
) -> None:
    panel = workspace.assessment_panel
    assert panel.missing.isVisible()
    assert "Organisation type" in panel.missing.text()
    click_option(qtbot, workspace, "org_type", "Police")
    assert not panel.missing.isVisible()


def test_following_a_citation_names_the_clause(qtbot: QtBot, workspace: ReviewWorkspace) -> None:
    answer_prohibited_use(qtbot, workspace)
    citation = workspace.assessment_panel.cards[0].findChild(QLabel, "citation")
    with qtbot.wait_signal(workspace.citation_activated) as followed:
        citation.linkActivated.emit("clause")
    assert followed.args == ["mini-pack", "police-bodycam-identify"]


def _shipped_assessment(stem: str, day: str):
    from datetime import date

    import reviewer
    from reviewer.resources import examples_dir

    questionnaire = reviewer.default_questionnaire()
    answers = reviewer.load_answers_file(examples_dir() / f"{stem}.json", questionnaire).answers
    return reviewer.assess(
        questionnaire, reviewer.default_policy_packs(), answers, date.fromisoformat(day)
    )


def test_house_rules_and_why_sentences_are_shown(qtbot: QtBot) -> None:
    from ui.assessment.panel import AssessmentPanel

    panel = AssessmentPanel()
    qtbot.add_widget(panel)
    panel.show_assessment(
        _shipped_assessment("uk-police-fixed-camera-post-event", "2026-12-01"), []
    )
    house = [c for c in panel.cards if c.findChild(QLabel, "houseRuleTag") is not None]
    assert {c.trigger.clause_id for c in house} == {
        "identification-under-limited-access",
        "sensitive-use-escalated-review",
    }
    why = house[0].findChild(QLabel, "whySentence")
    assert why is not None and why.text() == house[0].trigger.why
    assert panel.score.text() == "2 clauses triggered, as of 2026-12-01"


def test_clauses_not_yet_applicable_are_listed_apart(qtbot: QtBot) -> None:
    from ui.assessment.panel import AssessmentPanel

    panel = AssessmentPanel()
    qtbot.add_widget(panel)
    panel.show_assessment(_shipped_assessment("press-brake-safety-stop-annex-i", "2027-08-01"), [])
    assert panel.cards == []
    [label] = panel.pending_labels
    assert label.text().endswith("applies from 2027-08-02; not counted yet.")
    assert not panel.pending_heading.isHidden()
    panel.show_assessment(_shipped_assessment("press-brake-safety-stop-annex-i", "2027-08-02"), [])
    assert panel.pending_labels == []
    assert panel.pending_heading.isHidden()
    assert [c.trigger.clause_id for c in panel.cards] == ["art-6-1-annex-i-product"]
