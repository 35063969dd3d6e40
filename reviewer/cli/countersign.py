"""`reviewer countersign`: an approver adds the second signature to a certified report."""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer.cli.identity import add_passphrase_option, passphrase
from reviewer.cli.report import add_tsa_option
from reviewer.signing.files import check_writable, read_input, write_atomically
from reviewer.signing.identity import load_identity
from reviewer.signing.sign import countersign_report, reviewer_certificate
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
    result = countersign_report(signed, identity, str(args.file), tsa_url)
    write_atomically(args.out, result)
    print(f"Wrote {args.out}: approved by {identity.name}")
    return 0
