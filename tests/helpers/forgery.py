"""Reports an officer's own code could build: everything before the certification is theirs.

Each builder renders, prepares and signs with library code, adding the one thing Reviewer
never writes; verify must refuse every one.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

from reviewer.report import DEFAULT_LAYOUT, LAYOUTS, render_report, signature_placement
from reviewer.report.model import PAYLOAD_NAME, ReportInput
from reviewer.signing.identity import Identity
from reviewer.signing.prepare import APPROVER_FIELD, REVIEWER_FIELD
from reviewer.signing.sign import certify_report, sign_approver_field
from tests.helpers.tamper import annotate, embed_in, text_field, writer_for, written

Edit = Callable[[IncrementalPdfFileWriter], None]


def _layout_of(payload: bytes | None) -> str:
    """Return the layout a payload names, as prepare_for_signing reads it ("1" when unnamed)."""
    try:
        layout = str(json.loads(payload or b"{}").get("layout", "1"))
    except (ValueError, AttributeError):
        return DEFAULT_LAYOUT
    return layout if layout in LAYOUTS else DEFAULT_LAYOUT


def prepare_like_reviewer(
    unsigned: bytes,
    payload: bytes | None,
    decided_at: datetime,
    extra: Edit | None = None,
    attachments: tuple[tuple[str, bytes], ...] = (),
) -> bytes:
    """Do what `prepare_for_signing` does, plus an extra edit in the same revision."""
    writer = IncrementalPdfFileWriter(io.BytesIO(unsigned), strict=True)
    if payload is not None:
        data = embed.EmbeddedFileObject.from_file_data(
            writer,
            data=payload,
            mime_type="application/json",
            params=embed.EmbeddedFileParams(
                creation_date=decided_at, modification_date=decided_at, embed_checksum=False
            ),
        )
        embed.embed_file(
            writer,
            embed.FileSpec(
                file_spec_string=PAYLOAD_NAME,
                file_name=PAYLOAD_NAME,
                embedded_data=data,
                description="The review, assessment and decision shown in this report, as JSON",
                af_relationship=generic.pdf_name("/Data"),
            ),
        )
    for name, content in attachments:
        embed_in(writer, name, content, decided_at)
    placement = signature_placement(_layout_of(payload))
    for field in (REVIEWER_FIELD, APPROVER_FIELD):
        x1, y1, x2, y2 = placement.boxes[field]
        append_signature_field(
            writer,
            SigFieldSpec(
                sig_field_name=field,
                on_page=placement.page,
                box=(round(x1), round(y1), round(x2), round(y2)),
            ),
        )
    if extra is not None:
        extra(writer)
    return written(writer)


def build_certified(
    report: ReportInput,
    identity: Identity,
    *,
    pages_from: ReportInput | None = None,
    payload: bytes | str | None = "canonical",
    extra: Edit | None = None,
    attachments: tuple[tuple[str, bytes], ...] = (),
) -> bytes:
    """Render, prepare and certify a report as an officer's own code could."""
    unsigned = render_report(pages_from or report)
    body = report.payload_bytes() if payload == "canonical" else payload
    assert body is None or isinstance(body, bytes)
    prepared = prepare_like_reviewer(unsigned, body, report.decision.decided_at, extra, attachments)
    return certify_report(prepared, identity)


def prepared_only(report: ReportInput) -> bytes:
    """Render and prepare a report, signing nothing."""
    return prepare_like_reviewer(
        render_report(report), report.payload_bytes(), report.decision.decided_at
    )


def certify_with_extra_change(
    prepared: bytes,
    identity: Identity,
    edit: Edit,
    permission: fields.MDPPerm = fields.MDPPerm.FILL_FORMS,
) -> bytes:
    """Certify the Reviewer field while slipping another change into the same revision."""
    writer = writer_for(prepared)
    edit(writer)
    meta = signers.PdfSignatureMetadata(
        field_name=REVIEWER_FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        certify=True,
        docmdp_permissions=permission,
    )
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=identity.signer).sign_pdf(
        writer, existing_fields_only=True, output=out
    )
    return out.getvalue()


def sign_reviewer_field_without_certifying(prepared: bytes, identity: Identity) -> bytes:
    """Sign the Reviewer field as a plain approval signature, certifying nothing."""
    meta = signers.PdfSignatureMetadata(
        field_name=REVIEWER_FIELD, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES
    )
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=identity.signer).sign_pdf(
        writer_for(prepared), existing_fields_only=True, output=out
    )
    return out.getvalue()


def sign_approver_only(prepared: bytes, identity: Identity) -> bytes:
    """Fill only the Approver field of a prepared report."""
    return sign_approver_field(prepared, identity)


def overlay_in_prepared(writer: IncrementalPdfFileWriter) -> None:
    """Add a FreeText note saying 'Outcome: Approve' over the first page, before certifying."""
    annotate(writer, 0, "/FreeText")


def shadow_field_in_prepared(writer: IncrementalPdfFileWriter) -> None:
    """Add an empty text field over the outcome banner, before certifying."""
    text_field(writer, "Shadow", (40, 700, 560, 760))


def info_title_in_prepared(writer: IncrementalPdfFileWriter) -> None:
    """Rewrite the /Info title before certifying."""
    info_ref = writer.trailer.raw_get("/Info")
    info = info_ref.get_object()
    info[generic.pdf_name("/Title")] = generic.TextStringObject("Decision: APPROVED")
    writer.mark_update(info_ref)


def page_content_change(writer: IncrementalPdfFileWriter) -> None:
    """Draw a green rectangle over the first page."""
    stream = generic.StreamObject(stream_data=b"q 0 1 0 rg 50 700 200 40 re f Q")
    writer.add_stream_to_page(0, writer.add_object(stream))


def sign_with_own_stamp(
    data: bytes, field: str, identity: Identity, signer_line: str | None = None, title: str = ""
) -> bytes:
    """Sign a field the way Reviewer does, but with other words drawn in its stamp."""
    from reviewer.signing import sign as sign_module

    original_render = sign_module.render_stamp

    def render(role: str, signer: str, *rest: Any, **named: Any) -> bytes:
        # A field the stamp does not know is drawn with its own name as the title.
        return original_render(title or role, signer_line or signer, *rest, **named)

    sign_module.render_stamp = render  # type: ignore[assignment]
    try:
        return sign_module._sign_field(data, field, identity, None)
    finally:
        sign_module.render_stamp = original_render


def sign_with_default_stamp(data: bytes, field: str, identity: Identity) -> bytes:
    """Fill a field with pyHanko's own text stamp instead of Reviewer's."""
    meta = signers.PdfSignatureMetadata(
        field_name=field, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES
    )
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=identity.signer).sign_pdf(
        writer_for(data), existing_fields_only=True, output=out
    )
    return out.getvalue()
