"""The interface language, read before the first window without loading the settings model.

The language must be installed before any widget exists, and the first window must paint
before anything heavy is imported, so this reads the one field from the settings file
directly. The full settings are read and validated later, with the store.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs

LANG_ENV = "REVIEWER_LANG"
LANGUAGES = ("en", "fr")
SETTINGS_FILE = "settings.json"


def settings_file() -> Path:
    """Return the settings file: the same place as reviewer.paths.config_dir() / settings.json.

    platformdirs is asked directly (not reviewer.paths) so the domain is not imported yet;
    a test checks that both give the same folder.
    """
    return Path(platformdirs.user_config_dir("Reviewer", appauthor=False)) / SETTINGS_FILE


def early_language() -> str:
    """Return the UI language: REVIEWER_LANG when known, else the saved choice, else English."""
    override = os.environ.get(LANG_ENV, "").strip().lower()[:2]
    if override in LANGUAGES:
        return override
    try:
        data = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "en"
    language = data.get("language") if isinstance(data, dict) else None
    return language if language in LANGUAGES else "en"
