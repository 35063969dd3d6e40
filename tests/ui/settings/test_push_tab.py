"""Settings' Team database tab: `db push` from the app, with progress, refusals and Stop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer import PolicyPack, Questionnaire
from reviewer.service import ReviewService
from tests.helpers.postgres import PostgresServer
from ui.settings.model import load_settings
from ui.settings.screen import SettingsScreen

pytestmark = pytest.mark.gui


@pytest.fixture
def laptop(
    tmp_path: Path, questionnaire: Questionnaire, packs: list[PolicyPack]
) -> Iterator[ReviewService]:
    """Return the service of this computer's own SQLite database."""
    service = ReviewService.open(
        f"sqlite:///{tmp_path / 'laptop.sqlite'}", questionnaire=questionnaire, packs=packs
    )
    yield service
    service.close()


@pytest.fixture
def screen(qtbot: QtBot, laptop: ReviewService) -> SettingsScreen:
    """Return a shown Settings screen over the laptop's database, on the Team database tab."""
    view = SettingsScreen(load_settings())
    view.attach_store(laptop)
    qtbot.add_widget(view)
    view.resize(1100, 760)
    view.show()
    view.tabs.setCurrentWidget(view.push)
    return view


def team(url: str, laptop: ReviewService) -> ReviewService:
    """Open the team database with the same content."""
    return ReviewService.open(url, questionnaire=laptop.questionnaire, packs=laptop.packs)


def push(qtbot: QtBot, screen: SettingsScreen, url: str) -> Any:
    """Type the team database's URL, click Push and return the PushResult."""
    tab = screen.push
    tab.target.setText(url)
    with qtbot.wait_signal(tab.pushed, timeout=60_000) as pushed:
        qtbot.mouseClick(tab.push_button, Qt.MouseButton.LeftButton)
    return pushed.args[0]


def test_a_push_into_another_sqlite_file_shows_progress_and_what_was_sent(
    qtbot: QtBot, screen: SettingsScreen, laptop: ReviewService, tmp_path: Path
) -> None:
    refs = [laptop.create_review(f"Review {n}", "Acme").review.reference for n in range(3)]
    tab = screen.push
    tab.batch = 2
    url = f"sqlite:///{tmp_path / 'team.sqlite'}"
    seen: list[tuple[int, int]] = []
    tab.progressed.connect(lambda done, total: seen.append((done, total)))
    assert not tab.cancel_button.isVisible()

    result = push(qtbot, screen, url)

    assert not result.cancelled and sorted(result.report.sent) == sorted(refs)
    assert seen == [(2, 3), (3, 3)]
    assert (tab.progress.value(), tab.progress.maximum()) == (3, 3)
    assert tab.summary.text().startswith("Pushed to ")
    assert "3 new, 0 updated, 0 already there, 0 refused." in tab.summary.text()
    assert sorted(tab.details.toPlainText().splitlines()) == sorted(f"Sent: {r}" for r in refs)
    assert tab.push_button.isEnabled() and not tab.cancel_button.isVisible()
    with team(url, laptop) as there:
        assert there.count_reviews() == 3 and there.check().ok

    again = push(qtbot, screen, url)
    assert again.report.unchanged == 3 and not again.report.sent
    assert "0 new, 0 updated, 3 already there, 0 refused." in tab.summary.text()
    assert tab.details.isHidden()


def test_pushing_into_this_very_database_is_refused_with_the_reason(
    qtbot: QtBot, screen: SettingsScreen, laptop: ReviewService
) -> None:
    laptop.create_review("Review", "Acme")
    tab = screen.push
    tab.target.setText(laptop.store.url)
    with qtbot.wait_signal(tab.push_failed, timeout=30_000) as failed:
        qtbot.mouseClick(tab.push_button, Qt.MouseButton.LeftButton)
    assert "is this database; push to another one" in failed.args[0]
    assert "push to another one" in tab.problem.text() and not tab.problem.isHidden()
    assert tab.summary.isHidden() and tab.push_button.isEnabled()


def test_no_address_means_no_push(qtbot: QtBot, screen: SettingsScreen) -> None:
    tab = screen.push
    with qtbot.wait_signal(tab.push_failed) as failed:
        qtbot.mouseClick(tab.push_button, Qt.MouseButton.LeftButton)
    assert failed.args == ["Type the team database's URL first."]
    assert tab.job is None


def test_the_push_waits_for_the_database(qtbot: QtBot) -> None:
    view = SettingsScreen(load_settings())
    qtbot.add_widget(view)
    assert not view.push.push_button.isEnabled()


@pytest.mark.postgres
def test_a_push_into_postgresql_lists_the_refused_review_with_its_reason(
    qtbot: QtBot,
    screen: SettingsScreen,
    laptop: ReviewService,
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.create_database()
    refs = [laptop.create_review(f"Review {n}", "Acme").review.reference for n in range(2)]
    laptop.push_reviews(url)
    with team(url, laptop) as there:
        there.set_answer(refs[0], "org_type", "company")
        events = there.verify_audit().events
    laptop.set_answer(refs[0], "org_type", "police")
    laptop.set_answer(refs[1], "org_type", "police")

    result = push(qtbot, screen, url)

    tab = screen.push
    assert result.report.updated == [refs[1]]
    assert [r.reference for r in result.report.refused] == [refs[0]]
    assert "0 new, 1 updated, 0 already there, 1 refused." in tab.summary.text()
    details = tab.details.toPlainText().splitlines()
    assert details[0] == f"Updated: {refs[1]}"
    assert details[1].startswith(f"Refused: {refs[0]}: review {refs[0]} has changes here")
    assert "pushed from" in details[1]
    with team(url, laptop) as there:
        assert there.get_review(refs[0]).current.answers["org_type"] == "company"
        assert there.verify_audit().events == events + 1  # the update of refs[1] only
        assert there.check().ok


@pytest.mark.postgres
def test_stop_leaves_whole_reviews_and_the_next_push_sends_the_rest(
    qtbot: QtBot,
    screen: SettingsScreen,
    laptop: ReviewService,
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.create_database()
    refs = [laptop.create_review(f"Review {n}", "Acme").review.reference for n in range(5)]
    tab = screen.push
    tab.batch = 1
    tab.target.setText(url)
    with qtbot.wait_signal(tab.pushed, timeout=60_000) as pushed:
        qtbot.mouseClick(tab.push_button, Qt.MouseButton.LeftButton)
        # Opening the new team database (its schema) takes far longer than this click.
        qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)

    first = pushed.args[0]
    assert first.cancelled
    sent = first.report.sent
    assert 1 <= len(sent) < 5
    assert "Stopped at your request" in tab.summary.text()
    with team(url, laptop) as there:
        assert there.count_reviews() == len(sent) and there.check().ok

    rest = push(qtbot, screen, url)

    assert not rest.cancelled
    assert rest.report.unchanged == len(sent)
    assert sorted(sent + rest.report.sent) == sorted(refs)
    with team(url, laptop) as there:
        assert there.count_reviews() == 5 and there.check().ok


def test_since_leaves_out_reviews_changed_before_that_day(
    qtbot: QtBot, screen: SettingsScreen, laptop: ReviewService, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDate

    laptop.create_review("Old", "Acme")
    tab = screen.push
    tab.since_check.setChecked(True)
    tab.since.setDate(QDate(2999, 1, 1))
    url = f"sqlite:///{tmp_path / 'team.sqlite'}"

    later = push(qtbot, screen, url)
    assert later.report.total == 0 and not later.report.sent

    tab.since.setDate(QDate(2000, 1, 1))
    assert len(push(qtbot, screen, url).report.sent) == 1
