"""Evidence: attaching by button and by drop, listing with hashes, opening a copy."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from tests.helpers.desk import open_new_review
from ui.reviews.workspace import EVIDENCE

pytestmark = pytest.mark.gui


def evidence_panel(qtbot: Any, screen: Any, dialog_calls: Any) -> Any:
    """Open a new review and show its Evidence step."""
    workspace = open_new_review(qtbot, screen, dialog_calls)
    view = workspace.intake_view
    view.go_to(view.model.section_count() + EVIDENCE)
    assert view.pages.currentWidget() is workspace.evidence_panel
    return workspace.evidence_panel


def test_attach_lists_name_size_and_hash(
    qtbot: Any, reviews_screen: Any, dialog_calls: Any, tmp_path: Path
) -> None:
    """A chosen file is stored, listed with its size and SHA-256, and audited."""
    panel = evidence_panel(qtbot, reviews_screen, dialog_calls)
    dpia = tmp_path / "dpia.txt"
    dpia.write_bytes(b"Data protection impact assessment\n")
    dialog_calls.files.append(dpia)
    with qtbot.wait_signal(panel.attached):
        qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    model = panel.model
    assert model.rowCount() == 1
    cells = model.row_at(0).cells
    digest = hashlib.sha256(dpia.read_bytes()).hexdigest()
    # The name first; the hash shortened, whole on hover and through "Copy SHA-256".
    assert cells == ("dpia.txt", "", "34 bytes", cells[3], digest[:12] + "…")
    assert model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole) == digest
    panel.table.selectRow(0)
    assert panel.copy_hash_action in panel.table.actions()
    panel.copy_hash_action.trigger()
    assert QGuiApplication.clipboard().text() == digest
    service = reviews_screen.service
    review_id = reviews_screen.workspace.review_id
    assert [a.file_name for a in service.get_review(review_id).attachments] == ["dpia.txt"]
    assert "attachment" in [e.kind for e in service.history(review_id)]


def test_dropping_files_attaches_them(
    qtbot: Any, reviews_screen: Any, dialog_calls: Any, tmp_path: Path
) -> None:
    """Files dropped on the panel are attached, one change each, without a version conflict."""
    panel = evidence_panel(qtbot, reviews_screen, dialog_calls)
    paths = []
    for name in ("a.pdf", "b.csv"):
        path = tmp_path / name
        path.write_bytes(name.encode() * 10)
        paths.append(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Offscreen Qt delivers no synthetic drop without a real drag; call the handler as Qt would.
    panel.dropEvent(event)
    assert event.isAccepted()
    assert [panel.model.row_at(r).cells[0] for r in range(panel.model.rowCount())] == [
        "a.pdf",
        "b.csv",
    ]
    assert not dialog_calls.errors


def test_open_writes_a_copy_and_asks_the_desktop(
    qtbot: Any, reviews_screen: Any, dialog_calls: Any, tmp_path: Path
) -> None:
    """Opening an attachment writes its bytes to a temporary file handed to the desktop."""
    panel = evidence_panel(qtbot, reviews_screen, dialog_calls)
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"\xff\xd8 not really a jpeg")
    panel.attach([source])
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert len(dialog_calls.opened_urls) == 1
    opened = Path(dialog_calls.opened_urls[0].toLocalFile())
    assert opened.name == "photo.jpg"
    assert opened.read_bytes() == source.read_bytes()
    assert opened.parent != source.parent


def test_a_file_is_described_through_the_service(
    qtbot: Any, reviews_screen: Any, dialog_calls: Any, tmp_path: Path
) -> None:
    """Describe… asks what the file is and keeps the answer with the file, audited."""
    panel = evidence_panel(qtbot, reviews_screen, dialog_calls)
    dpia = tmp_path / "dpia.txt"
    dpia.write_bytes(b"Data protection impact assessment\n")
    dialog_calls.files.append(dpia)
    with qtbot.wait_signal(panel.attached):
        qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    panel.table.selectRow(0)
    dialog_calls.text_answers.append("DPIA summary, signed by the DPO")
    qtbot.mouseClick(panel.describe_button, Qt.MouseButton.LeftButton)
    assert panel.model.row_at(0).cells[:2] == ("dpia.txt", "DPIA summary, signed by the DPO")
    service = reviews_screen.service
    review_id = reviews_screen.workspace.review_id
    (stored,) = service.get_review(review_id).attachments
    assert stored.description == "DPIA summary, signed by the DPO"
    assert service.history(review_id)[-1].kind == "evidence-described"
