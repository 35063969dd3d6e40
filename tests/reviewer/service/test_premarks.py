"""Safeguards answers pre-mark obligations of the shipped packs, from pack version 1.2 on.

They show in `review show` and count in the high-risk approval rule; a review pinned to 1.1
keeps 1.1 until it is re-assessed.
"""

from __future__ import annotations

from typing import Any

import pytest

from reviewer import default_policy_packs
from reviewer.cli import main
from reviewer.decision import Outcome
from reviewer.followup import ApprovalNotSettledError, ObligationState
from reviewer.library import shipped_policy_pack
from reviewer.records import ReviewStatus
from reviewer.service import ReviewService
from tests.helpers.content import OFFICER
from tests.helpers.high_risk import footage_search_for_police

PREMARKED = "no-adverse-decision-on-match-alone"
WHY = (
    "Mitigations in place includes Meaningful human oversight, and Human oversight of "
    "decisions is A trained person reviews each decision and can overrule it"
)


def _create(service: ReviewService, **changes: Any) -> str:
    change = service.create_review(
        "Footage search for missing persons",
        "Vigil Analytics",
        footage_search_for_police(**changes),
    )
    return change.review.reference


def test_review_show_says_which_answers_pre_marked_an_obligation(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with ReviewService.open(database_url) as service:
        ref = _create(service)
        items = {item.id: item for item in service.obligations(ref)}
        assert items[PREMARKED].state is ObligationState.MET
        assert items[PREMARKED].premarked == WHY
        others = [i for i in items.values() if i.id != PREMARKED]
        assert others and all(
            i.state is ObligationState.TO_DO and i.premarked is None for i in others
        )
    assert main(["--database", database_url, "review", "show", ref]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"[met] {PREMARKED}: Take no decision with an adverse legal effect" in out
    assert f"(pre-marked: answered {WHY})" in out
    assert "[to-do] assign-competent-oversight" in out


def test_oversight_only_planned_pre_marks_nothing(database_url: str) -> None:
    with ReviewService.open(database_url) as service:
        ref = _create(
            service,
            mitigations=["abuse_detection", "io_limits"],
            mitigations_planned=["human_oversight"],
            mitigations_planned_by="2027-01-15",
        )
        items = {item.id: item for item in service.obligations(ref)}
        assert items[PREMARKED].state is ObligationState.TO_DO
        assert not any(item.premarked for item in items.values())


def test_a_pre_mark_counts_as_met_for_the_high_risk_approval_rule(database_url: str) -> None:
    # The rule (reviewer.followup.check_settled): approving a high-risk use with no condition
    # needs every checklist item met or not applicable; a pre-marked item is met.
    with ReviewService.open(database_url) as service:
        ref = _create(service)
        with pytest.raises(ApprovalNotSettledError) as refused:
            service.decide(ref, Outcome.APPROVE, "settled", decider=OFFICER)
        still_to_do = str(refused.value).split("still to do: ")[1].split(", ")
        assert PREMARKED not in still_to_do
        assert "assign-competent-oversight" in still_to_do
        for obligation_id in still_to_do:
            service.mark_obligation(ref, obligation_id, ObligationState.MET)
        service.decide(ref, Outcome.APPROVE, "every obligation settled", decider=OFFICER)
        detail = service.get_review(ref)
        assert detail.summary.status is ReviewStatus.DECIDED
        assert {i.id: i.premarked for i in detail.obligations}[PREMARKED] == WHY


def test_a_review_pinned_to_1_1_keeps_it_and_re_assessment_brings_1_2_with_its_pre_mark(
    database_url: str,
) -> None:
    old = [
        shipped_policy_pack("eu-ai-act", "1.1"),
        shipped_policy_pack("microsoft-ai-code-of-conduct", "1.1"),
        shipped_policy_pack("data-protection", "1.0"),
    ]
    with ReviewService.open(database_url, packs=old) as before_upgrade:
        ref = _create(before_upgrade)
        before_upgrade.decide(
            ref,
            Outcome.APPROVE_WITH_CONDITIONS,
            "oversight named",
            ["Name the overseers"],
            decider=OFFICER,
        )
    current = {p.id: p.version for p in default_policy_packs()}
    assert (current["eu-ai-act"], current["microsoft-ai-code-of-conduct"]) == ("1.2", "1.2")
    with ReviewService.open(database_url) as upgraded:
        assert {p.id: p.version for p in upgraded.packs} == current
        detail = upgraded.get_review(ref)
        assert detail.current.assessment is not None
        pins = {p.id: p.version for p in detail.current.assessment.pins.packs}
        assert pins["eu-ai-act"] == "1.1"
        assert not any(item.premarked for item in detail.obligations)

        upgraded.reopen(ref, "re-review against the current policy")
        diff, _change = upgraded.reassess(ref)
        assert diff.old_pins is not None
        assert {p.id: p.version for p in diff.old_pins.packs}["eu-ai-act"] == "1.1"
        assert {p.id: p.version for p in diff.new_pins.packs}["eu-ai-act"] == "1.2"
        items = {item.id: item for item in upgraded.obligations(ref)}
        assert items[PREMARKED].state is ObligationState.MET
        assert items[PREMARKED].premarked == WHY
        first = upgraded.get_revision(ref, 1).assessment
        assert first is not None
        assert {p.id: p.version for p in first.pins.packs}["eu-ai-act"] == "1.1"
