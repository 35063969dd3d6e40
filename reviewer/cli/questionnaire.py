"""`reviewer questionnaire show` and `migrate`: print the questionnaire, carry answers forward."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from reviewer.answers import check_answers, load_answers_file
from reviewer.cli.output import print_json, wrap
from reviewer.conditions import condition_to_data, describe
from reviewer.errors import InputFileError
from reviewer.library import default_questionnaire, shipped_questionnaire
from reviewer.migration import AnswerMigration, migrate_answers_file
from reviewer.questionnaire import Questionnaire, load_questionnaire


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the questionnaire command group."""
    group = commands.add_parser("questionnaire", help="show the intake questionnaire")
    sub = group.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    show = sub.add_parser("show", help="print the questionnaire")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.add_argument("--file", metavar="PATH", help="a questionnaire YAML (default: shipped)")
    show.set_defaults(handler=_show)
    migrate = sub.add_parser(
        "migrate", help="carry an answers file to the current questionnaire version"
    )
    migrate.add_argument("file", type=Path, metavar="FILE", help="answers JSON file")
    migrate.add_argument(
        "--output", type=Path, metavar="PATH", help="write the carried answers here"
    )
    migrate.add_argument("--json", action="store_true", help="print the migration as JSON")
    migrate.set_defaults(handler=_migrate)


def questionnaire_data(questionnaire: Questionnaire) -> dict[str, Any]:
    """Return the questionnaire as the documented JSON structure."""
    return {
        "id": questionnaire.id,
        "version": questionnaire.version,
        "title": questionnaire.title,
        "sha256": questionnaire.sha256,
        "sections": [
            {
                "id": section.id,
                "title": section.title,
                "visible_if": condition_to_data(section.visible_if),
                "questions": [
                    {
                        "id": q.id,
                        "kind": q.kind.value,
                        "label": q.label,
                        "help": q.help,
                        "options": [{"id": o.id, "label": o.label} for o in q.options],
                        "required": q.required,
                        "visible_if": condition_to_data(q.visible_if),
                    }
                    for q in section.questions
                ],
            }
            for section in questionnaire.sections
        ],
    }


def _show(args: argparse.Namespace) -> int:
    """Print the questionnaire as text or JSON."""
    questionnaire = load_questionnaire(args.file) if args.file else default_questionnaire()
    if args.json:
        print_json(questionnaire_data(questionnaire))
        return 0
    print(f"{questionnaire.title} ({questionnaire.id} {questionnaire.version})")
    count = sum(1 for _ in questionnaire.iter_questions())
    print(f"{len(questionnaire.sections)} sections, {count} questions\n")
    for number, section in enumerate(questionnaire.sections, 1):
        print(f"{number}. {section.title}  [{section.id}]")
        if section.visible_if is not None:
            print(f"   shown only if {describe(section.visible_if, questionnaire)}")
        for q in section.questions:
            mark = " *" if q.required else ""
            print(f"   - {q.label}{mark}  [{q.id}, {q.kind.value}]")
            if q.visible_if is not None:
                print(wrap(f"shown only if {describe(q.visible_if, questionnaire)}", 7))
            for option in q.options:
                print(f"       ( ) {option.label}  [{option.id}]")
        print()
    print("* required")
    return 0


def _migrate(args: argparse.Namespace) -> int:
    """Carry the answers to the current version and list what the officer must now answer."""
    answers_file = load_answers_file(args.file)
    pin = answers_file.questionnaire
    old = shipped_questionnaire(pin.id, pin.version)
    check_answers(answers_file, old, str(args.file))
    new = default_questionnaire()
    migrated, result = migrate_answers_file(answers_file, old, new)
    if args.output is not None:
        text = json.dumps(migrated.model_dump(mode="json"), indent=2, ensure_ascii=False)
        try:
            args.output.write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            raise InputFileError(str(args.output), f"cannot write: {exc.strerror}") from None
    if args.json:
        print_json(result.model_dump(mode="json"))
        return 0
    _print_migration(result, new, sys.stdout.write)
    return 0


def _print_migration(result: AnswerMigration, new: Questionnaire, write: Any) -> None:
    """Print what was carried, moved and dropped, then what must now be answered."""
    write(f"Answers carried from version {result.from_version} to {result.to_version}.\n")
    write(f"{len(result.carried)} answers carried as they were.\n")
    for old_id, new_id in result.moved.items():
        write(f"Moved: {old_id} -> {new_id} ({new.term(new_id)})\n")
    for dropped in result.dropped:
        write(wrap(f"Dropped: {dropped.question}: {dropped.reason}", 0) + "\n")
    if result.reconfirm:
        write("\nThe wording of these questions changed; confirm the carried answers:\n")
        for qid in result.reconfirm:
            write(wrap(f"- {new.questions[qid].label}  [{qid}]", 2) + "\n")
    if result.to_answer:
        write("\nYou must now answer:\n")
        for qid in result.to_answer:
            write(wrap(f"- {new.questions[qid].label}  [{qid}]", 2) + "\n")
    else:
        write("\nNothing more needs an answer.\n")
