from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from reviewer import Verdict
from tests.ui.helpers import answer_prohibited_use, click_option
from ui.i18n import day_text
from ui.reviews.workspace import DECISION, ReviewWorkspace
from ui.theme import INCOMPLETE_COLOURS, verdict_colours

pytestmark = pytest.mark.gui


def test_verdict_updates_live_as_answers_change(qtbot: QtBot, workspace: ReviewWorkspace) -> None:
    badge = workspace.assessment_panel.badge
    assert badge.text() == "Incomplete"
    answer_prohibited_use(qtbot, workspace)
    assert badge.text() == "Prohibited use"
    assert badge.accessibleName() == "Verdict: Prohibited use"
    assert verdict_colours(Verdict.PROHIBITED)[0] in badge.styleSheet()
    click_option(qtbot, workspace, "warrant", "Yes")
    assert badge.text() == "Minimal risk"


def test_a_blank_review_reads_incomplete_in_grey_not_minimal(
    qtbot: QtBot, workspace: ReviewWorkspace
) -> None:
    badge = workspace.assessment_panel.badge
    assert badge.text() == "Incomplete"
    assert INCOMPLETE_COLOURS[0] in badge.styleSheet()
    assert verdict_colours(Verdict.MINIMAL)[0] not in badge.styleSheet()
    click_option(qtbot, workspace, "uses_camera", "Yes")
    click_option(qtbot, workspace, "functions", "Emotion inference")  # a high clause fires
    assert badge.text() == "At least: High"
    assert verdict_colours(Verdict.HIGH)[0] in badge.styleSheet()
    assert badge.accessibleName() == "Verdict: At least: High"
    click_option(qtbot, workspace, "camera_type", "Fixed camera")
    click_option(qtbot, workspace, "org_type", "Private company")  # now complete
    assert badge.text() == "High risk"


def test_missing_answers_are_links_grouped_by_section_that_focus_their_question(
    qtbot: QtBot, workspace: ReviewWorkspace
) -> None:
    panel = workspace.assessment_panel
    click_option(qtbot, workspace, "uses_camera", "Yes")  # camera type becomes required
    missing = panel.missing
    assert [label.text() for label in missing.section_labels] == ["Deployer (1)", "Cameras (1)"]
    assert missing.summary.text() == "Provisional: 2 required answers missing."
    assert missing.terms() == ["Organisation type", "Camera type"]  # each once
    view = workspace.intake_view
    view.go_to(view.model.section_count())  # somewhere else: the evidence step
    links = missing.link_labels[1]
    links.linkActivated.emit("camera_type")
    assert view.pages.currentWidget() is view.page("cameras")
    field = view.page("cameras").rows["camera_type"].field
    qtbot.wait_until(lambda: field.isAncestorOf(QApplication.focusWidget()))
    # The decision page lists the same links, and they lead to the same place.
    decision = workspace.decision_panel.missing
    assert decision.terms() == missing.terms()
    view.go_to(view.model.section_count() + DECISION)
    link = decision.link_labels[0]  # "Organisation type", its section's only link
    with qtbot.wait_signal(decision.question_requested) as followed:
        qtbot.mouseClick(
            link, Qt.MouseButton.LeftButton, pos=QPoint(6, link.fontMetrics().height() // 2)
        )
    assert followed.args == ["org_type"]
    assert view.pages.currentWidget() is view.page("deployer")
    org_type = view.page("deployer").rows["org_type"].field
    qtbot.wait_until(lambda: org_type.isAncestorOf(QApplication.focusWidget()))


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
    assert "Organisation type" in panel.missing.terms()
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
    # The as-of day reads in the interface language's format, like every other date.
    assert panel.score.text() == f"2 clauses triggered, as of {day_text(date(2026, 12, 1))}"
    assert "2026-12-01" not in panel.score.text()


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


def test_the_panel_collapses_to_its_badge_from_the_keyboard_and_remembers_it(
    qtbot: QtBot, workspace: ReviewWorkspace
) -> None:
    from ui.settings.model import load_settings

    panel = workspace.assessment_panel
    form_width = workspace.intake_view.width()
    toggle = panel.collapse_button
    toggle.setFocus()
    qtbot.wait_until(toggle.hasFocus)
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert panel.collapsed
    assert panel.badge.isVisible() and not panel.details.isVisible()
    qtbot.wait_until(lambda: workspace.intake_view.width() > form_width)  # the form gets it
    assert load_settings().assessment_collapsed is True
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert not panel.collapsed and panel.details.isVisible()
    assert load_settings().assessment_collapsed is False


@pytest.fixture
def collapsed_setting() -> None:
    """Keep in Settings that the panel was collapsed last time."""
    from ui.settings.model import Settings, save_settings

    save_settings(Settings(assessment_collapsed=True))


@pytest.mark.usefixtures("collapsed_setting")
def test_a_review_opens_with_the_panel_as_it_was_left(workspace: ReviewWorkspace) -> None:
    panel = workspace.assessment_panel
    assert panel.collapsed and panel.collapse_button.isChecked()
    assert panel.badge.isVisible() and not panel.details.isVisible()
    assert panel.width() <= panel.maximumWidth() < 300
