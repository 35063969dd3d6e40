"""The `reviewer` command line: one sub-module per command group."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from reviewer import __version__
from reviewer.cli import (
    audit,
    bundles,
    ca,
    conditions,
    countersign,
    db,
    identity,
    policy,
    questionnaire,
    report,
    review,
    schema,
    score,
    selftest,
    trust,
    verify,
)
from reviewer.cli.output import safe_terminal
from reviewer.errors import ReviewerError

Registrar = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

GROUPS: list[Registrar] = [
    questionnaire.register,
    policy.register,
    schema.register,
    score.register,
    identity.register,
    trust.register,
    ca.register,
    report.register,
    countersign.register,
    verify.register,
    bundles.register,
    review.register,
    conditions.register,
    db.register,
    audit.register,
    selftest.register,
]


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every command group."""
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Review proposed AI deployments against versioned, cited policy clauses.",
    )
    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        default=None,
        help="database URL (default: REVIEWER_DATABASE_URL, else the local SQLite file)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    for register in GROUPS:
        register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit status; user errors exit 2 without a traceback.

    Everything printed, errors included, has its terminal controls escaped.
    """
    with safe_terminal():
        parser = build_parser()
        args = parser.parse_args(argv)
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    """Call the command's handler, turning every failure into a message and an exit status."""
    try:
        result: int = args.handler(args)
        return result
    except ReviewerError as exc:
        print(f"reviewer: error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("reviewer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get("REVIEWER_DEBUG"):
            raise
        print(
            f"reviewer: internal error ({type(exc).__name__}: {exc}). This is a bug in "
            "Reviewer, not in your input; set REVIEWER_DEBUG=1 to see the details.",
            file=sys.stderr,
        )
        return 70


def run() -> None:
    """Entry point for the console script."""
    sys.exit(main())
