"""`reviewer countersign`: an approver checks a certified report, sees it, and countersigns it."""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer.cli.identity import add_passphrase_option, passphrase
from reviewer.cli.report import add_tsa_option
from reviewer.cli.verify import add_stored_packs_option, print_verification, stored_pack_lookup
from reviewer.service import ReviewService
from reviewer.service.countersigning import countersign
from reviewer.signing.countersign import check_approver, check_before_countersigning
from reviewer.signing.files import check_writable, read_input
from reviewer.signing.identity import load_identity
from reviewer.signing.refusals import CountersignRefusedError
from reviewer.signing.timestamps import configured_tsa_url
from reviewer.signing.trust import list_roots, read_certificate


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the countersign command."""
    parser = commands.add_parser(
        "countersign",
        help="countersign a certified report (four eyes), after verifying it in full",
        description=(
            "Verify the report in full and print what it decides, then add the Approver "
            "signature. A report that does not verify, is countersigned already, or was "
            "certified by the same person is refused (exit 2) and nothing is written."
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE.pdf", help="the signed report")
    parser.add_argument("--identity", type=Path, required=True, metavar="X.p12")
    add_passphrase_option(parser)
    parser.add_argument("--out", type=Path, required=True, metavar="OUT.pdf")
    parser.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT.pem",
        help="also trust this root certificate (repeat); the trust store is always used",
    )
    add_stored_packs_option(parser)
    parser.add_argument(
        "--accept-unverifiable-layout",
        action="store_true",
        help="countersign a report whose layout this version cannot render again",
    )
    add_tsa_option(parser)
    parser.set_defaults(handler=_countersign)


def _countersign(args: argparse.Namespace) -> int:
    """Verify and show the report, then countersign through the one checked path, and write."""
    check_writable(args.out)
    tsa_url = configured_tsa_url(args.tsa_url)
    signed = read_input(args.file, "a signed decision report (PDF)")
    roots = [root.certificate for root in list_roots()]
    roots += [read_certificate(path) for path in args.trust]
    source = str(args.file)
    packs = stored_pack_lookup(args)
    try:
        verification = check_before_countersigning(
            signed, source, roots, packs, accept_unverifiable_layout=args.accept_unverifiable_layout
        )
    except CountersignRefusedError as refused:
        print_verification(source, refused.verification)
        raise
    print_verification(source, verification)
    identity = load_identity(args.identity, passphrase(args))
    check_approver(verification, identity)  # before the second verification: refuse early
    service = ReviewService.open_existing(args.database)
    try:
        done = countersign(
            args.file,
            identity,
            args.out,
            service=service,
            tsa_url=tsa_url,
            roots=roots,
            packs_by_sha256=packs,
            accept_unverifiable_layout=args.accept_unverifiable_layout,
        )
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
