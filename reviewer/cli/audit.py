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
    from reviewer.signing.verify import verify_report

    verification = verify_report(read_input(path, "a signed decision report"), [], str(path))
    made = verification.payload.report
    if made is None or made.review.audit_anchor is None:
        print(f"{path}: carries no audit anchor (it was not made from a stored review)")
        return False
    if not verification.signatures or not all(
        c.intact and c.valid for c in verification.signatures
    ):
        print(f"{path}: its signatures do not check out, so its anchor proves nothing")
        return False
    anchor = made.review.audit_anchor
    event = service.audit_event(anchor)
    if event is None or event.review_id != made.review.id:
        print(
            f"{path}: ANCHOR MISSING: the trail no longer holds event {anchor[:16]}… that this "
            f"report recorded for review {made.review.id}; the trail was rewritten after signing"
        )
        return False
    print(f"{path}: anchor found: event #{event.seq} ({event.kind}) of review {made.review.id}")
    return True


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
