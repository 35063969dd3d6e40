"""`reviewer identity create|request|import`: signing identities in encrypted PKCS#12 files."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from reviewer.errors import IdentityError
from reviewer.service import identities
from reviewer.signing.identity import PersonDetails


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the identity command group."""
    parser = commands.add_parser("identity", help="create, request or import a signing identity")
    sub = parser.add_subparsers(dest="identity_command", metavar="ACTION")
    sub.required = True
    create = sub.add_parser("create", help="create a self-signed RSA-3072 signing identity")
    add_person_options(create)
    create.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="X.p12",
        help="identity file (default: the identities folder, named after you)",
    )
    create.add_argument(
        "--cert-out",
        type=Path,
        default=None,
        metavar="X.pem",
        help="certificate to share (default: beside the identity)",
    )
    add_passphrase_option(create)
    create.set_defaults(handler=_create)
    request = sub.add_parser(
        "request",
        help="write a certificate request for your organisation; the key stays here, encrypted",
    )
    add_person_options(request)
    request.add_argument(
        "--out", type=Path, required=True, metavar="X.csr", help="the request to send"
    )
    add_passphrase_option(request)
    request.set_defaults(handler=_request)
    imp = sub.add_parser(
        "import",
        help="install a certificate issued for your request, or import a PKCS#12 identity",
    )
    imp.add_argument(
        "file", type=Path, metavar="FILE", help="the issued certificate (.pem) or a .p12 identity"
    )
    imp.add_argument("--name", default=None, help="name to store it under")
    add_passphrase_option(imp)
    imp.set_defaults(handler=_import)


def add_person_options(parser: argparse.ArgumentParser) -> None:
    """Add --name, --email, --org and --role: who the certificate names."""
    parser.add_argument("--name", required=True, help="your full name, as signatures show it")
    parser.add_argument("--email", required=True, help="your email address")
    parser.add_argument("--org", required=True, help="your organisation")
    parser.add_argument(
        "--role", default="", help="your role or title, such as 'Compliance officer'"
    )


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    """Add --passphrase-file; without it the passphrase is asked for on the terminal."""
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        default=None,
        help="UTF-8 file whose first line is the passphrase (otherwise you are asked)",
    )


def _ask(confirm: bool) -> str:
    """Ask for a passphrase on the terminal, twice when it is a new one."""
    if not sys.stdin.isatty():
        raise IdentityError("no terminal to ask for the passphrase; give --passphrase-file")
    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != first:
        raise IdentityError("the two passphrases differ; nothing was written")
    if not first:
        raise IdentityError("the passphrase is empty")
    return first


def passphrase_text(args: argparse.Namespace, confirm: bool = False) -> str:
    """Return the passphrase from --passphrase-file, or ask for it; it is never stored."""
    if args.passphrase_file is not None:
        return identities.passphrase_from_file(args.passphrase_file)
    return _ask(confirm)


def passphrase(args: argparse.Namespace, confirm: bool = False) -> bytes:
    """Return the passphrase as the UTF-8 bytes that unlock an identity."""
    return passphrase_text(args, confirm).encode("utf-8")


def person(args: argparse.Namespace) -> PersonDetails:
    """Return the details given by --name, --email, --org and --role."""
    return PersonDetails(args.name, args.email, args.org, args.role)


def _create(args: argparse.Namespace) -> int:
    """Create the identity, write the PKCS#12 (owner-only) and the certificate, trust it here."""
    details = person(args)
    details.check()  # before asking for a passphrase
    created = identities.create_self_signed(
        details, passphrase_text(args, confirm=True), target=args.out, certificate=args.cert_out
    )
    who = identities.describe_certificate(created.trusted.certificate)
    print(f"Created signing identity for {who}")
    print(f"  identity (keep private): {created.identity}")
    print(f"  certificate (share it, so others can trust your signature): {created.certificate}")
    print("  this computer now trusts it; an identity issued by your organisation's root is")
    print("  trusted by everyone who trusts that root: see 'reviewer identity request'")
    return 0


def _request(args: argparse.Namespace) -> int:
    """Write the certificate request and keep its key here, encrypted."""
    details = person(args)
    details.check()
    requested = identities.request_certificate(
        details, passphrase_text(args, confirm=True), args.out
    )
    print(f"Wrote the certificate request {requested.request}")
    print("  send it to whoever keeps your organisation's root ('reviewer ca issue')")
    print(f"  your key stays on this computer, encrypted: {requested.pending.key}")
    print("  then install the certificate you get back: reviewer identity import CERT.pem")
    return 0


def _import(args: argparse.Namespace) -> int:
    """Install an issued certificate with its waiting key, or copy a PKCS#12 identity."""
    target = identities.import_identity_file(args.file, passphrase_text(args), args.name)
    print(f"Imported {args.file} as {target}")
    return 0
