"""`reviewer review new|reopen|return|escalate|pdf|record-countersignature`: the review's steps."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from reviewer.cli.identity import add_passphrase_option, passphrase
from reviewer.cli.storage import open_service
from reviewer.errors import ReviewerError
from reviewer.service import NewReview
from reviewer.service.signing import person_of
from reviewer.signing.files import read_input
from reviewer.signing.identity import load_identity


def register_lifecycle(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the lifecycle actions to the review command group."""
    new = sub.add_parser("new", help="start a new, empty review")
    new.add_argument("--title", required=True)
    new.add_argument("--applicant", required=True, help="the organisation that applies")
    new.add_argument("--system", default="", help="the AI system's name and version")
    new.add_argument("--owner", default="", help="the business owner")
    new.add_argument("--approver", default="", help="who should countersign (name or email)")
    new.add_argument("--due", default=None, metavar="YYYY-MM-DD", help="when a decision is due")
    new.set_defaults(handler=_new)
    reopen = sub.add_parser("reopen", help="open a decided review for changes (audited)")
    reopen.add_argument("id", metavar="REF")
    reopen.add_argument("--reason", required=True, help="why it must change")
    reopen.set_defaults(handler=_reopen)
    ret = sub.add_parser("return", help="as the approver, send a review back with a reason")
    ret.add_argument("id", metavar="REF")
    ret.add_argument("--reason", required=True, help="why you do not countersign")
    ret.add_argument("--identity", type=Path, required=True, metavar="X.p12")
    add_passphrase_option(ret)
    ret.set_defaults(handler=_return)
    esc = sub.add_parser("escalate", help="hand a decided review to a named person")
    esc.add_argument("id", metavar="REF")
    esc.add_argument("--to", required=True, metavar="NAME", help="the person, by name or email")
    esc.add_argument("--reason", required=True)
    esc.set_defaults(handler=_escalate)
    pdf = sub.add_parser("pdf", help="write a kept signed PDF again, byte for byte")
    pdf.add_argument("id", metavar="REF")
    pdf.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    pdf.add_argument("--revision", type=int, default=None, help="default: the current one")
    pdf.set_defaults(handler=_pdf)
    rec = sub.add_parser(
        "record-countersignature", help="take an approver's countersigned PDF into the store"
    )
    rec.add_argument("file", type=Path, metavar="FILE.pdf")
    rec.set_defaults(handler=_record)


def _new(args: argparse.Namespace) -> int:
    """Create the review and print its reference."""
    try:
        due = date.fromisoformat(args.due) if args.due else None
    except ValueError:
        raise ReviewerError(f"--due: expected a date as YYYY-MM-DD, got {args.due!r}") from None
    details = NewReview(
        system=args.system, business_owner=args.owner, approver=args.approver, due_date=due
    )
    with open_service(args) as service:
        change = service.create_review(args.title, args.applicant, details=details)
    print(f"Created review {change.review.reference}: {change.review.title}")
    return 0


def _reopen(args: argparse.Namespace) -> int:
    """Reopen and say what became of the signed report."""
    with open_service(args) as service:
        change = service.reopen(args.id, args.reason)
    print(
        f"Review {change.review.reference} is open for changes as revision "
        f"{change.review.revision}; the decision of revision {change.review.revision - 1} and "
        "any PDF signed for it are superseded."
    )
    return 0


def _return(args: argparse.Namespace) -> int:
    """Return the review to its officer."""
    identity = load_identity(args.identity, passphrase(args))
    with open_service(args) as service:
        change = service.return_for_changes(args.id, args.reason, approver=person_of(identity))
    print(f"Review {change.review.reference} is returned to its officer: {args.reason}")
    return 0


def _escalate(args: argparse.Namespace) -> int:
    """Escalate the review."""
    with open_service(args) as service:
        change = service.escalate(args.id, args.to, args.reason)
    print(f"Review {change.review.reference} is escalated to {args.to}.")
    return 0


def _pdf(args: argparse.Namespace) -> int:
    """Write the kept PDF."""
    with open_service(args) as service:
        kept = service.write_kept_report(args.id, args.out, revision=args.revision)
    print(
        f"Wrote {args.out}: the {kept.kind} copy of revision {kept.revision} "
        f"(sha256 {kept.sha256}), as recorded"
    )
    return 0


def _record(args: argparse.Namespace) -> int:
    """Record a countersigned PDF into the store."""
    data = read_input(args.file, "a countersigned decision report (PDF)")
    with open_service(args) as service:
        change = service.record_countersignature(data, str(args.file))
    print(f"Review {change.review.reference} is approved: the countersignature is recorded.")
    return 0
