"""The desktop settings: a pydantic model with schema_version, kept as JSON in the config folder.

It lives in ui/ for now; the CLI does not read it. Move it to reviewer/ if the CLI should share
the database and timestamp-authority choices.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from reviewer.errors import ReviewerError
from reviewer.followup import ReReviewIntervals
from reviewer.paths import config_dir, identities_dir
from reviewer.signing.files import write_atomically

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FILE_NAME = "settings.json"
LANG_ENV = "REVIEWER_LANG"
Language = Literal["en", "fr"]


class Settings(BaseModel):
    """What the person chose in Settings. Passphrases never appear here."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = SCHEMA_VERSION
    database: str = Field(
        default="", description="SQLite file path or PostgreSQL URL; empty means the default file."
    )
    language: Language = "en"
    tsa_url: str = Field(default="", description="Timestamp authority URL; empty means none.")
    identity: str = Field(default="", description="File name of the default signing identity.")
    re_review: ReReviewIntervals = Field(
        default_factory=ReReviewIntervals,
        description="Months after an approval until its re-review, by verdict (the default "
        "next-review date of a decision).",
    )
    assessment_collapsed: bool = Field(
        default=False, description="Whether the live assessment shows only its verdict badge."
    )

    @field_validator("tsa_url")
    @classmethod
    def _http_only(cls, value: str) -> str:
        """Accept an empty value or an http(s) URL."""
        value = value.strip()
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("the timestamp authority URL must start with http:// or https://")
        return value


def settings_path() -> Path:
    """Return the settings file in the user config folder."""
    return config_dir() / FILE_NAME


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring stored settings of an older schema_version forward to the current one."""
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise ValueError(f"settings schema_version {version!r} is newer than this Reviewer")
    if version < 1:
        # Version 0 (before schema_version existed) called the database "database_url".
        data = dict(data)
        if "database_url" in data:
            data["database"] = data.pop("database_url")
        data["schema_version"] = 1
    return data


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings; a missing or unreadable file gives the defaults (and a log line)."""
    path = path or settings_path()
    if not path.is_file():
        return Settings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return Settings.model_validate(migrate(data))
    except (OSError, ValueError, ValidationError) as exc:
        log.warning("ignoring unreadable settings in %s: %s", path, exc)
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings atomically, readable by the owner only; return the file."""
    path = path or settings_path()
    text = json.dumps(settings.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    write_atomically(path, text.encode("utf-8"), mode=0o600)
    return path


def remembered_identity(settings: Settings | None = None) -> Path | None:
    """Return the default signing identity's file, when one is chosen and is still there."""
    name = (settings if settings is not None else load_settings()).identity
    if not name:
        return None
    path = identities_dir() / name
    return path if path.is_file() else None


def remember_assessment_collapsed(collapsed: bool) -> None:
    """Keep whether the assessment panel is collapsed, for the next review and start."""
    settings = load_settings()
    if settings.assessment_collapsed == collapsed:
        return
    try:
        save_settings(settings.model_copy(update={"assessment_collapsed": collapsed}))
    except (ReviewerError, OSError) as exc:  # the panel collapses; the choice is not kept
        log.warning("could not remember the assessment panel's state: %s", exc)


def chosen_language(settings: Settings) -> str:
    """Return the UI language: REVIEWER_LANG when set to a known one, else the settings."""
    override = os.environ.get(LANG_ENV, "").strip().lower()[:2]
    return override if override in ("en", "fr") else settings.language
