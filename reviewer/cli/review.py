"""`reviewer review import|list|show|decide`: reviews kept in the database."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import Any

from reviewer.cli.answering import owed_lines, register_answer, show_owed_answers
from reviewer.cli.bundles import register_bundles
from reviewer.cli.conditions import condition_line, register_obligation
from reviewer.cli.identity import add_passphrase_option, passphrase
from reviewer.cli.lifecycle import register_lifecycle
from reviewer.cli.oscal import register_review_oscal
from reviewer.cli.output import print_json, terminal_safe, wrap
from reviewer.cli.register import register_export
from reviewer.cli.storage import open_service, parse_day
from reviewer.decision import Outcome
from reviewer.errors import ReviewerError
from reviewer.records import ReviewDetail, ReviewQuery, ReviewStatus, ReviewSummary
from reviewer.scoring import Assessment
from reviewer.service.signing import person_of
from reviewer.severity import Verdict
from reviewer.signing.identity import load_identity


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the review command group."""
    group = commands.add_parser("review", help="import, list, show and decide stored reviews")
    sub = group.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    imp = sub.add_parser("import", help="import answers files as new reviews")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--json", action="store_true", help="print the new reviews as JSON")
    imp.set_defaults(handler=_import)
    lst = sub.add_parser("list", help="list reviews, most recently changed first")
    lst.add_argument("--status", choices=[s.value for s in ReviewStatus])
    lst.add_argument(
        "--approver", metavar="TEXT", help="only reviews whose assigned approver contains TEXT"
    )
    lst.add_argument("--verdict", choices=[v.value for v in Verdict])
    lst.add_argument("--search", metavar="TEXT", help="words in titles, organisations, answers")
    lst.add_argument("--since", metavar="YYYY-MM-DD", help="changed on or after this day")
    lst.add_argument("--until", metavar="YYYY-MM-DD", help="changed on or before this day")
    lst.add_argument(
        "--suspended", action="store_true", help="only approvals suspended, pending re-review"
    )
    lst.add_argument("--as-of", metavar="YYYY-MM-DD", help="judge suspensions on this day")
    lst.add_argument("--limit", type=int, default=50, help="how many to show (default 50)")
    lst.add_argument("--json", action="store_true", help="print a JSON list")
    lst.set_defaults(handler=_list)
    show = sub.add_parser("show", help="show one review")
    show.add_argument("id", metavar="REF", help="its reference (R-YYYY-NNNN)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.add_argument("--as-of", metavar="YYYY-MM-DD", help="judge a suspension on this day")
    show.set_defaults(handler=_show)
    decide = sub.add_parser("decide", help="record your decision on a review")
    decide.add_argument("id", metavar="REF")
    decide.add_argument("--outcome", required=True, choices=[o.value for o in Outcome])
    decide.add_argument("--rationale", required=True, help="why you decided this way")
    decide.add_argument(
        "--condition", action="append", default=[], help="a condition of approval (repeatable)"
    )
    decide.add_argument(
        "--condition-owner",
        action="append",
        default=[],
        metavar="NAME",
        help="who must fulfil the condition of the same position (repeatable)",
    )
    decide.add_argument(
        "--condition-due",
        action="append",
        default=[],
        metavar="YYYY-MM-DD",
        help="when the condition of the same position is due (repeatable)",
    )
    decide.add_argument(
        "--next-review", metavar="YYYY-MM-DD", help="when an approval is reviewed again"
    )
    decide.add_argument("--escalate-to", metavar="NAME", help="who an escalation goes to")
    _identity_options(decide, "your signing identity: the decision is recorded in its name")
    decide.set_defaults(handler=_decide)
    register_lifecycle(sub)
    register_answer(sub)
    register_bundles(sub)
    register_review_oscal(sub)
    register_obligation(sub)
    register_export(sub)


def _identity_options(parser: argparse.ArgumentParser, what: str) -> None:
    """Add --identity and --passphrase-file."""
    parser.add_argument("--identity", type=Path, required=True, metavar="X.p12", help=what)
    add_passphrase_option(parser)


def _line(summary: ReviewSummary) -> str:
    """Render one review as a list line."""
    reading = summary.reading
    verdict = "-" if summary.verdict is None else summary.verdict.value
    if reading is not None and reading.provisional:
        verdict = reading.label  # as the app's list reads it: "Incomplete", "At least: High"
    line = (
        f"{summary.reference}  {summary.status.value:<17} {verdict:<10} "
        f"{summary.updated_at:%Y-%m-%d}  {terminal_safe(summary.title)} "
        f"({terminal_safe(summary.organisation)})"
    )
    if summary.suspension:
        line += f"\n    {terminal_safe(summary.suspension)}"
    return line


def _import(args: argparse.Namespace) -> int:
    """Import every file, or none."""
    with open_service(args) as service:
        summaries = service.import_files(args.files)
    if args.json:
        print_json([s.model_dump(mode="json") for s in summaries])
        return 0
    noun = "review" if len(summaries) == 1 else "reviews"
    print(f"Imported {len(summaries)} {noun}:")
    for summary in summaries:
        print(_line(summary))
    return 0


def _list(args: argparse.Namespace) -> int:
    """Print one page of reviews."""
    until = parse_day(args.until, "--until") + timedelta(days=1) if args.until else None
    query = ReviewQuery(
        search=args.search,
        status=ReviewStatus(args.status) if args.status else None,
        approver=args.approver,
        verdict=Verdict(args.verdict) if args.verdict else None,
        since=parse_day(args.since, "--since") if args.since else None,
        until=until,
        limit=max(1, args.limit),
        suspended=args.suspended,
        as_of=parse_day(args.as_of, "--as-of").date() if args.as_of else None,
    )
    with open_service(args) as service:
        summaries = service.list_reviews(query)
    if args.json:
        print_json([s.model_dump(mode="json") for s in summaries])
        return 0
    if not summaries:
        print("No reviews match.")
    for summary in summaries:
        print(_line(summary))
    return 0


def _verdict_line(assessment: Assessment) -> str:
    """Say the verdict, or that it is provisional until the required answers are given."""
    reading = assessment.reading
    score = f"risk score {assessment.score}"
    if not reading.provisional:
        return f"Verdict: {assessment.verdict.value} ({assessment.verdict.label}), {score}"
    missing = assessment.missing_required
    return (
        f"Verdict: {reading.label} (provisional, {len(missing)} required question(s) "
        f"unanswered: {terminal_safe(', '.join(missing))}), {score}"
    )


def detail_json(detail: ReviewDetail) -> dict[str, Any]:
    """Return a review as the documented JSON structure."""
    return detail.model_dump(mode="json")


def _show(args: argparse.Namespace) -> int:
    """Print one review."""
    with open_service(args) as service:
        as_of = parse_day(args.as_of, "--as-of").date() if args.as_of else None
        detail = service.get_review(args.id, as_of)
    if args.json:
        print_json(detail_json(detail))
        return 0
    summary, current = detail.summary, detail.current
    print(f"{terminal_safe(summary.title)} ({terminal_safe(summary.organisation)})")
    print(f"Review {summary.reference}, revision {summary.revision} of {len(detail.revisions)}")
    print(f"Status: {summary.status.label}   Changed: {summary.updated_at:%Y-%m-%d %H:%M} UTC")
    if summary.suspension:
        print(wrap(f"Status: {terminal_safe(summary.suspension)}", 2))
    for label, text in (
        ("System", summary.system),
        ("Business owner", summary.business_owner),
        ("Approver", summary.approver),
        ("Due", summary.due_date.isoformat() if summary.due_date else ""),
    ):
        if text:
            print(f"{label}: {terminal_safe(text)}")
    if current.closing_note:
        print(
            wrap(f"Note ({current.state.label.lower()}): {terminal_safe(current.closing_note)}", 2)
        )
    q = current.questionnaire
    print(f"Questionnaire: {q.id} {q.version} (sha256 {q.sha256[:12]})")
    if current.assessment:
        a = current.assessment
        print(_verdict_line(a))
        packs = ", ".join(f"{p.id} {p.version} ({p.sha256[:12]})" for p in a.pins.packs)
        print(f"Policy: {packs}")
        for trigger in a.triggers:
            print(f"  [{trigger.severity.value.upper()}] {terminal_safe(trigger.title)}")
    if detail.obligations:
        print("Obligations:")
        for item in detail.obligations:
            why = f" ({terminal_safe(item.reason)})" if item.reason else ""
            if item.premarked:
                why = f" (pre-marked: answered {terminal_safe(item.premarked)})"
            print(wrap(f"[{item.state.value}] {item.id}: {terminal_safe(item.text)}{why}", 2))
    print("Answers:")
    for qid, value in sorted(current.answers.items()):
        print(wrap(f"{qid}: {value}", 2))
    for line in owed_lines(detail):
        print(line)
    show_owed_answers(detail)
    if current.decision:
        d = current.decision
        decider = d.decided_by
        if current.decider_email:
            decider = f"{decider} <{current.decider_email}>"
        print(f"Decision: {d.outcome.label}, by {decider} on {d.decided_at:%Y-%m-%d %H:%M}")
        if d.escalate_to:
            print(f"Escalated to: {d.escalate_to}")
        print(wrap(f"Rationale: {d.rationale}", 2))
        if current.next_review:
            print(f"Next review: {current.next_review.isoformat()}")
        for condition in detail.conditions:
            print(wrap(f"- {condition_line(condition)}", 2))
    if current.signature:
        s = current.signature
        print(f"Signed by {s.signer} on {s.signed_at:%Y-%m-%d %H:%M} (PDF sha256 {s.pdf_sha256})")
    for att in detail.attachments:
        name, kind = terminal_safe(att.file_name), terminal_safe(att.media_type)
        print(f"Attachment: {name} ({kind}, {att.size} bytes, {att.sha256})")
    for kept in detail.reports:
        superseded = " (superseded: reopened)" if kept.revision < summary.revision else ""
        print(
            f"Signed PDF, revision {kept.revision}, {kept.kind} copy by "
            f"{terminal_safe(kept.signer)}: sha256 {kept.sha256}{superseded}"
        )
    return 0


def _decide(args: argparse.Namespace) -> int:
    """Record the decision under the identity's person and print the new status."""
    identity = load_identity(args.identity, passphrase(args))
    with open_service(args) as service:
        change = service.decide(
            args.id,
            Outcome(args.outcome),
            args.rationale,
            _conditions(args),
            decider=person_of(identity),
            escalate_to=args.escalate_to,
            next_review=parse_day(args.next_review, "--next-review").date()
            if args.next_review
            else None,
        )
    print(
        f"Review {change.review.reference} is decided by {identity.full_name}: "
        f"{Outcome(args.outcome).label}."
    )
    return 0


def _conditions(args: argparse.Namespace) -> list[str | dict[str, Any]]:
    """Pair each --condition with its owner and due date, when any condition has one."""
    texts, owners, dues = args.condition, args.condition_owner, args.condition_due
    if not owners and not dues:
        return list(texts)
    if not len(texts) == len(owners) == len(dues):
        raise ReviewerError(
            f"--condition-owner, --condition-due: give one owner and one due date for each "
            f"--condition ({len(texts)} conditions, {len(owners)} owners, {len(dues)} due dates)"
        )
    return [
        {"text": t, "owner": o, "due": parse_day(d, "--condition-due").date().isoformat()}
        for t, o, d in zip(texts, owners, dues, strict=True)
    ]
