"""`reviewer review export-bundle|import-bundle` and `reviewer verify-bundle`: review bundles."""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer.cli.identity import add_passphrase_option, passphrase
from reviewer.cli.output import terminal_safe
from reviewer.cli.storage import open_service
from reviewer.service.bundles import ReviewBundles
from reviewer.store.bundle_rows import Arrival


def register_bundles(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add bundle export and import to the review command group."""
    export = sub.add_parser(
        "export-bundle", help="write a whole review (history, evidence, PDFs) to one file"
    )
    export.add_argument("id", metavar="REF")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.reviewer")
    export.add_argument(
        "--identity", type=Path, default=None, metavar="X.p12", help="sign the bundle with it"
    )
    add_passphrase_option(export)
    export.set_defaults(handler=_export)
    imp = sub.add_parser(
        "import-bundle", help="check a review bundle fully, then take it into this database"
    )
    imp.add_argument("file", type=Path, metavar="FILE.reviewer")
    imp.set_defaults(handler=_import)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the top-level verify-bundle command."""
    verify = commands.add_parser(
        "verify-bundle", help="check a review bundle's hashes, history and signatures"
    )
    verify.add_argument("file", type=Path, metavar="FILE.reviewer")
    verify.set_defaults(handler=_verify)


def _export(args: argparse.Namespace) -> int:
    """Write the bundle and say what it holds."""
    identity = None
    if args.identity is not None:
        from reviewer.signing.identity import load_identity

        identity = load_identity(args.identity, passphrase(args))
    with open_service(args) as service:
        made = service.export_bundle(args.id, args.out, identity=identity)
    signed = f", signed by {terminal_safe(made.signed_by)}" if made.signed_by else ", unsigned"
    print(
        f"Wrote {args.out}: review {made.reference} revision {made.revision} with "
        f"{made.events} audit events, {made.evidence} evidence file(s) and {made.reports} "
        f"signed PDF(s){signed} (sha256 {made.sha256})"
    )
    return 0


def _verify(args: argparse.Namespace) -> int:
    """Check the bundle; a problem raises and exits 2."""
    result = ReviewBundles.verify_bundle(args.file)
    check = result.check
    signer = f"signed by {terminal_safe(result.signed_by)}" if result.signed_by else "not signed"
    print(
        f"{args.file}: bundle OK: review {check.reference} revision {check.revision} "
        f"({check.state}), {check.events} audit events intact, {check.evidence} evidence "
        f"file(s) and {check.reports} signed PDF(s) verified; {signer}"
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    """Import the bundle and say what it did."""
    with open_service(args) as service:
        outcome = service.import_bundle(args.file)
    if outcome.arrival is Arrival.UNCHANGED:
        print(
            f"Review {outcome.reference} revision {outcome.revision} is already here, "
            "unchanged; nothing was written."
        )
    else:
        verb = "imported" if outcome.arrival is Arrival.NEW else "updated"
        print(
            f"Review {outcome.reference} {verb} at revision {outcome.revision}; recorded as "
            f"audit event #{outcome.event_seq}."
        )
    return 0
