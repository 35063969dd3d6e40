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
    assert any("A warrant covers the search" in t and "Does not apply" in t for t in texts)
    assert any("Test source, Art. 1" in t for t in texts)
    assert [label.text() for label in panel.obligation_labels] == ["• Inform the people exposed."]
    assert panel.score.text() == "Risk score 130 · 2 clauses triggered"


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
