"""`reviewer schema`: print the JSON Schema of each file format for authors."""

from __future__ import annotations

import argparse

from pydantic import BaseModel

from reviewer.answers import AnswersFile
from reviewer.cli.output import print_json
from reviewer.policy import PolicyPack
from reviewer.questionnaire import Questionnaire
from reviewer.register import RegisterFile

FORMATS: dict[str, type[BaseModel]] = {
    "questionnaire": Questionnaire,
    "policy": PolicyPack,
    "answers": AnswersFile,
    "register": RegisterFile,
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the schema command."""
    parser = commands.add_parser("schema", help="print a file format's JSON Schema")
    parser.add_argument("format", choices=sorted(FORMATS), help="which format")
    parser.set_defaults(handler=_schema)


def _schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of the chosen format."""
    model = FORMATS[args.format]
    schema = model.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://reviewer.invalid/schema/{args.format}.json"
    print_json(schema)
    return 0
