"""The service's shared state: the store, the questionnaire, the current packs, the actor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Self

from reviewer.followup import ReReviewIntervals
from reviewer.library import default_policy_packs, default_questionnaire
from reviewer.policy import PolicyPack
from reviewer.questionnaire import Questionnaire
from reviewer.report.model import Person
from reviewer.store.audit import (
    current_user,
)
from reviewer.store.database import Store
from reviewer.store.policies import current_packs


class ServiceBase:
    """What every part of the service shares.

    `re_review` holds how long an approval stands by verdict; Settings may replace it.
    """

    re_review: ReReviewIntervals = ReReviewIntervals()

    def __init__(
        self,
        store: Store,
        *,
        questionnaire: Questionnaire | None = None,
        packs: Sequence[PolicyPack] | None = None,
        actor: str | None = None,
    ) -> None:
        self.store = store
        self._questionnaire = questionnaire
        # Packs given here are used as they are; otherwise the store's current set is.
        self._given_packs = list(packs) if packs is not None else None
        self._packs = self._given_packs
        self.actor = actor or current_user()

    def work_as(self, person: Person | None) -> None:
        """Name the person at work in the events from now on; None goes back to the OS login.

        The desk calls this with the signing identity last used, so the audit trail names
        "Name <email>" for every change, as it does for the decision the same person signs.
        Events that name a person also keep the OS login, as `machine_account`.
        """
        self.actor = person_label(person) if person is not None else current_user()

    @classmethod
    def open(
        cls,
        database: str | None = None,
        *,
        questionnaire: Questionnaire | None = None,
        packs: Sequence[PolicyPack] | None = None,
        actor: str | None = None,
    ) -> Self:
        """Open (creating or migrating) the chosen database and return a service on it."""
        return cls(Store.open(database), questionnaire=questionnaire, packs=packs, actor=actor)

    @classmethod
    def open_existing(cls, database: str | None = None, *, actor: str | None = None) -> Self | None:
        """Open the chosen database only if it exists already (never create one), else None."""
        store = Store.open_existing(database)
        return cls(store, actor=actor) if store is not None else None

    def close(self) -> None:
        """Release the database."""
        self.store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def questionnaire(self) -> Questionnaire:
        """Return the questionnaire new reviews fill in."""
        if self._questionnaire is None:
            self._questionnaire = default_questionnaire()
        return self._questionnaire

    @property
    def packs(self) -> list[PolicyPack]:
        """Return the current policy packs: the newest stored version of each, or shipped."""
        if self._packs is None:
            with self.store.read() as session:
                self._packs = current_packs(session, default_policy_packs())
        return self._packs


def person_label(person: Person) -> str:
    """Return how a person is named in the audit trail: 'Name <email>'."""
    return f"{person.name} <{person.email}>" if person.email else person.name
