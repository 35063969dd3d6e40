"""`reviewer audit verify|show`: the tamper-evident history of changes."""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer.cli.output import print_json
from reviewer.cli.storage import open_service
from reviewer.service import ReviewService


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the audit command group."""
    group = commands.add_parser("audit", help="verify the audit trail and show histories")
    sub = group.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    verify = sub.add_parser("verify", help="walk the hash chain and report the first broken link")
    verify.add_argument(
        "--anchor",
        action="append",
        default=[],
        type=Path,
        metavar="FILE.pdf",
        help="also check that the trail still holds the event a signed report recorded "
        "(repeat for several reports)",
    )
    verify.set_defaults(handler=_verify)
    show = sub.add_parser("show", help="print one review's history")
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true", help="print a JSON list")
    show.set_defaults(handler=_show)


def _verify(args: argparse.Namespace) -> int:
    """Verify the chain, and each signed report's anchor in it; exit 1 when anything fails."""
    with open_service(args) as service:
        report = service.verify_audit()
        # A list, not a generator: every report is checked and reported, not just the first.
        anchors_ok = all([check_anchor(service, path) for path in args.anchor])
    if report.ok:
        print(
            f"Audit trail intact: {report.events} events, {report.reviews_checked} reviews match "
            "their last recorded state."
        )
    else:
        print(f"Audit trail BROKEN: {report.problem}")
    return 0 if report.ok and anchors_ok else 1


def check_anchor(service: ReviewService, path: Path) -> bool:
    """Say whether the trail still holds the event a signed report anchored; print why."""
    from reviewer.signing.files import read_input

    result = service.anchor_check(read_input(path, "a signed decision report"), str(path))
    print(f"{path}: {result.message}")
    return result.ok


def _show(args: argparse.Namespace) -> int:
    """Print a review's events, oldest first."""
    with open_service(args) as service:
        events = service.history(args.id)
    if args.json:
        print_json(
            [
                {
                    "seq": e.seq,
                    "at": e.at.isoformat(),
                    "actor": e.actor,
                    "kind": e.kind,
                    "detail": e.detail,
                    "state_digest": e.state_digest,
                    "hash": e.hash,
                }
                for e in events
            ]
        )
        return 0
    for e in events:
        extra = ", ".join(f"{k}={v}" for k, v in sorted(e.detail.items()))
        print(f"#{e.seq}  {e.at:%Y-%m-%d %H:%M:%S}  {e.actor:<20} {e.kind:<13} {extra}")
    return 0
