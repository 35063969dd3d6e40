"""The FRIA step of a review that owes it: shown after the intake, answered and stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer.answers import load_answers_file
from reviewer.resources import examples_dir
from reviewer.service import ReviewService
from tests.ui.helpers import click
from ui.intake.fields import ChoiceField, ComboField, TextField
from ui.reviews.workspace import DECISION

pytestmark = pytest.mark.gui


@pytest.fixture
def shipped_service(tmp_path: Path) -> Iterator[ReviewService]:
    """Return a service with the shipped questionnaire and packs, which know the FRIA."""
    opened = ReviewService.open(f"sqlite:///{tmp_path / 'fria.sqlite'}")
    yield opened
    opened.close()


@pytest.fixture
def fria_workspace(qtbot: Any, shipped_service: ReviewService, dialog_calls: Any) -> Any:
    """Open the shipped public-body example, which owes the FRIA, in the Reviews screen."""
    from ui.reviews.screen import ReviewsScreen

    answers = load_answers_file(examples_dir() / "public-benefits-eligibility.json")
    change = shipped_service.create_review(answers.title, answers.organisation, answers.answers)
    screen = ReviewsScreen(shipped_service)
    qtbot.add_widget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.wait_exposed(screen)
    with qtbot.wait_signal(screen.review_opened):
        screen.open_review(change.review.id)
    return screen.workspace


def _stored_fria(service: ReviewService, review_id: str) -> dict[str, Any]:
    fria = service.get_review(review_id).current.owed("fria")
    assert fria is not None
    return dict(fria.answers)


def test_the_fria_step_comes_after_the_intake_and_stores_an_answer(
    qtbot: Any,
    qtmodeltester: Any,
    fria_workspace: Any,
    shipped_service: ReviewService,
    dialog_calls: Any,
) -> None:
    view = fria_workspace.intake_view
    qtmodeltester.check(view.model)
    row = view.model.section_count() - 1  # the owed step closes the questionnaire steps
    assert view.step_title(row) == "Fundamental rights impact assessment"
    assert view.step_title(view.model.section_count() + DECISION) == "Decision"
    status = view.model.data(view.model.index(row), Qt.ItemDataRole.ToolTipRole)
    assert status == "9 required answers missing"

    view.go_to(row)
    page = fria_workspace.owed.pages[0]
    assert view.pages.currentWidget() is page
    field = page.rows["fria_frequency"].field
    assert isinstance(field, ChoiceField)
    button = next(b for b in field.buttons() if b.text() == "Every working day")
    page.ensureWidgetVisible(button)
    controller = fria_workspace.owed.controllers[0]
    with qtbot.wait_signal(controller.answer_changed):
        click(qtbot, button)

    assert _stored_fria(shipped_service, fria_workspace.review_id) == {"fria_frequency": "daily"}
    assert view.model.data(view.model.index(row), Qt.ItemDataRole.ToolTipRole) == (
        "8 required answers missing"
    )
    assert view.saved_label.text() == "✓ Saved"
    assert dialog_calls.errors == []


def test_typed_fria_text_is_saved_before_the_decision(
    qtbot: Any, fria_workspace: Any, shipped_service: ReviewService
) -> None:
    page = fria_workspace.owed.pages[0]
    field = page.rows["fria_period"].field
    assert isinstance(field, TextField)
    field.editor.setPlainText("Deux ans, à partir d'avril 2027")
    assert fria_workspace.owed.pending
    assert fria_workspace.flush()
    assert _stored_fria(shipped_service, fria_workspace.review_id) == {
        "fria_period": "Deux ans, à partir d'avril 2027"
    }


def test_the_step_says_when_the_fria_is_no_longer_owed(
    qtbot: Any, fria_workspace: Any, shipped_service: ReviewService
) -> None:
    view = fria_workspace.intake_view
    field = next(p for p in view.section_pages if "org_type" in p.rows).rows["org_type"].field
    assert isinstance(field, ComboField)
    with qtbot.wait_signal(fria_workspace.intake.assessment_changed):
        index = field.combo.findData("private_company")
        field.combo.setCurrentIndex(index)
        field.combo.activated.emit(index)  # what choosing it from the list sends
    page = fria_workspace.owed.pages[0]
    assert not page.owed
    row = view.model.section_count() - 1
    assert view.model.data(view.model.index(row), Qt.ItemDataRole.ToolTipRole) == ("No longer owed")


def test_a_review_that_comes_to_owe_the_fria_gains_its_step(
    qtbot: Any, shipped_service: ReviewService, dialog_calls: Any
) -> None:
    from ui.reviews.screen import ReviewsScreen

    example = load_answers_file(examples_dir() / "public-benefits-eligibility.json")
    answers = {**example.answers, "org_type": "private_company", "provides_public_services": False}
    change = shipped_service.create_review("Benefits", "Contractor", answers)
    assert shipped_service.get_review(change.review.id).current.questionnaires == []
    screen = ReviewsScreen(shipped_service)
    qtbot.add_widget(screen)
    screen.show()
    with qtbot.wait_signal(screen.review_opened):
        screen.open_review(change.review.id)
    before = screen.workspace
    assert before.owed.pages == []
    view = before.intake_view
    field = next(p for p in view.section_pages if "org_type" in p.rows).rows["org_type"].field
    assert isinstance(field, ComboField)
    with qtbot.wait_signal(screen.review_opened):
        index = field.combo.findData("other_government")
        field.combo.setCurrentIndex(index)
        field.combo.activated.emit(index)
    after = screen.workspace
    assert after is not before
    [page] = after.owed.pages
    assert page.owed and page.questionnaire.id == "fria"
    row = after.intake_view.model.section_count() - 1
    assert after.intake_view.step_title(row) == "Fundamental rights impact assessment"
    assert dialog_calls.errors == []


def test_a_decided_review_shows_its_fria_read_only(
    qtbot: Any, shipped_service: ReviewService, dialog_calls: Any
) -> None:
    from reviewer.decision import Outcome
    from tests.helpers.content import OFFICER
    from tests.helpers.fria import FRIA_ANSWERS
    from ui.reviews.screen import ReviewsScreen

    example = load_answers_file(examples_dir() / "public-benefits-eligibility.json")
    ref = shipped_service.create_review("B", "City", example.answers).review.reference
    for question, value in FRIA_ANSWERS.items():
        shipped_service.set_answer(ref, question, value, questionnaire="fria")
    shipped_service.decide(ref, Outcome.APPROVE_WITH_CONDITIONS, "ok", ["c"], decider=OFFICER)
    screen = ReviewsScreen(shipped_service)
    qtbot.add_widget(screen)
    screen.show()
    with qtbot.wait_signal(screen.review_opened):
        screen.open_review(ref)
    [page] = screen.workspace.owed.pages
    assert page.status() == "Complete"
    assert not page.rows["fria_period"].field.isEnabled()
    assert page.rows["fria_period"].field.editor.toPlainText() == FRIA_ANSWERS["fria_period"]


def test_the_decision_page_lists_the_missing_fria_answers_as_links(
    qtbot: Any, fria_workspace: Any
) -> None:
    """The FRIA's missing answers are a group on the decision page (not in the verdict panel)."""
    missing = fria_workspace.decision_panel.missing
    groups = {group.title: group for group in missing.groups}
    fria = groups["Fundamental rights impact assessment"]
    assert len(fria.answers) == 9
    assert missing.summary.text().endswith("required answers still missing.")
    assert not missing.summary.text().startswith("Provisional")
    assert "Fundamental rights impact assessment" not in {
        group.title for group in fria_workspace.assessment_panel.missing.groups
    }
    titles = [label.text() for label in missing.section_labels]
    assert "Fundamental rights impact assessment (9)" in titles
    links = missing.link_labels[titles.index("Fundamental rights impact assessment (9)")]
    link, _term = fria.answers[0]
    assert link == "fria/" + link.partition("/")[2]

    links.linkActivated.emit(link)
    page = fria_workspace.owed.pages[0]
    view = fria_workspace.intake_view
    assert view.pages.currentWidget() is page
    question = page.rows[link.partition("/")[2]]
    qtbot.waitUntil(lambda: question.isAncestorOf(page.focusWidget() or page))

    controller = fria_workspace.owed.controllers[0]
    field = page.rows["fria_frequency"].field
    assert isinstance(field, ChoiceField)
    button = next(b for b in field.buttons() if b.text() == "Every working day")
    page.ensureWidgetVisible(button)
    with qtbot.wait_signal(controller.answer_changed):
        click(qtbot, button)
    groups = {group.title: group for group in missing.groups}
    assert len(groups["Fundamental rights impact assessment"].answers) == 8
