"""`reviewer questionnaire show`: print the intake questionnaire."""

from __future__ import annotations

import argparse
from typing import Any

from reviewer.cli.output import print_json, wrap
from reviewer.conditions import condition_to_data, describe
from reviewer.library import default_questionnaire
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
