"""The evidence table's "Link to condition/obligation…": a file proves an obligation."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DialogCalls
from tests.ui.helpers import click_option
from ui.followup.linking import LinkDialog
from ui.reviews.workspace import ReviewWorkspace

pytestmark = pytest.mark.gui


def test_a_file_linked_to_an_obligation_becomes_its_evidence(
    qtbot: QtBot, workspace: ReviewWorkspace, dialog_calls: DialogCalls
) -> None:
    click_option(qtbot, workspace, "uses_camera", "Yes")
    click_option(qtbot, workspace, "functions", "Emotion inference")
    assert workspace.flush()
    service = workspace.session.service
    attachment, _change = service.add_attachment(workspace.review_id, "notice.txt", b"notice")
    workspace.session.reload()
    panel = workspace.evidence_panel
    panel.show_attachments(workspace.session.detail.attachments)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    offered: list[str] = []

    def choose_inform(dialog: Any) -> bool:
        assert isinstance(dialog, LinkDialog)
        offered.extend(dialog.target.itemText(i) for i in range(dialog.target.count()))
        dialog.target.setCurrentIndex(0)
        return True

    dialog_calls.dialog_steps.append(choose_inform)
    panel.link_action.trigger()
    assert offered == ["Obligation · Inform the people exposed."]
    [item] = service.obligations(workspace.review_id)
    assert item.evidence == [attachment.id]
    row = workspace.decision_panel.obligations.rows["inform"]
    assert row.chosen_evidence() == [attachment.id]
    assert not dialog_calls.errors


def test_with_nothing_to_link_to_it_says_so(
    qtbot: QtBot, workspace: ReviewWorkspace, dialog_calls: DialogCalls
) -> None:
    service = workspace.session.service
    service.add_attachment(workspace.review_id, "notes.txt", b"notes")
    workspace.session.reload()
    panel = workspace.evidence_panel
    panel.show_attachments(workspace.session.detail.attachments)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.link_action.trigger()
    assert (
        dialog_calls.errors and "no obligation and no open condition" in dialog_calls.errors[0][1]
    )
