"""The decision page's checklist shows an obligation the shipped content pre-marks, and why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reviewer.followup import ObligationState
from reviewer.resources import examples_dir
from reviewer.service import ReviewService
from ui.decision.obligations import ObligationsChecklist

pytestmark = pytest.mark.gui


def _checklist(qtbot: QtBot, tmp_path: Path) -> ObligationsChecklist:
    """Show the checklist of the shipped tarot example, stored with the shipped packs."""
    with ReviewService.open(f"sqlite:///{tmp_path / 'reviews.sqlite3'}") as service:
        [stored] = service.import_files([examples_dir() / "tarot-chatbot-entertainment.json"])
        items = service.obligations(stored.id)
    checklist = ObligationsChecklist()
    qtbot.add_widget(checklist)
    checklist.set_items(items)
    checklist.show()
    qtbot.wait_exposed(checklist)
    return checklist


def test_a_pre_marked_obligation_shows_met_and_the_answers_that_did_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    checklist = _checklist(qtbot, tmp_path)
    labelled = checklist.rows["keep-entertainment-label"]
    assert labelled.chosen_state() is ObligationState.MET
    assert labelled.premark.isVisible()
    assert labelled.premark.text() == (
        "Pre-marked because you answered: Labelled as entertainment is Yes."
    )
    other = checklist.rows["no-professional-advice-in-persona"]
    assert other.chosen_state() is ObligationState.TO_DO
    assert not other.premark.isVisible()


def test_the_pre_mark_is_said_in_french(qtbot: QtBot, tmp_path: Path, qapp: Any) -> None:
    from ui.i18n import install_language

    install_language(qapp, "fr")
    checklist = _checklist(qtbot, tmp_path)
    text = checklist.rows["keep-entertainment-label"].premark.text()
    assert text.startswith("Pré-cochée parce que vous avez répondu")
