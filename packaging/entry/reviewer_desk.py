"""Frozen entry point of both commands: `reviewer-desk`, and `reviewer` when started by that name.

One executable serves both, so the bundle carries its Python modules once; `reviewer` is a
link (a copy on Windows) to it, and the name it was started by picks the command line or the app.
"""

import sys
from pathlib import Path

if __name__ == "__main__":
    if Path(sys.argv[0]).name.lower().removesuffix(".exe") == "reviewer":
        from reviewer.cli import run

        run()
    else:
        from ui.app import main

        sys.exit(main())
