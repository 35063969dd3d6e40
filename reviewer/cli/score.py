"""`reviewer score FILE`: assess an answers file against the shipped policy packs."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from reviewer.answers import load_answers_file
from reviewer.cli.output import terminal_safe, wrap
from reviewer.errors import ReviewerError
from reviewer.library import (
    default_questionnaire,
    packs_for,
    shipped_questionnaire,
)
from reviewer.policy import ClauseKind
from reviewer.questionnaire import Questionnaire
from reviewer.scoring import Assessment, assess


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the score command."""
    parser = commands.add_parser("score", help="assess an answers file")
    parser.add_argument("file", type=Path, metavar="FILE", help="answers JSON file")
    parser.add_argument("--json", action="store_true", help="print the assessment as JSON")
    parser.add_argument(
        "--as-of",
        type=_day,
        metavar="DATE",
        help="judge the clauses' dates as of this day, YYYY-MM-DD (default: today)",
    )
    parser.set_defaults(handler=_score)


def _day(text: str) -> date:
    """Parse an --as-of day, saying plainly what is wrong."""
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _score(args: argparse.Namespace) -> int:
    """Score the file and print the verdict with reasons."""
    answers_file = load_answers_file(args.file)
    pin = answers_file.questionnaire
    current = default_questionnaire()
    # An answers file pinned to an earlier shipped version is scored with the content of
    # that version; `reviewer questionnaire migrate` carries it forward.
    questionnaire = (
        current
        if (pin.id, pin.version) == (current.id, current.version)
        else _shipped_or_current(pin.id, pin.version, current)
    )
    answers_file = load_answers_file(args.file, questionnaire)
    as_of = args.as_of or date.today()
    assessment = assess(questionnaire, packs_for(questionnaire), answers_file.answers, as_of)
    if args.json:
        print(json.dumps(json.loads(assessment.to_json()), indent=2, ensure_ascii=False))
        return 0
    print(f"{terminal_safe(answers_file.title)} ({terminal_safe(answers_file.organisation)})")
    if questionnaire is not current:
        print(
            f"Answers fill in {questionnaire.id} {questionnaire.version}; scored with the packs "
            f"of that version. Run `reviewer questionnaire migrate` to carry them to "
            f"{current.version}."
        )
    print_assessment(assessment)
    return 0


def _shipped_or_current(
    questionnaire_id: str, version: str, current: Questionnaire
) -> Questionnaire:
    """Return the shipped questionnaire an answers file pins, or the current one to report on."""
    try:
        return shipped_questionnaire(questionnaire_id, version)
    except ReviewerError:
        return current  # the version check that follows names the mismatch


def print_assessment(assessment: Assessment) -> None:
    """Print the verdict, then each triggered clause and its reason."""
    counted = sum(share.count for share in assessment.breakdown)
    print(f"Verdict: {assessment.verdict.value} ({assessment.verdict.label})")
    if assessment.as_of is not None:
        print(f"As of {assessment.as_of.isoformat()}")
    print(
        f"{counted} {'clause' if counted == 1 else 'clauses'} triggered. "
        "The verdict is the most serious severity among them; "
        f"their risk points add up to {assessment.score}, a rough measure of how much they ask "
        "for, not a verdict."
    )
    if assessment.missing_required:
        print(
            f"Provisional: {len(assessment.missing_required)} required questions unanswered: "
            + terminal_safe(", ".join(assessment.missing_required))
        )
    print()
    if not assessment.triggers:
        print("No clause triggered.")
    for trigger in assessment.triggers:
        house = " (house rule)" if trigger.kind is ClauseKind.HOUSE_RULE else ""
        print(f"[{trigger.severity.value.upper()}] {terminal_safe(trigger.title)}{house}")
        where = f"{trigger.citation.short()}  ({trigger.pack_id}:{trigger.clause_id})"
        print(f"  {terminal_safe(where)}")
        if trigger.why:
            print(wrap(terminal_safe(trigger.why), 2))
        print(wrap(f"Detail: {trigger.explanation}.", 2))
        for weighed in trigger.exceptions_weighed:
            print(wrap(f"Exception weighed: {weighed.title}. {weighed.explanation}.", 2))
        print()
    for applied in assessment.exceptions:
        print(f"[EXCEPTION APPLIED] {terminal_safe(f'{applied.clause_title}: {applied.title}')}")
        print(wrap(f"Why: {applied.explanation}.", 2))
        print()
    for pending in assessment.not_yet_applicable:
        day = pending.applies_from.effective.isoformat()
        print(f"[APPLIES FROM {day}] {pending.title} ({pending.pack_id}:{pending.clause_id})")
        print(wrap(f"Would be {pending.severity.value}; not counted toward the verdict yet.", 2))
        print()
    if assessment.obligations:
        print("Conditions of any approval:")
        for obligation in assessment.obligations:
            print(wrap(f"- {obligation.text}", 2))
