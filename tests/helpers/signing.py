"""Throwaway signing identities and a resources folder holding the test questionnaire."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from reviewer.resources import fonts_dir
from reviewer.signing.identity import create_identity
from tests.helpers.reports import CHAT_ANSWERS, PACK, QUESTIONNAIRE


@dataclass(frozen=True)
class ThrowawayIdentity:
    """A PKCS#12 identity on disk with its passphrase file and certificate."""

    p12: Path
    cert: Path
    passphrase_file: Path
    passphrase: bytes


def make_identity(folder: Path, name: str, email: str, passphrase: bytes) -> ThrowawayIdentity:
    """Create a self-signed identity in a folder."""
    folder.mkdir(parents=True, exist_ok=True)
    p12, pem = create_identity(name, email, "Société de Test", passphrase)
    stem = email.split("@")[0]
    identity = ThrowawayIdentity(
        p12=folder / f"{stem}.p12",
        cert=folder / f"{stem}.pem",
        passphrase_file=folder / f"{stem}.pass",
        passphrase=passphrase,
    )
    identity.p12.write_bytes(p12)
    identity.cert.write_bytes(pem)
    identity.passphrase_file.write_bytes(passphrase + b"\n")
    return identity


def make_resources(folder: Path) -> Path:
    """Write a resources folder with the test questionnaire and pack and the real fonts."""
    (folder / "questionnaires").mkdir(parents=True)
    (folder / "policies").mkdir()
    (folder / "questionnaires" / "ai_deployment_intake.yaml").write_text(
        yaml.safe_dump(QUESTIONNAIRE, allow_unicode=True), encoding="utf-8"
    )
    (folder / "policies" / "test.yaml").write_text(
        yaml.safe_dump(PACK, allow_unicode=True), encoding="utf-8"
    )
    (folder / "fonts").symlink_to(fonts_dir().resolve())
    return folder


def write_answers(path: Path, answers: dict[str, object] | None = None) -> Path:
    """Write an answers file for the test questionnaire."""
    path.write_text(
        json.dumps(
            {
                "questionnaire": {"id": QUESTIONNAIRE["id"], "version": QUESTIONNAIRE["version"]},
                "title": "Assistant client — données",
                "organisation": "Société Générale des Données",
                "answers": CHAT_ANSWERS if answers is None else answers,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path
