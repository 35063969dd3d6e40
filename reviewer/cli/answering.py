"""`reviewer review answer`: answer one question of a review's intake or of its FRIA."""

from __future__ import annotations

import argparse
import json
import math

from reviewer.answers import AnswerValue
from reviewer.cli.output import print_json, wrap
from reviewer.cli.storage import open_service
from reviewer.errors import ReviewerError
from reviewer.questionnaire import Question, QuestionKind, Questionnaire
from reviewer.records import OwedQuestionnaire, ReviewDetail

_TRUE = {"yes", "true", "y", "1"}
_FALSE = {"no", "false", "n", "0"}


def register_answer(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `review answer` to the review command group."""
    answer = sub.add_parser(
        "answer", help="answer one question of a draft review (the intake, or --questionnaire fria)"
    )
    answer.add_argument("id", metavar="REF", help="the review's reference (R-YYYY-NNNN)")
    answer.add_argument("question", metavar="QUESTION", help="the question id")
    answer.add_argument(
        "value",
        metavar="VALUE",
        nargs="?",
        help="the answer: text, a number, yes/no, YYYY-MM-DD, an option id, or option ids "
        "separated by commas; leave out with --clear",
    )
    answer.add_argument(
        "--questionnaire",
        metavar="ID",
        help="answer a questionnaire the review owes beyond the intake, such as 'fria'",
    )
    answer.add_argument("--clear", action="store_true", help="remove the answer")
    answer.add_argument("--json", action="store_true", help="print what changed as JSON")
    answer.set_defaults(handler=_answer)


def answer_value(questionnaire: Questionnaire, question_id: str, text: str) -> AnswerValue:
    """Read an answer typed on the command line as the question's kind expects it."""
    question = questionnaire.questions.get(question_id)
    if question is None:
        raise ReviewerError(
            f"QUESTION: {question_id!r} is not a question of {questionnaire.id} "
            f"{questionnaire.version}; 'reviewer questionnaire show' lists them"
        )
    return _typed(question, text.strip())


def _typed(question: Question, text: str) -> AnswerValue:
    """Convert the text for one question; the service checks options and formats."""
    where = f"VALUE for {question.id}"
    if question.kind is QuestionKind.BOOLEAN:
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise ReviewerError(f"{where}: answer yes or no, got {text!r}")
    if question.kind is QuestionKind.NUMBER:
        try:
            number = float(text)
        except ValueError:
            raise ReviewerError(f"{where}: give a number, got {text!r}") from None
        if not math.isfinite(number):
            raise ReviewerError(f"{where}: give a finite number, got {text!r}")
        return int(number) if number.is_integer() else number
    if question.kind is QuestionKind.MULTI:
        if text.startswith("["):
            try:
                values = json.loads(text)
            except ValueError:
                raise ReviewerError(f"{where}: not a JSON list of option ids: {text!r}") from None
            return values if isinstance(values, list) else [str(values)]
        return [part.strip() for part in text.split(",") if part.strip()]
    return text


def _answer(args: argparse.Namespace) -> int:
    """Save the answer and say what it changed."""
    if args.clear == (args.value is not None):
        raise ReviewerError("VALUE: give an answer, or --clear to remove it (not both)")
    with open_service(args) as service:
        questionnaire = service.pinned_questionnaire(args.id, args.questionnaire)
        value = None if args.clear else answer_value(questionnaire, args.question, args.value)
        change = service.set_answer(args.id, args.question, value, questionnaire=args.questionnaire)
        detail = service.get_review(args.id)
    if args.json:
        print_json(change.model_dump(mode="json"))
        return 0
    if not change.changed:
        print(f"Review {change.review.reference}: {args.question} already had that answer.")
    else:
        print(f"Review {change.review.reference}: {args.question} saved ({questionnaire.id}).")
    for line in owed_lines(detail):
        print(line)
    return 0


def owed_line(owed: OwedQuestionnaire) -> str:
    """Describe one extra questionnaire's step in a sentence."""
    q = owed.questionnaire
    name = f"{owed.title} ({q.id} {q.version}, sha256 {q.sha256[:12]})"
    if not owed.owed:
        return f"{name}: no longer owed; its {len(owed.answers)} answer(s) are kept"
    if owed.complete:
        return f"{name}: owed, complete"
    missing = ", ".join(owed.missing_required)
    return f"{name}: owed, {len(owed.missing_required)} required question(s) to answer: {missing}"


def owed_lines(detail: ReviewDetail) -> list[str]:
    """Describe every extra questionnaire of a review's current revision, wrapped."""
    return [wrap(f"Step: {owed_line(owed)}", 2) for owed in detail.current.questionnaires]


def show_owed_answers(detail: ReviewDetail) -> None:
    """Print each extra questionnaire's answers under its own heading."""
    for owed in detail.current.questionnaires:
        if owed.answers:
            print(f"{owed.questionnaire.id} answers:")
            for qid, value in sorted(owed.answers.items()):
                print(wrap(f"{qid}: {value}", 2))
