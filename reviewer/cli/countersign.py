"""`reviewer countersign`: an approver adds the second signature to a certified report."""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer.cli.identity import add_passphrase_option, passphrase
from reviewer.cli.report import add_tsa_option
from reviewer.service import ReviewService
from reviewer.service.countersigning import countersign
from reviewer.signing.files import check_writable, read_input
from reviewer.signing.identity import load_identity
from reviewer.signing.sign import reviewer_certificate
from reviewer.signing.timestamps import configured_tsa_url


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the countersign command."""
    parser = commands.add_parser("countersign", help="approve a signed report (four eyes)")
    parser.add_argument("file", type=Path, metavar="FILE.pdf", help="the signed report")
    parser.add_argument("--identity", type=Path, required=True, metavar="X.p12")
    add_passphrase_option(parser)
    parser.add_argument("--out", type=Path, required=True, metavar="OUT.pdf")
    add_tsa_option(parser)
    parser.set_defaults(handler=_countersign)


def _countersign(args: argparse.Namespace) -> int:
    """Countersign and write the result whole or not at all."""
    check_writable(args.out)
    tsa_url = configured_tsa_url(args.tsa_url)
    signed = read_input(args.file, "a signed decision report (PDF)")
    reviewer_certificate(signed, str(args.file))  # fail on a bad file before asking anything
    identity = load_identity(args.identity, passphrase(args))
    service = ReviewService.open_existing(args.database)
    try:
        done = countersign(args.file, identity, args.out, service=service, tsa_url=tsa_url)
    finally:
        if service is not None:
            service.close()
    print(f"Wrote {args.out}: countersigned by {done.approver}, who concurs with this decision")
    if done.recorded is not None:
        print(
            f"Recorded in the review database: {done.recorded.review.reference} is now "
            f"{done.recorded.review.status.label.lower()}."
        )
    else:
        print(
            "The review is not in this computer's database; send the file back to the officer, "
            "who records it with 'reviewer review record-countersignature'."
        )
    return 0
