"""What the identity wizard asks for, its checks in words, and creating the identity.

The rules themselves (passphrase length, email format, file name, trust) live in
reviewer.service.identities; this module only puts their typed problems into translated words,
so the wizard and Settings say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reviewer.errors import IdentityError
from reviewer.service.identities import (
    MIN_PASSPHRASE,
    CreatedIdentity,
    PassphraseProblem,
    create_self_signed,
    passphrase_problems,
)
from reviewer.signing.identity import (
    NAME_LIMIT,
    ORGANISATION_LIMIT,
    ROLE_LIMIT,
    DetailIssue,
    DetailProblem,
    PersonDetails,
    identity_file_name,
)

__all__ = [
    "CreatedIdentity",
    "IdentityForm",
    "detail_message",
    "passphrase_message",
    "suggested_file_name",
]


def detail_message(issue: DetailIssue) -> str:
    """Say in the interface language what is wrong with one detail."""
    texts = {
        DetailProblem.NAME_EMPTY: QCoreApplication.translate(
            "IdentityForm", "Enter your full name, as your signatures will show it."
        ),
        DetailProblem.NAME_TOO_LONG: QCoreApplication.translate(
            "IdentityForm", "Shorten the name to at most {limit} characters."
        ),
        DetailProblem.EMAIL_INVALID: QCoreApplication.translate(
            "IdentityForm", "Enter an email address such as name@example.org."
        ),
        DetailProblem.ORGANISATION_EMPTY: QCoreApplication.translate(
            "IdentityForm", "Enter your organisation."
        ),
        DetailProblem.ORGANISATION_TOO_LONG: QCoreApplication.translate(
            "IdentityForm", "Shorten the organisation to at most {limit} characters."
        ),
        DetailProblem.ROLE_TOO_LONG: QCoreApplication.translate(
            "IdentityForm", "Shorten the role to at most {limit} characters."
        ),
    }
    limits = {
        DetailProblem.NAME_TOO_LONG: NAME_LIMIT,
        DetailProblem.ORGANISATION_TOO_LONG: ORGANISATION_LIMIT,
        DetailProblem.ROLE_TOO_LONG: ROLE_LIMIT,
    }
    if issue.problem is DetailProblem.CONTROL_CHARACTERS:
        hidden = {
            "name": QCoreApplication.translate(
                "IdentityForm", "Type the name again as plain text: it holds hidden characters."
            ),
            "email": QCoreApplication.translate(
                "IdentityForm", "Type the email again as plain text: it holds hidden characters."
            ),
            "organisation": QCoreApplication.translate(
                "IdentityForm",
                "Type the organisation again as plain text: it holds hidden characters.",
            ),
            "role": QCoreApplication.translate(
                "IdentityForm", "Type the role again as plain text: it holds hidden characters."
            ),
        }
        return hidden[issue.field]
    return texts[issue.problem].format(limit=limits.get(issue.problem, 0))


def passphrase_message(problem: PassphraseProblem) -> str:
    """Say in the interface language what is wrong with a new passphrase."""
    if problem is PassphraseProblem.TOO_SHORT:
        return QCoreApplication.translate(
            "IdentityForm", "Choose a passphrase of at least {count} characters."
        ).format(count=MIN_PASSPHRASE)
    return QCoreApplication.translate(
        "IdentityForm", "The two passphrases differ; type the same one twice."
    )


def suggested_file_name(name: str) -> str:
    """Return a file name for a person's identity, such as 'Zoe-Martin.p12'."""
    return identity_file_name(name)


@dataclass
class IdentityForm:
    """The answers in the wizard; the passphrase lives here only until the identity is made."""

    name: str = ""
    email: str = ""
    organisation: str = ""
    role: str = ""
    passphrase: str = ""
    confirmation: str = ""
    target: Path | None = None

    @property
    def details(self) -> PersonDetails:
        """Return who the certificate will name."""
        return PersonDetails(self.name, self.email, self.organisation, self.role)

    def details_problems(self) -> list[str]:
        """Say what is wrong with the name, email, organisation and role."""
        return [detail_message(issue) for issue in self.details.issues()]

    def passphrase_problems(self) -> list[str]:
        """Say what is wrong with the passphrase and its confirmation."""
        return [
            passphrase_message(p) for p in passphrase_problems(self.passphrase, self.confirmation)
        ]

    def target_problems(self) -> list[str]:
        """Say what is wrong with where the identity goes."""
        if self.target is None:
            return [
                QCoreApplication.translate("IdentityForm", "Choose where to save the identity.")
            ]
        if self.target.exists():
            return [
                QCoreApplication.translate(
                    "IdentityForm", "{path} exists already; choose another file name."
                ).format(path=self.target)
            ]
        return []

    def problems(self) -> list[str]:
        """Return every problem, in the order the wizard asks."""
        return self.details_problems() + self.passphrase_problems() + self.target_problems()

    def create(self) -> CreatedIdentity:
        """Create the identity through the identities service, then drop the secret."""
        problems = self.problems()
        if problems:
            raise IdentityError(" ".join(problems))
        try:
            return create_self_signed(
                self.details, self.passphrase, self.confirmation, target=self.target
            )
        finally:
            self.passphrase = self.confirmation = ""
