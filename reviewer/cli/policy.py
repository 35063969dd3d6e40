"""`reviewer policy list|validate|import|sign|versions`: packs, for authors and officers."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from reviewer import limits
from reviewer.cli.identity import add_passphrase_option, passphrase
from reviewer.cli.oscal import register_policy_oscal
from reviewer.cli.output import print_json
from reviewer.cli.storage import open_service
from reviewer.errors import ReviewerError
from reviewer.library import (
    default_policy_packs,
    default_questionnaire,
    load_pack_for_its_questionnaire,
)
from reviewer.policy import PolicyPack, load_policy_pack, parse_policy_pack
from reviewer.questionnaire import load_questionnaire
from reviewer.signing.files import check_writable, write_atomically
from reviewer.signing.identity import load_identity
from reviewer.signing.pack_signature import sign_pack_bytes, signature_path
from reviewer.yamlio import decode_text, parse_yaml_mapping, read_capped


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the policy command group."""
    group = commands.add_parser("policy", help="list and validate policy packs")
    sub = group.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    show = sub.add_parser("list", help="list the shipped policy packs and their clauses")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.set_defaults(handler=_list)
    check = sub.add_parser("validate", help="check policy pack files")
    check.add_argument("files", nargs="+", metavar="FILE", type=Path)
    check.add_argument(
        "--questionnaire", metavar="PATH", help="check conditions against this questionnaire"
    )
    check.set_defaults(handler=_validate)
    load = sub.add_parser(
        "import", help="store a new pack version in the database; it becomes current"
    )
    load.add_argument("files", nargs="+", metavar="FILE", type=Path)
    load.add_argument(
        "--require-signed",
        action="store_true",
        help="refuse a pack without a signature (FILE.p7s) by a policy owner you trust",
    )
    load.add_argument(
        "--signature",
        type=Path,
        metavar="SIG.p7s",
        help="the signature file, when it is not FILE.p7s (one pack file only)",
    )
    load.set_defaults(handler=_import)
    sign = sub.add_parser("sign", help="sign a pack file as its policy owner (writes FILE.p7s)")
    sign.add_argument("file", metavar="FILE", type=Path)
    sign.add_argument("--identity", type=Path, required=True, metavar="X.p12")
    add_passphrase_option(sign)
    sign.add_argument("--out", type=Path, metavar="SIG.p7s", help="default: FILE.p7s")
    sign.set_defaults(handler=_sign)
    versions = sub.add_parser("versions", help="list every pack version kept in the database")
    versions.set_defaults(handler=_versions)
    register_policy_oscal(sub)


def pack_data(pack: PolicyPack) -> dict[str, Any]:
    """Return a pack summary as the documented JSON structure."""
    return {
        "id": pack.id,
        "version": pack.version,
        "title": pack.title,
        "source": pack.source,
        "effective": pack.effective.isoformat(),
        "sha256": pack.sha256,
        "clauses": [
            {
                "id": c.id,
                "title": c.title,
                "severity": c.severity.value,
                "citation": c.citation.model_dump(mode="json"),
                "tags": c.tags,
            }
            for c in pack.clauses
        ],
    }


def _list(args: argparse.Namespace) -> int:
    """Print the shipped packs."""
    packs = default_policy_packs()
    if args.json:
        print_json([pack_data(p) for p in packs])
        return 0
    for pack in packs:
        print(f"{pack.title}")
        print(f"  id {pack.id}, version {pack.version}, effective {pack.effective}")
        print(f"  sha256 {pack.sha256}")
        print(f"  {len(pack.clauses)} clauses:")
        for clause in pack.clauses:
            print(f"    {clause.severity.value:<10} {clause.id}: {clause.title}")
            print(f"               {clause.citation.short()}")
        print()
    return 0


def _validate(args: argparse.Namespace) -> int:
    """Validate each pack file; report every failing file, then fail if any did."""
    # Without --questionnaire, each pack is checked against the shipped version it targets.
    given = load_questionnaire(args.questionnaire) if args.questionnaire else None
    failures = 0
    for path in args.files:
        try:
            if given is not None:
                pack = load_policy_pack(path, given)
            else:
                pack = load_pack_for_its_questionnaire(path)
        except ReviewerError as exc:
            failures += 1
            print(f"FAIL {exc.message}")
            continue
        print(f"ok   {path}: {pack.id} {pack.version}, {len(pack.clauses)} clauses")
    if failures:
        raise ReviewerError(f"{failures} of {len(args.files)} pack files failed validation")
    return 0


def _import(args: argparse.Namespace) -> int:
    """Import pack files into the database, each validated (and its signature checked) first."""
    if args.signature is not None and len(args.files) != 1:
        raise ReviewerError("--signature names the signature of one pack file; give one FILE")
    with open_service(args) as service:
        for path in args.files:
            version, created = service.import_policy_pack(
                path, require_signed=args.require_signed, signature=args.signature
            )
            state = "imported" if created else "already stored"
            print(f"{state}: {version.pack_id} {version.version} sha256 {version.sha256}")
    return 0


def _sign(args: argparse.Namespace) -> int:
    """Validate a pack file, then write its detached signature."""
    out = args.out or signature_path(args.file)
    check_writable(out)
    data = read_capped(args.file, limits.MAX_YAML_BYTES, "a policy pack")
    # The bytes validated are the bytes signed.
    source = str(args.file)
    parse_policy_pack(
        parse_yaml_mapping(decode_text(data, source), source), source, default_questionnaire()
    )
    identity = load_identity(args.identity, passphrase(args))
    write_atomically(out, sign_pack_bytes(data, identity))
    print(f"{out}: signature of {args.file} by {identity.subject}")
    return 0


def _versions(args: argparse.Namespace) -> int:
    """Print the stored pack versions and which are current; flag any added outside Reviewer."""
    with open_service(args) as service:
        current = {p.sha256 for p in service.packs}
        unaudited = service.unaudited_pack_hashes()
        versions = service.policy_versions()
    for version in versions:
        mark = "current" if version.sha256 in current else "kept"
        if version.sha256 in unaudited:
            mark = "UNAUDITED"
        stored = version.stored_at.strftime("%Y-%m-%d %H:%M UTC")
        print(
            f"{mark:<8} {version.pack_id} {version.version}  stored {stored}"
            f"  sha256 {version.sha256[:16]}"
        )
    if unaudited:
        print(
            f"{len(unaudited)} pack version(s) marked UNAUDITED have no policy-import audit "
            "event: they were added outside Reviewer and are never used. Run `reviewer db check`."
        )
        return 1
    return 0
