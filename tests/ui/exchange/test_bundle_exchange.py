"""Review bundles from the desktop: export, import into another profile, drops and refusals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel

from reviewer import PolicyPack, Questionnaire
from reviewer.service import ReviewService
from reviewer.signing.trust import add_root
from tests.helpers.bundles import members_of, write_members
from tests.helpers.signing import ThrowawayIdentity
from tests.ui.helpers import drop_file

pytestmark = pytest.mark.gui


def open_window(qtbot: Any, service: ReviewService, questionnaire: Any, packs: Any) -> Any:
    """Return a shown main window over a service."""
    from ui.content import DeskContent
    from ui.main_window import MainWindow
    from ui.settings.model import Settings

    window = MainWindow(DeskContent(questionnaire, packs), settings=Settings(), service=service)
    qtbot.add_widget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.wait_exposed(window)
    return window


@pytest.fixture
def profiles(
    tmp_path: Path, questionnaire: Questionnaire, packs: list[PolicyPack]
) -> Iterator[tuple[ReviewService, ReviewService]]:
    """Return two services, each on the database of its own data folder (two laptops)."""
    opened = []
    for name in ("laptop", "desk"):
        folder = tmp_path / name
        folder.mkdir()
        opened.append(
            ReviewService.open(
                f"sqlite:///{folder / 'reviews.sqlite'}", questionnaire=questionnaire, packs=packs
            )
        )
    yield opened[0], opened[1]
    for service in opened:
        service.close()


def select_review(window: Any, review_id: str) -> None:
    """Select a review's row in the reviews list, as a click would."""
    page = window.reviews.list_page
    page.refresh()
    row = page.model.row_of(review_id)
    assert row is not None
    page.table.selectionModel().select(
        page.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def export_selected(qtbot: Any, window: Any, review_id: str, out: Path, calls: Any) -> Any:
    """Export a review from the File menu; return the service's BundleExport."""
    select_review(window, review_id)
    calls.saves.append(out)
    with qtbot.wait_signal(window.exchange.exported, timeout=30_000) as made:
        window.exchange.export_action.trigger()
    return made.args[0]


def audit_events(service: ReviewService) -> int:
    """Return how many audit events a database holds."""
    return service.verify_audit().events


def test_export_then_import_into_a_second_profile(
    qtbot: Any,
    profiles: tuple[ReviewService, ReviewService],
    questionnaire: Any,
    packs: Any,
    dialog_calls: Any,
    tmp_path: Path,
) -> None:
    laptop, desk = profiles
    change = laptop.create_review("Body cameras", "City police")
    laptop.add_attachment(change.review.id, "dpia.pdf", b"%PDF-1.7 dpia")
    laptop_window = open_window(qtbot, laptop, questionnaire, packs)
    bundle = tmp_path / "transfer" / "body-cameras"  # the suffix is added
    bundle.parent.mkdir()

    made = export_selected(qtbot, laptop_window, change.review.id, bundle, dialog_calls)

    written = bundle.with_name("body-cameras.reviewer")
    assert made.path == written and written.is_file() and made.evidence == 1
    assert ReviewService.verify_bundle(written).check.reference == change.review.reference
    title, message = dialog_calls.infos[-1]
    assert title == "Bundle exported" and "not signed" in message
    assert not laptop_window.exchange.busy.isVisible()

    desk_window = open_window(qtbot, desk, questionnaire, packs)
    assert desk_window.reviews.list_page.model.row_of(change.review.id) is None
    dialog_calls.files.append(written)
    with qtbot.wait_signal(desk_window.exchange.imported, timeout=30_000) as imported:
        desk_window.exchange.import_action.trigger()

    assert str(imported.args[0].arrival) == "new"
    assert desk_window.reviews.list_page.model.row_of(change.review.id) is not None
    assert desk.get_review(change.review.id).summary.title == "Body cameras"
    title, message = dialog_calls.infos[-1]
    assert title == "Bundle imported" and change.review.reference in message
    events = audit_events(desk)

    dialog_calls.files.append(written)
    with qtbot.wait_signal(desk_window.exchange.imported, timeout=30_000) as again:
        desk_window.exchange.import_action.trigger()

    assert str(again.args[0].arrival) == "unchanged"
    assert dialog_calls.infos[-1][0] == "Already here"
    assert audit_events(desk) == events and desk.count_reviews() == 1
    assert not dialog_calls.errors


def test_a_signed_bundle_names_its_signer(
    qtbot: Any,
    profiles: tuple[ReviewService, ReviewService],
    questionnaire: Any,
    packs: Any,
    dialog_calls: Any,
    reviewer_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    laptop, _desk = profiles
    add_root(reviewer_identity.cert)
    change = laptop.create_review("Chatbot", "Acme")
    window = open_window(qtbot, laptop, questionnaire, packs)
    dialog_calls.files.append(reviewer_identity.p12)
    dialog_calls.passphrases.append(reviewer_identity.passphrase.decode())
    select_review(window, change.review.id)
    dialog_calls.saves.append(tmp_path / "chatbot.reviewer")
    with qtbot.wait_signal(window.exchange.exported, timeout=30_000) as made:
        window.exchange.export_signed_action.trigger()

    signer = made.args[0].signed_by
    assert signer and "Zoé Reviewer" in signer
    verified = ReviewService.verify_bundle(tmp_path / "chatbot.reviewer")
    assert verified.signed_by is not None and "Zoé Reviewer" in verified.signed_by
    assert f"signed by {signer}" in dialog_calls.infos[-1][1]


def test_exporting_with_no_review_chosen_says_so(
    qtbot: Any,
    profiles: tuple[ReviewService, ReviewService],
    questionnaire: Any,
    packs: Any,
    dialog_calls: Any,
) -> None:
    laptop, _desk = profiles
    laptop.create_review("Chatbot", "Acme")
    window = open_window(qtbot, laptop, questionnaire, packs)
    window.exchange.export_action.trigger()
    assert dialog_calls.errors == [
        (
            "No review to export",
            "Open a review, or select one in the reviews list, then export it.",
        )
    ]
    assert window.exchange.job is None


@pytest.mark.parametrize("on_list", [True, False], ids=["on-the-list", "on-the-window"])
def test_a_dropped_bundle_is_imported_and_listed(
    qtbot: Any,
    profiles: tuple[ReviewService, ReviewService],
    questionnaire: Any,
    packs: Any,
    tmp_path: Path,
    on_list: bool,
) -> None:
    laptop, desk = profiles
    change = laptop.create_review("Body cameras", "City police")
    bundle = tmp_path / "body-cameras.reviewer"
    laptop.export_bundle(change.review.id, bundle)
    window = open_window(qtbot, desk, questionnaire, packs)
    target = window.reviews.list_page if on_list else window

    with qtbot.wait_signal(window.exchange.imported, timeout=30_000):
        drop_file(qtbot, target, bundle)

    model = window.reviews.list_page.model
    row = model.row_of(change.review.id)
    assert row is not None and model.summary(row).title == "Body cameras"


def test_a_dropped_pdf_still_goes_to_the_list_not_to_bundles(
    qtbot: Any,
    profiles: tuple[ReviewService, ReviewService],
    questionnaire: Any,
    packs: Any,
    dialog_calls: Any,
    tmp_path: Path,
) -> None:
    _laptop, desk = profiles
    window = open_window(qtbot, desk, questionnaire, packs)
    pdf = tmp_path / "countersigned.pdf"
    pdf.write_bytes(b"%PDF-1.7 not really signed")
    with qtbot.wait_signal(window.reviews.list_page.record_requested) as requested:
        drop_file(qtbot, window.reviews.list_page, pdf)
    assert requested.args == [pdf]
    assert window.exchange.job is None


def tampered(bundle: Path) -> None:
    """Change the recorded title without fixing the manifest's hashes."""
    members = members_of(bundle)
    members["review.json"] = members["review.json"].replace(b"Body cameras", b"Body kameras")
    write_members(bundle, members, fix_manifest=False)


def zip_slip(bundle: Path) -> None:
    """Add a member whose name climbs out of the folder it is unpacked in."""
    members = members_of(bundle)
    members["../../evil.txt"] = b"outside"
    write_members(bundle, members)


def truncated(bundle: Path) -> None:
    """Cut the file in half, as an interrupted copy would."""
    data = bundle.read_bytes()
    bundle.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (tampered, "review.json"),
        (zip_slip, "../../evil.txt"),
        (truncated, "body-cameras.reviewer"),
    ],
)
def test_a_refused_bundle_shows_why_and_writes_nothing(
    qtbot: Any,
    profiles: tuple[ReviewService, ReviewService],
    questionnaire: Any,
    packs: Any,
    dialog_calls: Any,
    tmp_path: Path,
    damage: Any,
    reason: str,
) -> None:
    laptop, desk = profiles
    change = laptop.create_review("Body cameras", "City police")
    bundle = tmp_path / "body-cameras.reviewer"
    laptop.export_bundle(change.review.id, bundle)
    damage(bundle)
    desk.create_review("Already here", "Desk")
    window = open_window(qtbot, desk, questionnaire, packs)
    before = (desk.count_reviews(), audit_events(desk))
    with pytest.raises(Exception) as service_says:  # what the CLI would print
        ReviewService.verify_bundle(bundle)

    with qtbot.wait_signal(window.exchange.refused, timeout=30_000):
        drop_file(qtbot, window.reviews.list_page, bundle)

    title, message = dialog_calls.errors[-1]
    assert title == "The bundle was not imported"
    assert str(service_says.value) in message and reason in message
    assert message.endswith("Nothing was written to this database.")
    assert (desk.count_reviews(), audit_events(desk)) == before
    assert window.reviews.list_page.model.total == 1
    assert not dialog_calls.infos


def test_a_conflicting_bundle_names_both_sides(
    qtbot: Any,
    profiles: tuple[ReviewService, ReviewService],
    questionnaire: Any,
    packs: Any,
    dialog_calls: Any,
    tmp_path: Path,
) -> None:
    laptop, desk = profiles
    change = laptop.create_review("Body cameras", "City police")
    first = tmp_path / "first.reviewer"
    laptop.export_bundle(change.review.id, first)
    desk.import_bundle(first)
    desk.set_answer(change.review.id, "org_type", "company")
    laptop.set_answer(change.review.id, "org_type", "police")
    second = tmp_path / "second.reviewer"
    laptop.export_bundle(change.review.id, second)
    window = open_window(qtbot, desk, questionnaire, packs)
    before = audit_events(desk)

    dialog_calls.files.append(second)
    with qtbot.wait_signal(window.exchange.refused, timeout=30_000):
        window.exchange.import_action.trigger()

    message = dialog_calls.errors[-1][1]
    assert "has changes here that the bundle lacks" in message
    assert "second.reviewer" in message
    assert audit_events(desk) == before
    assert desk.get_review(change.review.id).current.answers["org_type"] == "company"


def test_the_open_review_is_the_one_exported(
    qtbot: Any,
    profiles: tuple[ReviewService, ReviewService],
    questionnaire: Any,
    packs: Any,
    dialog_calls: Any,
    tmp_path: Path,
) -> None:
    laptop, desk = profiles
    opened = laptop.create_review("Opened", "City police")
    other = laptop.create_review("Selected earlier", "Elsewhere")
    window = open_window(qtbot, laptop, questionnaire, packs)
    select_review(window, other.review.id)
    with qtbot.wait_signal(window.reviews.review_opened):
        window.reviews.open_review(opened.review.id)
    dialog_calls.saves.append(tmp_path / "opened.reviewer")

    with qtbot.wait_signal(window.exchange.exported, timeout=30_000) as made:
        window.exchange.export_action.trigger()

    assert made.args[0].reference == opened.review.reference
    assert desk.import_bundle(tmp_path / "opened.reviewer").reference == opened.review.reference
