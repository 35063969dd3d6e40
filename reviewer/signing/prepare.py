"""Preparing a rendered report for signing: attach decision.json and create both fields."""

from __future__ import annotations

import io
from datetime import datetime

from reviewer.report.document import SIGNATURE_BOXES
from reviewer.report.model import PAYLOAD_NAME

REVIEWER_FIELD = "Reviewer"
APPROVER_FIELD = "Approver"


def prepare_for_signing(unsigned: bytes, payload: bytes, decided_at: datetime) -> bytes:
    """Add decision.json and the empty Reviewer and Approver fields in one incremental revision.

    Every field must exist before the certifying signature: a field added after it would break
    the certification, while filling a field that already exists counts as form filling.
    """
    from pyhanko.pdf_utils import embed, generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = IncrementalPdfFileWriter(io.BytesIO(unsigned), strict=True)
    data = embed.EmbeddedFileObject.from_file_data(
        writer,
        data=payload,
        mime_type="application/json",
        params=embed.EmbeddedFileParams(
            creation_date=decided_at, modification_date=decided_at, embed_checksum=False
        ),
    )
    spec = embed.FileSpec(
        file_spec_string=PAYLOAD_NAME,
        file_name=PAYLOAD_NAME,
        embedded_data=data,
        description="The review, assessment and decision shown in this report, as JSON",
        af_relationship=generic.pdf_name("/Data"),
    )
    embed.embed_file(writer, spec)
    for name in (REVIEWER_FIELD, APPROVER_FIELD):
        x1, y1, x2, y2 = SIGNATURE_BOXES[name]
        append_signature_field(
            writer,
            SigFieldSpec(
                sig_field_name=name,
                on_page=-1,
                box=(round(x1), round(y1), round(x2), round(y2)),
            ),
        )
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]  # pyHanko leaves write() unannotated
    return out.getvalue()
