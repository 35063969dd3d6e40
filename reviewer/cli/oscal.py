"""`reviewer review export-oscal` and `reviewer policy export-oscal`: OSCAL for GRC tools."""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer.cli.storage import open_service


def register_review_oscal(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add export-oscal to the review command group."""
    export = sub.add_parser(
        "export-oscal", help="write a review as OSCAL Assessment Results (JSON) for GRC tools"
    )
    export.add_argument("id", metavar="REF")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    export.set_defaults(handler=_review)


def register_policy_oscal(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add export-oscal to the policy command group."""
    export = sub.add_parser(
        "export-oscal", help="write each current policy pack as an OSCAL Catalog (JSON)"
    )
    export.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    export.set_defaults(handler=_policy)


def _review(args: argparse.Namespace) -> int:
    """Write the assessment results and say what they hold."""
    with open_service(args) as service:
        made = service.export_oscal(args.id, args.out)
    print(
        f"Wrote {args.out}: OSCAL Assessment Results of review {made.title} with "
        f"{made.findings} finding(s) (sha256 {made.sha256})"
    )
    return 0


def _policy(args: argparse.Namespace) -> int:
    """Write one catalog per pack."""
    with open_service(args) as service:
        written = service.export_policy_catalogs(args.out)
    for made in written:
        print(f"Wrote {made.path}: OSCAL Catalog of policy pack {made.title}")
    return 0
