"""Start-up of the desktop app."""

from __future__ import annotations

import sys


def main() -> int:
    """Start the desktop app; until its window exists, say so and show the CLI's help."""
    from reviewer.cli import build_parser

    print(
        "The Reviewer desktop window is not built yet; here is the command line instead.\n",
        file=sys.stderr,
    )
    build_parser().print_help()
    return 0
