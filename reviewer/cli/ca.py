"""`reviewer ca create|issue`: an organisation root that issues officers' signing certificates."""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer.cli.identity import add_passphrase_option, passphrase_text
from reviewer.service import identities


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ca command group."""
    parser = commands.add_parser("ca", help="keep an organisation root and issue certificates")
    sub = parser.add_subparsers(dest="ca_command", metavar="ACTION")
    sub.required = True
    create = sub.add_parser("create", help="create an organisation root in an encrypted PKCS#12")
    create.add_argument("--name", required=True, help="the root's name, e.g. 'Acme Root'")
    create.add_argument("--org", required=True, help="the organisation")
    create.add_argument(
        "--out", type=Path, required=True, metavar="ROOT.p12", help="the root (keep it private)"
    )
    create.add_argument(
        "--cert-out",
        type=Path,
        required=True,
        metavar="ROOT.pem",
        help="the root certificate to give every officer and approver",
    )
    add_passphrase_option(create)
    create.set_defaults(handler=_create)
    issue = sub.add_parser("issue", help="sign an officer's certificate request")
    issue.add_argument("request", type=Path, metavar="REQUEST.csr", help="the officer's request")
    issue.add_argument(
        "--ca", type=Path, required=True, metavar="ROOT.p12", help="the organisation root"
    )
    issue.add_argument(
        "--out", type=Path, required=True, metavar="CERT.pem", help="the certificate to send back"
    )
    add_passphrase_option(issue)
    issue.set_defaults(handler=_issue)


def _create(args: argparse.Namespace) -> int:
    """Create the root, write its PKCS#12 owner-only and its certificate, and trust it here."""
    root = identities.create_organisation_root(
        args.name, args.org, passphrase_text(args, confirm=True), args.out, args.cert_out
    )
    print(f"Created the organisation root {root.subject}")
    print(f"  root (keep private, with its passphrase): {args.out}")
    print(f"  certificate (give it to every officer and approver): {args.cert_out}")
    print(f"  sha256 fingerprint: {root.fingerprint}")
    return 0


def _issue(args: argparse.Namespace) -> int:
    """Sign the request and write the certificate, followed by the root."""
    issued = identities.issue(args.ca, passphrase_text(args), args.request, args.out)
    expiry = issued.certificate.not_valid_after_utc.strftime("%Y-%m-%d")
    print(f"Issued a signing certificate to {issued.person}, valid until {expiry}")
    print(f"  send {issued.path} back; they install it with 'reviewer identity import'")
    return 0
