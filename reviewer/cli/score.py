"""`reviewer score FILE`: assess an answers file against the shipped policy packs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from reviewer.answers import load_answers_file
from reviewer.cli.output import terminal_safe, wrap
from reviewer.library import default_policy_packs, default_questionnaire
from reviewer.scoring import Assessment, assess


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the score command."""
    parser = commands.add_parser("score", help="assess an answers file")
    parser.add_argument("file", type=Path, metavar="FILE", help="answers JSON file")
    parser.add_argument("--json", action="store_true", help="print the assessment as JSON")
    parser.set_defaults(handler=_score)


def _score(args: argparse.Namespace) -> int:
    """Score the file and print the verdict with reasons."""
    questionnaire = default_questionnaire()
    answers_file = load_answers_file(args.file, questionnaire)
    assessment = assess(questionnaire, default_policy_packs(), answers_file.answers)
    if args.json:
        print(json.dumps(json.loads(assessment.to_json()), indent=2, ensure_ascii=False))
        return 0
    print(f"{terminal_safe(answers_file.title)} ({terminal_safe(answers_file.organisation)})")
    print_assessment(assessment)
    return 0


def print_assessment(assessment: Assessment) -> None:
    """Print the verdict, then each triggered clause and its reason."""
    print(
        f"Verdict: {assessment.verdict.value} ({assessment.verdict.label}), "
        f"risk score {assessment.score}"
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
        print(f"[{trigger.severity.value.upper()}] {terminal_safe(trigger.title)}")
        where = f"{trigger.citation.short()}  ({trigger.pack_id}:{trigger.clause_id})"
        print(f"  {terminal_safe(where)}")
        print(wrap(f"Why: {trigger.explanation}.", 2))
        for weighed in trigger.exceptions_weighed:
            print(wrap(f"Exception weighed: {weighed.title}. {weighed.explanation}.", 2))
        print()
    for applied in assessment.exceptions:
        print(f"[EXCEPTION APPLIED] {terminal_safe(f'{applied.clause_title}: {applied.title}')}")
        print(wrap(f"Why: {applied.explanation}.", 2))
        print()
    if assessment.obligations:
        print("Conditions of any approval:")
        for obligation in assessment.obligations:
            print(wrap(f"- {obligation.text}", 2))
