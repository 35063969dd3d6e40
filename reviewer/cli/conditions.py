"""`reviewer conditions list|close` and `reviewer review obligation`: following decisions up."""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer.cli.output import print_json, terminal_safe
from reviewer.cli.storage import open_service, parse_day
from reviewer.followup import Condition, ConditionStatus, ObligationState
from reviewer.limits import MAX_PDF_BYTES
from reviewer.signing.files import read_input


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the conditions command group."""
    group = commands.add_parser("conditions", help="list and close conditions of approval")
    sub = group.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    lst = sub.add_parser("list", help="list the conditions of current decisions, soonest due first")
    lst.add_argument("--overdue", action="store_true", help="only open ones past their due date")
    lst.add_argument("--owner", metavar="TEXT", help="only those whose owner contains TEXT")
    lst.add_argument("--status", choices=[s.value for s in ConditionStatus])
    lst.add_argument("--as-of", metavar="YYYY-MM-DD", help="judge 'overdue' on this day")
    lst.add_argument("--json", action="store_true", help="print a JSON list")
    lst.set_defaults(handler=_list)
    close = sub.add_parser("close", help="mark a condition done (with evidence) or waived")
    close.add_argument("id", metavar="ID", help="the condition, as R-YYYY-NNNN/C1")
    how = close.add_mutually_exclusive_group(required=True)
    how.add_argument("--evidence", type=Path, metavar="FILE", help="the file that proves it done")
    how.add_argument("--waive", metavar="REASON", help="waive it, saying why")
    close.add_argument("--by", metavar="NAME", help="who closes it (default: your login)")
    close.set_defaults(handler=_close)


def register_obligation(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `review obligation` to the review command group."""
    mark = sub.add_parser("obligation", help="mark an obligation of a draft met, n/a or to do")
    mark.add_argument("id", metavar="REF")
    mark.add_argument("obligation", metavar="OBLIGATION", help="the obligation's id")
    mark.add_argument("--state", required=True, choices=[s.value for s in ObligationState])
    mark.add_argument("--reason", help="why it does not apply (required for not-applicable)")
    mark.add_argument(
        "--evidence",
        type=int,
        action="append",
        default=[],
        metavar="ATTACHMENT",
        help="an attachment of the review that shows it (repeatable)",
    )
    mark.set_defaults(handler=_mark)


def condition_line(condition: Condition) -> str:
    """Render one condition as a list line."""
    due = condition.due.isoformat() if condition.due else "no due date"
    owner = terminal_safe(condition.owner or "no owner")
    return (
        f"{condition.id:<18} {condition.status.value:<7} {due:<11} {owner}: "
        f"{terminal_safe(condition.text)}"
    )


def _list(args: argparse.Namespace) -> int:
    """Print the conditions asked for."""
    as_of = parse_day(args.as_of, "--as-of").date() if args.as_of else None
    with open_service(args) as service:
        found = service.list_conditions(
            overdue=args.overdue,
            owner=args.owner,
            status=ConditionStatus(args.status) if args.status else None,
            as_of=as_of,
        )
    if args.json:
        print_json([c.model_dump(mode="json") for c in found])
        return 0
    if not found:
        print("No conditions match.")
    for condition in found:
        print(condition_line(condition))
    return 0


def _close(args: argparse.Namespace) -> int:
    """Close the condition and say how."""
    evidence = None
    if args.evidence is not None:
        data = read_input(args.evidence, "an evidence file", MAX_PDF_BYTES)
        evidence = (args.evidence.name, data)
    with open_service(args) as service:
        closed = service.close_condition(
            args.id, evidence=evidence, waive=args.waive, closed_by=args.by
        )
    how = (
        f"done, evidence kept as attachment {closed.evidence}"
        if closed.status is ConditionStatus.DONE
        else f"waived: {terminal_safe(closed.reason or '')}"
    )
    print(f"Condition {closed.id} is {how} (by {terminal_safe(closed.closed_by or '')}).")
    return 0


def _mark(args: argparse.Namespace) -> int:
    """Mark the obligation."""
    with open_service(args) as service:
        service.mark_obligation(
            args.id,
            args.obligation,
            ObligationState(args.state),
            reason=args.reason,
            evidence=args.evidence,
        )
    print(f"Obligation {args.obligation} of {args.id.upper()} is marked {args.state}.")
    return 0
