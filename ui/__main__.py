"""Run the desktop app with `python -m ui`."""

from ui.app import main

raise SystemExit(main())
