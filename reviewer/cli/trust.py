"""`reviewer trust add|list`: the organisation roots that signatures are checked against."""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer.service.identities import trust_file, trusted_roots


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the trust command group."""
    parser = commands.add_parser("trust", help="manage trusted root certificates")
    sub = parser.add_subparsers(dest="trust_command", metavar="ACTION")
    sub.required = True
    add = sub.add_parser("add", help="trust a root certificate (PEM or DER)")
    add.add_argument("cert", type=Path, metavar="CERT.pem")
    add.set_defaults(handler=_add)
    sub.add_parser("list", help="list trusted root certificates").set_defaults(handler=_list)


def _add(args: argparse.Namespace) -> int:
    """Add one certificate to the trust store."""
    root = trust_file(args.cert)
    print(f"Trusted: {root.subject}")
    print(f"  sha256 fingerprint: {root.fingerprint}")
    return 0


def _list(args: argparse.Namespace) -> int:
    """Print each trusted root with its fingerprint and expiry."""
    roots = trusted_roots()
    if not roots:
        print("The trust store is empty; add a root with 'reviewer trust add CERT.pem'.")
    for root in roots:
        expiry = root.certificate.not_valid_after_utc.strftime("%Y-%m-%d")
        print(f"{root.subject}\n  sha256 {root.fingerprint}, valid until {expiry}")
    return 0
