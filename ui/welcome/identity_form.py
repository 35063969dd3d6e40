"""What the identity wizard asks for, its checks, and creating the identity (no Qt)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reviewer.errors import IdentityError
from reviewer.signing.files import write_atomically

MIN_PASSPHRASE = 8
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def suggested_file_name(name: str) -> str:
    """Return a file name for a person's identity, such as 'Zoe-Martin.p12'."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", name.strip()).strip("-.")
    return f"{stem or 'identity'}.p12"


@dataclass(frozen=True)
class CreatedIdentity:
    """Where a new identity and its shareable certificate were written."""

    identity: Path
    certificate: Path


@dataclass
class IdentityForm:
    """The answers in the wizard; the passphrase lives here only until the identity is made."""

    name: str = ""
    email: str = ""
    organisation: str = ""
    passphrase: str = ""
    confirmation: str = ""
    target: Path | None = None

    def details_problems(self) -> list[str]:
        """Say what is wrong with the name, email and organisation."""
        problems = []
        if not self.name.strip():
            problems.append("Enter your full name, as your signatures will show it.")
        if not EMAIL.fullmatch(self.email.strip()):
            problems.append("Enter an email address such as name@example.org.")
        if not self.organisation.strip():
            problems.append("Enter your organisation.")
        return problems

    def passphrase_problems(self) -> list[str]:
        """Say what is wrong with the passphrase and its confirmation."""
        if len(self.passphrase) < MIN_PASSPHRASE:
            return [f"Choose a passphrase of at least {MIN_PASSPHRASE} characters."]
        if self.passphrase != self.confirmation:
            return ["The two passphrases differ; type the same one twice."]
        return []

    def target_problems(self) -> list[str]:
        """Say what is wrong with where the identity goes."""
        if self.target is None:
            return ["Choose where to save the identity."]
        if self.target.exists():
            return [f"{self.target} exists already; choose another file name."]
        return []

    def problems(self) -> list[str]:
        """Return every problem, in the order the wizard asks."""
        return self.details_problems() + self.passphrase_problems() + self.target_problems()

    def create(self) -> CreatedIdentity:
        """Create the identity, write it (owner-only) and its certificate, then drop the secret."""
        problems = self.problems()
        if problems:
            raise IdentityError(" ".join(problems))
        assert self.target is not None  # checked by target_problems()
        try:
            from reviewer.signing.identity import create_identity, save_identity

            p12, pem = create_identity(
                self.name, self.email, self.organisation, self.passphrase.encode("utf-8")
            )
        finally:
            self.passphrase = self.confirmation = ""
        certificate = self.target.with_suffix(".pem")
        self.target.parent.mkdir(parents=True, exist_ok=True)
        save_identity(self.target, p12)
        write_atomically(certificate, pem)
        return CreatedIdentity(identity=self.target, certificate=certificate)
