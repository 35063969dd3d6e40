"""Preparing a rendered report for signing: attach decision.json and create both fields."""

from __future__ import annotations

import codecs
import hashlib
import io
import json
from collections.abc import Sequence
from datetime import datetime

from reviewer.report.document import SignaturePlacement, signature_placement
from reviewer.report.model import PAYLOAD_NAME

REVIEWER_FIELD = "Reviewer"
APPROVER_FIELD = "Approver"


def evidence_file_name(index: int, name: str) -> str:
    """Return the name an evidence file is attached under: its 1-based place in the review."""
    return f"evidence/{index}-{name}"


def _written(name: str) -> bytes:
    """Return a name as pyHanko writes it: PDFDocEncoding, else UTF-16BE with its mark."""
    from pyhanko.pdf_utils.generic import encode_pdfdocencoding

    try:
        return bytes(encode_pdfdocencoding(name))  # type: ignore[no-untyped-call]  # pyHanko: untyped
    except UnicodeEncodeError:
        return codecs.BOM_UTF16_BE + name.encode("utf-16be")


def prepare_for_signing(
    unsigned: bytes,
    payload: bytes,
    decided_at: datetime,
    evidence: Sequence[tuple[str, bytes]] = (),
    placement: SignaturePlacement | None = None,
) -> bytes:
    """Add decision.json and the empty Reviewer and Approver fields in one incremental revision.

    Every field must exist before the certifying signature: a field added after it would break
    the certification, while filling a field that already exists counts as form filling. The
    fields go where the layout named in decision.json draws their boxes. Evidence files, given
    as (file name, bytes) in the review's order, are attached in the same revision, so the
    signature covers them.
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
    named = [(evidence_file_name(i, n), data) for i, (n, data) in enumerate(evidence, start=1)]
    # A name tree's keys must be in the order of their bytes as written in the file.
    for file_name, content in sorted(named, key=lambda item: _written(item[0])):
        digest = hashlib.sha256(content).hexdigest()
        embed.embed_file(
            writer,
            embed.FileSpec(
                file_spec_string=file_name,
                file_name=file_name,
                embedded_data=embed.EmbeddedFileObject.from_file_data(
                    writer,
                    data=content,
                    params=embed.EmbeddedFileParams(
                        creation_date=decided_at, modification_date=decided_at, embed_checksum=False
                    ),
                ),
                description=f"Evidence file, sha256 {digest}",
                af_relationship=generic.pdf_name("/Supplement"),
            ),
        )
    if placement is None:
        placement = signature_placement(str(json.loads(payload).get("layout", "1")))
    for name in (REVIEWER_FIELD, APPROVER_FIELD):
        x1, y1, x2, y2 = placement.boxes[name]
        append_signature_field(
            writer,
            SigFieldSpec(
                sig_field_name=name,
                on_page=placement.page,
                box=(round(x1), round(y1), round(x2), round(y2)),
            ),
        )
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]  # pyHanko leaves write() unannotated
    return out.getvalue()
