"""`reviewer review export`: the register of reviews as CSV, XLSX or JSON."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path

from reviewer.cli.storage import open_service, parse_day
from reviewer.records import ReviewQuery, ReviewStatus
from reviewer.register import RegisterFormat
from reviewer.severity import Verdict


def register_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `review export` to the review command group."""
    export = sub.add_parser(
        "export",
        help="write the register (one row per review) as CSV, XLSX or JSON",
        description="Columns and fields are documented by 'reviewer schema register'.",
    )
    export.add_argument("--format", required=True, choices=[f.value for f in RegisterFormat])
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument("--status", choices=[s.value for s in ReviewStatus])
    export.add_argument("--verdict", choices=[v.value for v in Verdict])
    export.add_argument("--approver", metavar="TEXT", help="assigned approver contains TEXT")
    export.add_argument("--search", metavar="TEXT", help="words in titles, organisations, answers")
    export.add_argument("--since", metavar="YYYY-MM-DD", help="changed on or after this day")
    export.add_argument("--until", metavar="YYYY-MM-DD", help="changed on or before this day")
    export.add_argument("--suspended", action="store_true", help="only suspended approvals")
    export.add_argument("--as-of", metavar="YYYY-MM-DD", help="judge overdue items on this day")
    export.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    """Write the register and say how many reviews it holds."""
    until = parse_day(args.until, "--until") + timedelta(days=1) if args.until else None
    query = ReviewQuery(
        search=args.search,
        status=ReviewStatus(args.status) if args.status else None,
        approver=args.approver,
        verdict=Verdict(args.verdict) if args.verdict else None,
        since=parse_day(args.since, "--since") if args.since else None,
        until=until,
        suspended=args.suspended,
    )
    as_of = parse_day(args.as_of, "--as-of").date() if args.as_of else None
    with open_service(args) as service:
        count = service.export_register(args.out, RegisterFormat(args.format), query, as_of)
    noun = "review" if count == 1 else "reviews"
    print(f"Wrote {args.out}: the register of {count} {noun} ({args.format}).")
    return 0
