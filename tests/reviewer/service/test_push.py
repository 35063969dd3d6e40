"""`db push` from an SQLite laptop database into the team's real PostgreSQL server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from benchmarks.seed import seed
from reviewer.decision import Outcome
from reviewer.followup import ConditionDraft, ObligationState
from reviewer.records import ReviewStatus
from reviewer.service import ReviewService
from reviewer.service.signing import person_of
from reviewer.signing.identity import Identity, load_identity
from reviewer.signing.trust import add_root
from reviewer.store.models import ReviewRow
from tests.helpers.content import complete_answers, open_service
from tests.helpers.postgres import PostgresServer
from tests.helpers.signing import ThrowawayIdentity

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def officer(reviewer_identity: ThrowawayIdentity) -> Identity:
    add_root(reviewer_identity.cert)
    return load_identity(reviewer_identity.p12, reviewer_identity.passphrase)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[ReviewService]:
    with open_service(f"sqlite:///{tmp_path / 'laptop.sqlite3'}", actor="alice") as svc:
        yield svc


def ids(service: ReviewService) -> list[str]:
    """Return every review id of a database, sorted, duplicates kept."""
    with service.store.read() as session:
        return sorted(session.scalars(select(ReviewRow.id)))


@pytest.fixture
def team_url(postgres_server: PostgresServer) -> str:
    return postgres_server.create_database()


def test_push_sends_what_the_team_lacks_then_only_what_changed(
    laptop: ReviewService, officer: Identity, team_url: str, tmp_path: Path
) -> None:
    refs = [
        laptop.create_review(f"Review {n}", "Acme", complete_answers()).review.reference
        for n in range(3)
    ]
    laptop.decide(refs[0], Outcome.APPROVE, "Fine", decider=person_of(officer))
    laptop.sign_decision(refs[0], officer, tmp_path / "signed.pdf")
    seen: list[int] = []

    first = laptop.push_reviews(team_url, progress=lambda r: seen.append(r.done), batch=2)

    assert sorted(first.sent) == sorted(refs) and not first.refused
    assert seen == [2, 3]
    with open_service(team_url) as team:
        assert team.check().ok
        assert team.get_review(refs[0]).summary.status is ReviewStatus.AWAITING_APPROVAL
        assert team.anchor_check((tmp_path / "signed.pdf").read_bytes(), "signed.pdf").ok
        events = team.verify_audit().events
    again = laptop.push_reviews(team_url)
    assert (again.sent, again.updated, again.unchanged) == ([], [], 3)
    laptop.set_answer(refs[1], "purpose", "Autre usage")
    third = laptop.push_reviews(team_url)
    assert third.updated == [refs[1]] and third.unchanged == 2
    with open_service(team_url) as team:
        assert team.get_review(refs[1]).current.answers["purpose"] == "Autre usage"
        assert team.verify_audit().events == events + 1  # one bundle-import event
        assert team.check().ok


def test_a_review_changed_on_both_sides_is_refused_naming_both(
    laptop: ReviewService, officer: Identity, team_url: str, tmp_path: Path
) -> None:
    refs = [
        laptop.create_review(f"Review {n}", "Acme", complete_answers()).review.reference
        for n in range(2)
    ]
    laptop.decide(refs[0], Outcome.REJECT, "No", decider=person_of(officer))
    laptop.push_reviews(team_url)
    with open_service(team_url, actor="carol") as team:
        team.reopen(refs[0], "the team reopens it")
    laptop.reopen(refs[0], "the laptop reopens it too")
    laptop.set_answer(refs[1], "purpose", "Changed here")

    report = laptop.push_reviews(team_url)

    assert report.updated == [refs[1]]
    assert [r.reference for r in report.refused] == [refs[0]]
    reason = report.refused[0].reason
    assert "has changes here that the bundle lacks" in reason
    assert "this database has revision 2" in reason and "pushed from" in reason
    with open_service(team_url) as team:
        assert team.history(refs[0])[-1].actor == "carol"
        assert team.check().ok


@pytest.mark.slow
def test_a_push_killed_half_way_completes_the_second_time(tmp_path: Path, team_url: str) -> None:
    laptop_url = f"sqlite:///{tmp_path / 'laptop.sqlite3'}"
    seed(laptop_url, 300, rng_seed=3)
    command = [
        sys.executable,
        "-m",
        "reviewer",
        "--database",
        laptop_url,
        "db",
        "push",
        "--to",
        team_url,
        "--batch",
        "5",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    for line in process.stderr:
        if "/300 reviews" in line and int(line.split(": ")[1].split("/")[0]) >= 30:
            break
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stderr.close()
    with open_service(team_url) as team:
        arrived = team.count_reviews()
        assert 30 <= arrived < 300, "the push was not killed half-way"
        assert team.check().ok
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert f"{300 - arrived} new, 0 updated, {arrived} already there, 0 refused" in done.stdout
    with ReviewService.open(team_url) as team, ReviewService.open(laptop_url) as source:
        assert team.count_reviews() == 300
        assert ids(team) == ids(source)
        assert team.check().ok


def test_the_push_command_prints_what_it_sent_and_refused(
    capsys: pytest.CaptureFixture[str], laptop: ReviewService, team_url: str, tmp_path: Path
) -> None:
    from reviewer.cli import main

    laptop_url = laptop.store.url
    ref = laptop.create_review("One", "Acme", complete_answers()).review.reference
    assert (
        main(["--database", laptop_url, "db", "push", "--to", team_url, "--since", "2999-01-01"])
        == 0
    )
    assert "0 new, 0 updated, 0 already there, 0 refused" in capsys.readouterr().out
    assert main(["--database", laptop_url, "db", "push", "--to", team_url]) == 0
    captured = capsys.readouterr()
    assert f"sent     {ref}" in captured.out and "1/1 reviews" in captured.err
    with open_service(team_url, actor="carol") as team:
        team.set_answer(ref, "purpose", "Changed by the team")
    laptop.set_answer(ref, "purpose", "Changed on the laptop")
    assert main(["--database", laptop_url, "db", "push", "--to", team_url]) == 1
    out = capsys.readouterr().out
    assert f"REFUSED  {ref}: review {ref} has changes here" in out and "1 refused" in out


def test_pushed_conditions_keep_their_evidence_and_the_clause_counts(
    officer: Identity, team_url: str, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'obligations.sqlite3'}"
    with open_service(url, version="1.0-obligations", obligations=True) as laptop:
        ref = laptop.create_review("Triage", "Clinic", complete_answers(sector="health"))
        ref = ref.review.reference
        laptop.add_attachment(ref, "dpia.pdf", b"%PDF-1.7 dpia")
        laptop.mark_obligation(
            ref,
            "dpia-done",
            ObligationState.MET,
            evidence=[laptop.get_review(ref).attachments[0].id],
        )
        laptop.decide(
            ref,
            Outcome.APPROVE_WITH_CONDITIONS,
            "With a DPIA",
            [ConditionDraft(text="File it", owner="DPO", due=date(2099, 1, 31))],
            decider=person_of(officer),
        )
        laptop.sign_decision(ref, officer, tmp_path / "signed.pdf")
        laptop.close_condition(laptop.conditions(ref)[0].id, waive="Filed with the regulator")

        assert laptop.push_reviews(team_url).sent == [ref]

        with open_service(team_url) as team:
            assert team.check().ok
            assert [(c.status, c.reason) for c in team.conditions(ref)] == [
                (c.status, c.reason) for c in laptop.conditions(ref)
            ]
            item = {o.id: o for o in team.obligations(ref)}["dpia-done"]
            names = {a.id: a.file_name for a in team.get_review(ref).attachments}
            assert [names[e] for e in item.evidence] == ["dpia.pdf"]
            assert team.overview_series().top_clauses == laptop.overview_series().top_clauses
            assert team.overview_series().top_clauses
