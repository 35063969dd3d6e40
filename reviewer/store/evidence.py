"""Evidence attachments: their bytes kept in the database with hash, size, type and author."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

from sqlalchemy.orm import Session

from reviewer.errors import NotFoundError, ReviewerError
from reviewer.store import repository as repo
from reviewer.store.models import AttachmentRow, ReviewRow, RevisionRow

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


def describe_evidence(file_name: str, content: bytes, media_type: str | None) -> tuple[str, str]:
    """Return the stored name and media type of a file, refusing nameless or huge ones."""
    name = Path(file_name).name
    if not name:
        raise ReviewerError("attachment: the file has no name")
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise ReviewerError(f"{name}: attachments are limited to 50 MB")
    return name, media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"


def add_evidence(
    session: Session,
    review: ReviewRow,
    revision: RevisionRow,
    name: str,
    media_type: str,
    content: bytes,
    actor: str,
) -> AttachmentRow:
    """Store one attachment on a review, in the revision being edited."""
    row = AttachmentRow(
        review_pk=review.pk,
        revision=revision.number,
        file_name=name,
        media_type=media_type,
        sha256=hashlib.sha256(content).hexdigest(),
        size=len(content),
        content=content,
        added_by=actor,
        added_at=repo.now(),
    )
    session.add(row)
    review.updated_at = repo.now()
    session.flush()
    return row


MAX_DESCRIPTION = 1000


def set_description(
    session: Session, review: ReviewRow, attachment_id: int, description: str
) -> AttachmentRow:
    """Say what an attachment is, in words; an empty text clears it."""
    row = session.get(AttachmentRow, attachment_id)
    if row is None or row.review_pk != review.pk:
        raise NotFoundError(f"review {review.id} has no attachment {attachment_id}")
    text = " ".join(description.split())
    if len(text) > MAX_DESCRIPTION:
        raise ReviewerError(
            f"{row.file_name}: the description is {len(text)} characters long; the limit is"
            f" {MAX_DESCRIPTION}"
        )
    row.description = text
    review.updated_at = repo.now()
    session.flush()
    return row


def evidence_bytes(session: Session, review: ReviewRow, attachment_id: int) -> bytes:
    """Return an attachment's bytes, checked against the hash recorded when it was added."""
    row = session.get(AttachmentRow, attachment_id)
    if row is None or row.review_pk != review.pk:
        raise NotFoundError(f"review {review.id} has no attachment {attachment_id}")
    if hashlib.sha256(row.content).hexdigest() != row.sha256:
        raise ReviewerError(f"{row.file_name}: the stored bytes no longer match their hash")
    return bytes(row.content)
