"""`reviewer verify`: check every signature of a decision report and its decision.json."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from reviewer.policy import PolicyPack
from reviewer.signing.files import read_input
from reviewer.signing.trust import list_roots, read_certificate
from reviewer.signing.verify import SignatureCheck, State, Verification, verify_report

EXIT_STATUS_HELP = """exit status:
  0  valid and countersigned: both signatures hold and the report is what Reviewer produces
  1  not valid (the reasons are listed), or not countersigned with --require-countersignature
  2  the file cannot be checked: missing, unreadable, or not a PDF
  3  valid but not countersigned yet: the Reviewer certification holds, no Approver signature
"""

_MODIFICATIONS = {
    "NONE": "none",
    # pyHanko's level for /Info, XMP and validation-data updates: name them all.
    "LTA_UPDATES": "document metadata, validation data or timestamps",
    "FORM_FILLING": "form filling only (such as a countersignature)",
    "ANNOTATIONS": "annotations",
    "OTHER": "other changes not allowed after signing",
}
_COVERAGE = {
    "ENTIRE_FILE": "the whole file",
    "ENTIRE_REVISION": "its revision; later revisions were added after it",
    "CONTIGUOUS_BLOCK_FROM_START": "only part of the file",
    "UNCLEAR": "unclear",
    "UNKNOWN": "unknown",
}


def add_stored_packs_option(parser: argparse.ArgumentParser) -> None:
    """Offer re-scoring against the packs kept in the review database."""
    parser.add_argument(
        "--stored-packs",
        action="store_true",
        help=(
            "also re-score against the policy packs stored in the review database (--database); "
            "the shipped packs are always used"
        ),
    )


def stored_pack_lookup(args: argparse.Namespace) -> Callable[[str], PolicyPack | None] | None:
    """Return a look-up of stored packs by content hash, when --stored-packs asks for one."""
    if not args.stored_packs:
        return None
    from reviewer.cli.storage import open_service

    service = open_service(args)
    try:
        by_hash = {pack.sha256: pack for pack in service.stored_packs()}
    finally:
        service.close()
    return by_hash.get


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the verify command."""
    parser = commands.add_parser(
        "verify",
        help="verify a signed decision report",
        description=(
            "Verify every signature of a decision report, and that the report is exactly what "
            "Reviewer renders from its decision.json: same pages, same prepared file, a "
            "certification by the officer, at most a countersignature by another person, and an "
            "assessment the pinned policy packs give again for its answers."
        ),
        epilog=EXIT_STATUS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", type=Path, metavar="FILE.pdf")
    parser.add_argument(
        "--require-countersignature",
        action="store_true",
        help="fail (exit 1) when the report is valid but not countersigned, instead of exit 3",
    )
    add_stored_packs_option(parser)
    parser.add_argument(
        "--accept-unverifiable-layout",
        action="store_true",
        help=(
            "accept a report whose layout this version cannot render again, without comparing "
            "its pages with its decision.json (said in the output); by default it fails"
        ),
    )
    parser.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT.pem",
        help="also trust this root certificate (repeat); the trust store is always used",
    )
    parser.set_defaults(handler=_verify)


def _verify(args: argparse.Namespace) -> int:
    """Verify and print the findings; exit 0 only when everything holds."""
    roots = [root.certificate for root in list_roots()]
    roots += [read_certificate(path) for path in args.trust]
    data = read_input(args.file, "a signed decision report (PDF)")
    result = verify_report(
        data,
        roots,
        str(args.file),
        packs_by_sha256=stored_pack_lookup(args),
        accept_unverifiable_layout=args.accept_unverifiable_layout,
    )
    print_verification(str(args.file), result, args.require_countersignature)
    return exit_status(result, args.require_countersignature)


def exit_status(result: Verification, require_countersignature: bool = False) -> int:
    """Return the documented exit status for a verification."""
    if result.state is State.AWAITING_COUNTERSIGNATURE and require_countersignature:
        return int(State.NOT_VALID)
    return int(result.state)


def _when(moment: datetime | None) -> str:
    """Render a time in UTC."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if moment else "not given"


def _signature(index: int, total: int, check: SignatureCheck) -> None:
    """Print one signature's findings."""
    role = "certifies the document; form filling allowed after" if check.certifying else "approval"
    print(f"Signature {index} of {total}: field {check.field} ({role})")
    email = f" <{check.email}>" if check.email else ""
    print(f"  Signer:        {check.signer}{email}")
    if check.timestamp_time is not None:
        ok = "valid" if check.timestamp_ok else "NOT valid"
        print(f"  Signing time:  {_when(check.timestamp_time)} (timestamp, {ok})")
        print(f"  Claimed time:  {_when(check.claimed_time)}")
    else:
        print(
            f"  Signing time:  {_when(check.claimed_time)} (the signer's own claim; no timestamp)"
        )
    print(f"  Intact:        {'yes' if check.intact else 'NO, changed after signing'}")
    trusted = f"yes, by root {check.trust_anchor}" if check.trusted else "NO"
    print(f"  Trusted:       {trusted}")
    print(f"  Covers:        {_COVERAGE.get(check.coverage, check.coverage)}")
    print(f"  Changes after: {_MODIFICATIONS.get(check.modifications, check.modifications)}")
    docmdp = {True: "holds", False: "BROKEN", None: "not applicable"}[check.docmdp_ok]
    print(f"  DocMDP:        {docmdp}")


def print_verification(
    source: str, result: Verification, require_countersignature: bool = False
) -> None:
    """Print signatures, the embedded decision and pins, and the result in words."""
    print(source)
    for index, check in enumerate(result.signatures, 1):
        _signature(index, len(result.signatures), check)
    if result.empty_fields:
        print(f"Unsigned signature fields: {', '.join(result.empty_fields)}")
    report = result.payload.report
    if report is not None:
        d, a = report.decision, report.assessment
        print("Decision (from decision.json):")
        print(
            f"  Review:        {report.review.id}: {report.review.title} "
            f"({report.review.organisation})"
        )
        print(f"  Outcome:       {d.outcome.label}, verdict {a.verdict.value}, score {a.score}")
        print(f"  Decided by:    {d.decided_by} at {_when(d.decided_at)}")
        print(f"  Rationale:     {' '.join(d.rationale.split())}")
        for condition in d.conditions:
            print(f"  Condition:     {condition}")
        q = a.pins.questionnaire
        print(f"  Questionnaire: {q.id} {q.version} sha256 {q.sha256}")
        for pack in a.pins.packs:
            print(f"  Policy pack:   {pack.id} {pack.version} sha256 {pack.sha256}")
        if report.review.audit_anchor:
            print(f"  Audit anchor:  {report.review.audit_anchor} (check: audit verify --anchor)")
    agrees = {True: "yes", False: "NO", None: "NOT COMPARED"}[result.payload.agrees]
    print(f"decision.json agrees with the visible report: {agrees} ({result.payload.note})")
    print(f"Re-scoring:    {result.rescore.note}")
    for note in result.notes:
        print(f"Note: {note}")
    state = result.state
    if state is State.COUNTERSIGNED:
        print(
            "Result: VALID, COUNTERSIGNED. Both signatures are intact and trusted by different "
            "people, and the report is what Reviewer produced."
        )
    elif state is State.AWAITING_COUNTERSIGNATURE:
        lead = "Result: NOT VALID as required" if require_countersignature else "Result: VALID"
        print(
            f"{lead}, NOT COUNTERSIGNED. The Reviewer certification holds; no approver has "
            "countersigned this report yet."
        )
    else:
        print("Result: NOT VALID.")
        for reason in result.reasons:
            print(f"  - {reason}")
