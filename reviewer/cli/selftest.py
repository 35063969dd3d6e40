"""`reviewer self-test`: run the core journey headless and say whether this copy works."""

from __future__ import annotations

import argparse

from reviewer.selftest import run_self_test


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the self-test command."""
    parser = commands.add_parser(
        "self-test",
        help="score, sign, verify and countersign in a temporary folder; exit 0 if all works",
    )
    parser.set_defaults(handler=_self_test)


def _self_test(_args: argparse.Namespace) -> int:
    """Print one line per step; exit 0 only when every step passed."""
    result = run_self_test()
    print("\n".join(result.lines()))
    return 0 if result.passed else 1
