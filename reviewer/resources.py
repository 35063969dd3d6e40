"""Locating the shipped resources folder, in a source tree and in a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder holding questionnaires, policies, examples, fonts and icons.

    REVIEWER_RESOURCES overrides it; a PyInstaller bundle keeps it beside the executable.
    """
    override = os.environ.get("REVIEWER_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def questionnaires_dir() -> Path:
    """Return the folder of shipped questionnaires."""
    return resources_dir() / "questionnaires"


def policies_dir() -> Path:
    """Return the folder of shipped policy packs."""
    return resources_dir() / "policies"


def examples_dir() -> Path:
    """Return the folder of example intakes."""
    return resources_dir() / "examples"


def fonts_dir() -> Path:
    """Return the folder of bundled fonts."""
    return resources_dir() / "fonts"
