"""`reviewer db push --to URL [--since DATE]`: send this database's reviews to the team's."""

from __future__ import annotations

import argparse
import sys

from reviewer.cli.output import terminal_safe
from reviewer.cli.storage import open_service, parse_day
from reviewer.errors import ReviewerError
from reviewer.service.push import BATCH, PushReport


def register_push(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the push action to the db command group."""
    push = sub.add_parser(
        "push", help="send the reviews the team database lacks or has older (conflicts refused)"
    )
    push.add_argument("--to", required=True, metavar="URL", help="the team database's URL")
    push.add_argument("--since", metavar="YYYY-MM-DD", help="only reviews changed on or after")
    push.add_argument("--batch", type=int, default=BATCH, help=argparse.SUPPRESS)
    push.set_defaults(handler=_push)


BAR_WIDTH = 20


def progress_bar(done: int, total: int, width: int = BAR_WIDTH) -> str:
    """Return a text progress bar, `[#####---------------]`; full when there is nothing to do."""
    filled = width if total <= 0 else min(width, done * width // total)
    return "[" + "#" * filled + "-" * (width - filled) + "]"


def _progress(report: PushReport) -> None:
    """Show how far the push is: one updating line on a terminal, a line per batch otherwise."""
    line = (
        f"Pushing to {report.target}: {report.done}/{report.total} reviews "
        f"{progress_bar(report.done, report.total)} "
        f"({len(report.sent)} new, {len(report.updated)} updated, {report.unchanged} already "
        f"there, {len(report.refused)} refused)"
    )
    if sys.stderr.isatty():
        print(f"\r{line}", end="", file=sys.stderr, flush=True)
    else:
        print(line, file=sys.stderr, flush=True)


def _push(args: argparse.Namespace) -> int:
    """Push, then list what was sent and what was refused; exit 1 when anything was refused."""
    since = parse_day(args.since, "--since") if args.since else None
    if args.batch < 1:
        raise ReviewerError(f"--batch must be at least 1, got {args.batch}")
    with open_service(args) as service:
        report = service.push_reviews(args.to, since=since, progress=_progress, batch=args.batch)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for reference in report.sent:
        print(f"sent     {reference}")
    for reference in report.updated:
        print(f"updated  {reference}")
    for refusal in report.refused:
        print(f"REFUSED  {refusal.reference}: {terminal_safe(refusal.reason)}")
    print(
        f"Pushed to {report.target}: {len(report.sent)} new, {len(report.updated)} updated, "
        f"{report.unchanged} already there, {len(report.refused)} refused."
    )
    return 1 if report.refused else 0
