"""The register: one row per review, as exported to CSV, XLSX and JSON, and its documented form."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field


class RegisterFormat(StrEnum):
    """The file formats the register is exported to."""

    CSV = "csv"
    XLSX = "xlsx"
    JSON = "json"


class RegisterRow(BaseModel):
    """One review in the register. CSV and XLSX have these columns, in this order.

    In CSV, dates are YYYY-MM-DD, times ISO 8601 in UTC and an absent value an empty cell; in
    XLSX, dates and times are date cells (times in UTC) and counts are numbers.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    reference: str = Field(description="The review's reference, R-YYYY-NNNN.")
    title: str
    applicant: str = Field(description="The organisation that applies.")
    status: str = Field(description="Where the review stands in the lifecycle.")
    suspended: bool = Field(description="An approval suspended, pending re-review.")
    suspension: str | None = Field(description="Why it is suspended.")
    verdict: str | None
    provisional: bool = Field(
        description="Required answers are still missing: the verdict is at least this one."
    )
    outcome: str | None = Field(description="The decision of the current revision.")
    decider: str | None = Field(description="Who decided, 'Name <email>'.")
    decided_at: datetime | None
    signed_at: datetime | None
    approver: str | None = Field(description="Who countersigned, or else who was asked to.")
    approved_at: datetime | None = Field(description="When the countersigned PDF was recorded.")
    created_at: datetime
    updated_at: datetime
    due_date: date | None = Field(description="When a decision is due.")
    next_review: date | None = Field(description="When an approval is reviewed again.")
    open_conditions: int = Field(ge=0)
    overdue_conditions: int = Field(ge=0, description="Open conditions past their due date.")


class RegisterFile(BaseModel):
    """The JSON export of the register."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: str = Field(default="reviewer-register", description="Always 'reviewer-register'.")
    version: int = Field(default=1, description="The version of this format.")
    as_of: date = Field(description="The day suspensions and overdue conditions are judged on.")
    reviews: list[RegisterRow]


COLUMNS = list(RegisterRow.model_fields)
"""The CSV and XLSX columns, in order."""


class RegisterLine(NamedTuple):
    """A register row as streamed to a file: the fields of `RegisterRow`, cheap to make."""

    reference: str
    title: str
    applicant: str
    status: str
    suspended: bool
    suspension: str | None
    verdict: str | None
    provisional: bool
    outcome: str | None
    decider: str | None
    decided_at: datetime | None
    signed_at: datetime | None
    approver: str | None
    approved_at: datetime | None
    created_at: datetime
    updated_at: datetime
    due_date: date | None
    next_review: date | None
    open_conditions: int
    overdue_conditions: int


assert list(RegisterLine._fields) == COLUMNS, "RegisterLine must follow RegisterRow"
