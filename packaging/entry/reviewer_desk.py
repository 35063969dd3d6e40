"""Frozen entry point of the desktop app (`reviewer-desk`)."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
