"""`reviewer identity create|import`: signing identities in encrypted PKCS#12 files."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from reviewer.errors import IdentityError
from reviewer.signing.files import read_passphrase, write_atomically
from reviewer.signing.identity import create_identity, import_identity, save_identity


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the identity command group."""
    parser = commands.add_parser("identity", help="create or import a signing identity")
    sub = parser.add_subparsers(dest="identity_command", metavar="ACTION")
    sub.required = True
    create = sub.add_parser("create", help="create a self-signed RSA-3072 signing identity")
    create.add_argument("--name", required=True, help="your full name, as signatures show it")
    create.add_argument("--email", required=True, help="your email address")
    create.add_argument("--org", required=True, help="your organisation")
    create.add_argument("--out", type=Path, required=True, metavar="X.p12", help="identity file")
    create.add_argument(
        "--cert-out", type=Path, required=True, metavar="X.pem", help="certificate to share"
    )
    add_passphrase_option(create)
    create.set_defaults(handler=_create)
    imp = sub.add_parser("import", help="import an organisation-issued PKCS#12 identity")
    imp.add_argument("file", type=Path, metavar="FILE.p12", help="the PKCS#12 file")
    imp.add_argument("--name", default=None, help="name to store it under")
    add_passphrase_option(imp)
    imp.set_defaults(handler=_import)


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    """Add --passphrase-file; without it the passphrase is asked for on the terminal."""
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        default=None,
        help="file whose first line is the passphrase (otherwise you are asked)",
    )


def passphrase(args: argparse.Namespace, confirm: bool = False) -> bytes:
    """Return the passphrase from --passphrase-file, or ask for it; it is never stored."""
    if args.passphrase_file is not None:
        return read_passphrase(args.passphrase_file)
    if not sys.stdin.isatty():
        raise IdentityError("no terminal to ask for the passphrase; give --passphrase-file")
    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != first:
        raise IdentityError("the two passphrases differ; nothing was written")
    if not first:
        raise IdentityError("the passphrase is empty")
    return first.encode("utf-8")


def _create(args: argparse.Namespace) -> int:
    """Create the identity and write the PKCS#12 (owner-only) and the certificate."""
    secret = passphrase(args, confirm=True)
    p12, pem = create_identity(args.name, args.email, args.org, secret)
    save_identity(args.out, p12)
    write_atomically(args.cert_out, pem)
    print(f"Created signing identity for {args.name} <{args.email}>, {args.org}")
    print(f"  identity (keep private): {args.out}")
    print(f"  certificate (share it, so others can trust your signature): {args.cert_out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    """Check the identity and store a copy in the identities folder."""
    target = import_identity(args.file, passphrase(args), args.name)
    print(f"Imported {args.file} as {target}")
    return 0
