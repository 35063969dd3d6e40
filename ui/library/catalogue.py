"""The packs the library holds: every version of every pack, and the rules for adding one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reviewer import PolicyPack, Questionnaire, ReviewerError, load_policy_pack


@dataclass(frozen=True)
class PackKey:
    """Names one version of one pack."""

    pack_id: str
    version: str


def key_of(pack: PolicyPack) -> PackKey:
    """Return the key of a pack version."""
    return PackKey(pack.id, pack.version)


class PackCatalogue:
    """Every pack version in the library, in the order they arrived (imports last)."""

    def __init__(self, packs: list[PolicyPack]) -> None:
        self.packs = list(packs)

    def get(self, key: PackKey) -> PolicyPack | None:
        """Return a pack version, or None."""
        return next((p for p in self.packs if key_of(p) == key), None)

    def versions(self, pack_id: str) -> list[PolicyPack]:
        """Return the versions of one pack, oldest first."""
        return [p for p in self.packs if p.id == pack_id]

    def pack_ids(self) -> list[str]:
        """Return each pack id once, in arrival order."""
        return list(dict.fromkeys(p.id for p in self.packs))

    def current(self) -> list[PolicyPack]:
        """Return the newest version of each pack."""
        return [self.versions(pack_id)[-1] for pack_id in self.pack_ids()]

    def check_new(self, pack: PolicyPack) -> None:
        """Refuse a pack version the library already has, or a different pack under its name."""
        existing = self.get(key_of(pack))
        if existing is None:
            return
        if existing.sha256 == pack.sha256:
            message = QCoreApplication.translate(
                "PackCatalogue",
                "Version {version} of “{title}” is already in the library.",
            )
        else:
            message = QCoreApplication.translate(
                "PackCatalogue",
                "The library already holds a different version {version} of “{title}”. Give the"
                " new file its own version number (the 'version' field), then import it again.",
            )
        raise ReviewerError(message.format(version=pack.version, title=pack.title))

    def read(self, path: Path, questionnaire: Questionnaire) -> PolicyPack:
        """Load and validate a pack file as a new version; raise with every problem found."""
        pack = load_policy_pack(path, questionnaire)
        self.check_new(pack)
        return pack

    def merge(self, packs: list[PolicyPack]) -> None:
        """Add stored versions the library lacks, keeping the order they were stored in."""
        known = {p.sha256 for p in self.packs}
        self.packs.extend(p for p in packs if p.sha256 not in known)

    def add(self, pack: PolicyPack) -> None:
        """Add a validated pack version."""
        self.check_new(pack)
        self.packs.append(pack)
