"""Ways to tamper with a signed PDF, each the kind of change verify must catch."""

from __future__ import annotations

import io

from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field


def _writer(data: bytes) -> IncrementalPdfFileWriter:
    return IncrementalPdfFileWriter(io.BytesIO(data), strict=False)


def _done(writer: IncrementalPdfFileWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def flip_byte_in_signed_range(data: bytes) -> bytes:
    """Flip one byte in the middle of the first revision (inside a font stream)."""
    offset = data.index(b"%%EOF") // 2
    flipped = bytearray(data)
    flipped[offset] ^= 0x01
    return bytes(flipped)


def change_page_content(data: bytes) -> bytes:
    """Append an incremental update that draws over the first page."""
    writer = _writer(data)
    stream = generic.StreamObject(stream_data=b"q 1 0 0 rg 50 700 200 40 re f Q")
    writer.add_stream_to_page(0, writer.add_object(stream))
    return _done(writer)


def add_annotation(data: bytes) -> bytes:
    """Append an incremental update that adds a text note to the first page."""
    writer = _writer(data)
    page_ref = writer.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    annot = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/Text"),
            generic.pdf_name("/Rect"): generic.ArrayObject(
                [generic.FloatObject(v) for v in (50, 50, 80, 80)]
            ),
            generic.pdf_name("/Contents"): generic.TextStringObject("Actually, rejected."),
        }
    )
    annots = page.get("/Annots")
    array = annots.get_object() if annots is not None else generic.ArrayObject()
    array.append(writer.add_object(annot))
    page["/Annots"] = array
    writer.update_container(page)
    return _done(writer)


def add_signature_field(data: bytes) -> bytes:
    """Append an incremental update that adds a new, empty signature field."""
    writer = _writer(data)
    append_signature_field(writer, SigFieldSpec("Extra", on_page=0, box=(50, 50, 150, 100)))
    return _done(writer)


def swap_embedded_json(data: bytes, payload: bytes) -> bytes:
    """Append an incremental update that replaces decision.json with other content."""
    writer = _writer(data)
    names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
    spec = names[1].get_object()
    new_file = embed.EmbeddedFileObject.from_file_data(
        writer, data=payload, mime_type="application/json"
    )
    spec["/EF"] = generic.DictionaryObject(
        {
            generic.pdf_name("/F"): writer.add_object(new_file),
            generic.pdf_name("/UF"): writer.add_object(new_file),
        }
    )
    writer.update_container(spec)
    return _done(writer)
