"""Ways to tamper with a signed report, each the kind of change verify must catch.

Byte edits, incremental updates after signing, and reports built with library code by an
officer who controls everything before the certification. Every builder returns new bytes.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

from reviewer.signing.identity import Identity

Edit = Callable[[IncrementalPdfFileWriter], None]


def writer_for(data: bytes) -> IncrementalPdfFileWriter:
    """Open a file for one incremental update."""
    return IncrementalPdfFileWriter(io.BytesIO(data), strict=False)


def written(writer: IncrementalPdfFileWriter) -> bytes:
    """Return the file with the update written."""
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def incremental(data: bytes, edit: Edit) -> bytes:
    """Append one incremental update made by an edit."""
    writer = writer_for(data)
    edit(writer)
    return written(writer)


# --- byte edits -------------------------------------------------------------------------------


def eof_offsets(data: bytes) -> list[int]:
    """Return the offset just after each %%EOF line."""
    ends = []
    for match in re.finditer(rb"%%EOF\r?\n?", data):
        ends.append(match.end())
    return ends


def flip_byte(data: bytes, offset: int) -> bytes:
    """Flip the lowest bit of one byte."""
    flipped = bytearray(data)
    flipped[offset] ^= 0x01
    return bytes(flipped)


def flip_byte_in_signed_range(data: bytes) -> bytes:
    """Flip one byte in the middle of the first revision (inside a font stream)."""
    return flip_byte(data, data.index(b"%%EOF") // 2)


def flip_byte_in_revision(data: bytes, revision: int) -> bytes:
    """Flip a byte of a revision's own bytes, in a way that leaves the file readable.

    A flip in a dictionary key would make the file unreadable (exit 2), which is not the case
    this stands for: a silent change that only the signature's digest can catch.
    """
    ends = [0, *eof_offsets(data)]
    start, end = ends[revision], ends[revision + 1]
    # The signing time, "/M (D\\072YYYYMMDD..." (the colon escaped), is signed, and a digit
    # of the year stays a digit when flipped.
    found = data.find(b"/M (D", start, end)
    at = found + len(b"/M (D\\072") + 3 if found != -1 else start + 40
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def _contents_hole(data: bytes, index: int) -> tuple[int, int]:
    """Return (start, end) of the n-th signature's /Contents hex string, brackets included."""
    ranges = [
        [int(v) for v in m.group(1).split()]
        for m in re.finditer(rb"/ByteRange\s*\[\s*([0-9 ]+)\]", data)
    ]
    byte_range = ranges[index]
    return byte_range[0] + byte_range[1], byte_range[2]


def write_into_padding(data: bytes, index: int, text: bytes = b"APPROVED") -> bytes:
    """Write bytes into the zero padding after the n-th signature's CMS value."""
    _start, end = _contents_hole(data, index)
    payload = text.hex().encode().upper()
    at = end - 1 - len(payload) - 2
    return data[:at] + payload + data[at + len(payload) :]


def fill_padding(data: bytes, index: int, size: int = 980) -> bytes:
    """Fill most of the n-th signature's padding with non-zero hex (about 980 bytes here)."""
    _start, end = _contents_hole(data, index)
    hex_digits = (b"41" * size)[:size]
    at = end - 1 - size
    return data[:at] + hex_digits + data[end - 1 :]


def corrupt_cms(data: bytes, index: int) -> bytes:
    """Change a hex digit inside the n-th signature's CMS value (its signature bits)."""
    start, end = _contents_hole(data, index)
    hole = data[start + 1 : end - 1]
    used = len(hole.rstrip(b"0"))
    at = start + 1 + used - 10
    digit = b"0" if data[at : at + 1] != b"0" else b"1"
    return data[:at] + digit + data[at + 1 :]


def swap_cms(data: bytes, source: int, target: int) -> bytes:
    """Put the CMS of one signature into another's hole (same size holes)."""
    s0, s1 = _contents_hole(data, source)
    t0, t1 = _contents_hole(data, target)
    value = data[s0:s1]
    if len(value) != t1 - t0:
        value = (
            value[: t1 - t0 - 1] + b">"
            if len(value) > t1 - t0
            else value[:-1] + b"0" * (t1 - t0 - len(value)) + b">"
        )
    return data[:t0] + value + data[t1:]


def append_bytes(data: bytes, extra: bytes = b"% Decision: APPROVED\n") -> bytes:
    """Append bytes after the final %%EOF."""
    return data + extra


def truncate_to_revision(data: bytes, revision: int) -> bytes:
    """Cut the file after a revision (0 is the rendered pages)."""
    return data[: eof_offsets(data)[revision]]


def roll_back_to_revision(data: bytes, revision: int) -> bytes:
    """Append a startxref pointing at an older revision's xref, hiding the later ones."""
    end = eof_offsets(data)[revision]
    head = data[:end]
    startxref = int(re.findall(rb"startxref\s+([0-9]+)", head)[-1])
    return data + b"startxref\n" + str(startxref).encode() + b"\n%%EOF\n"


# --- incremental updates ----------------------------------------------------------------------


def change_page_content(data: bytes) -> bytes:
    """Append an incremental update that draws over the first page."""

    def edit(writer: IncrementalPdfFileWriter) -> None:
        stream = generic.StreamObject(stream_data=b"q 0 1 0 rg 50 700 200 40 re f Q")
        writer.add_stream_to_page(0, writer.add_object(stream))

    return incremental(data, edit)


def annotate(writer: IncrementalPdfFileWriter, page_index: int, subtype: str) -> None:
    """Add an annotation saying 'Outcome: Approve' to a page."""
    page_ref = writer.root["/Pages"]["/Kids"][page_index]
    page = page_ref.get_object()
    annot = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
            generic.pdf_name("/Subtype"): generic.pdf_name(subtype),
            generic.pdf_name("/Rect"): generic.ArrayObject(
                [generic.FloatObject(v) for v in (50, 50, 300, 80)]
            ),
            generic.pdf_name("/Contents"): generic.TextStringObject("Outcome: Approve"),
        }
    )
    annots = page.get("/Annots")
    array = annots.get_object() if annots is not None else generic.ArrayObject()
    array.append(writer.add_object(annot))
    page["/Annots"] = array
    writer.update_container(page)


def add_annotation(data: bytes, subtype: str = "/Text") -> bytes:
    """Append an incremental update that adds an annotation to the first page."""
    return incremental(data, lambda w: annotate(w, 0, subtype))


def add_signature_field(data: bytes) -> bytes:
    """Append an incremental update that adds a new, empty signature field."""
    return incremental(
        data,
        lambda w: append_signature_field(
            w, SigFieldSpec("Extra", on_page=0, box=(50, 50, 150, 100))
        ),
    )


def text_field(writer: IncrementalPdfFileWriter, name: str, box: tuple[float, ...]) -> Any:
    """Add an empty text field with its widget on the first page; return its reference."""
    page_ref = writer.root["/Pages"]["/Kids"][0]
    field = generic.DictionaryObject(
        {
            generic.pdf_name("/FT"): generic.pdf_name("/Tx"),
            generic.pdf_name("/T"): generic.TextStringObject(name),
            generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/Widget"),
            generic.pdf_name("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in box]),
            generic.pdf_name("/P"): page_ref,
            generic.pdf_name("/F"): generic.NumberObject(4),
        }
    )
    ref = writer.add_object(field)
    page = page_ref.get_object()
    annots = page.get("/Annots")
    array = annots.get_object() if annots is not None else generic.ArrayObject()
    array.append(ref)
    page["/Annots"] = array
    writer.update_container(page)
    form = writer.root["/AcroForm"]
    form["/Fields"].append(ref)
    writer.update_container(form)
    return ref


def add_text_field(data: bytes, name: str = "Shadow") -> bytes:
    """Append an incremental update that adds an empty text field over the first page."""
    return incremental(data, lambda w: text_field(w, name, (40, 700, 560, 760)))


def fill_text_field(data: bytes, name: str = "Shadow", text: str = "Outcome: Approve") -> bytes:
    """Fill an existing text field with a value and a green appearance (form filling)."""

    def edit(writer: IncrementalPdfFileWriter) -> None:
        for ref in writer.root["/AcroForm"]["/Fields"]:
            field = ref.get_object()
            if str(field.get("/T")) != name:
                continue
            field["/V"] = generic.TextStringObject(text)
            look = generic.StreamObject(
                {
                    generic.pdf_name("/Type"): generic.pdf_name("/XObject"),
                    generic.pdf_name("/Subtype"): generic.pdf_name("/Form"),
                    generic.pdf_name("/BBox"): generic.ArrayObject(
                        [generic.FloatObject(v) for v in (0, 0, 520, 60)]
                    ),
                },
                stream_data=b"q 0 0.6 0 rg 0 0 520 60 re f Q",
            )
            field["/AP"] = generic.DictionaryObject(
                {generic.pdf_name("/N"): writer.add_object(look)}
            )
            writer.update_container(field)

    return incremental(data, edit)


def swap_embedded_json(data: bytes, payload: bytes) -> bytes:
    """Append an incremental update that replaces decision.json with other content."""

    def edit(writer: IncrementalPdfFileWriter) -> None:
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

    return incremental(data, edit)


def embed_file_after(data: bytes, name: str, content: bytes) -> bytes:
    """Append an incremental update that attaches another file."""
    return incremental(data, lambda w: embed_in(w, name, content, None))


def set_info(data: bytes, key: str, value: str) -> bytes:
    """Append an incremental update that rewrites one /Info entry."""

    def edit(writer: IncrementalPdfFileWriter) -> None:
        info_ref = writer.trailer.raw_get("/Info")
        info = info_ref.get_object()
        info[generic.pdf_name(key)] = generic.TextStringObject(value)
        writer.mark_update(info_ref)

    return incremental(data, edit)


def set_xmp_title(data: bytes, title: str = "Decision: APPROVED") -> bytes:
    """Append an incremental update that puts a title into the XMP metadata stream."""

    def edit(writer: IncrementalPdfFileWriter) -> None:
        ref = writer.root.raw_get("/Metadata")
        stream = ref.get_object()
        xml = re.sub(
            rb'rdf:about=""\s*/>',
            b'rdf:about=""><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">'
            + title.encode()
            + b"</dc:title></rdf:Description>",
            stream.data,
        )
        assert title.encode() in xml
        replacement = generic.StreamObject(dict(stream.items()), stream_data=xml)
        replacement.pop("/Length", None)
        writer.mark_update(ref)
        writer.objects[(ref.generation, ref.idnum)] = replacement
        # pyHanko would otherwise rebuild the XMP from its own model on write.
        writer._update_meta = lambda: None  # type: ignore[method-assign]

    return incremental(data, edit)


def set_title_through_pyhanko(data: bytes, title: str = "Decision: APPROVED") -> bytes:
    """Rewrite the title the way pyHanko's metadata API does: /Info and XMP together."""

    def edit(writer: IncrementalPdfFileWriter) -> None:
        writer.document_meta.title = title
        writer.update_root()

    return incremental(data, edit)


def add_open_action(data: bytes) -> bytes:
    """Append an incremental update with a JavaScript action run when the file opens."""

    def edit(writer: IncrementalPdfFileWriter) -> None:
        action = generic.DictionaryObject(
            {
                generic.pdf_name("/S"): generic.pdf_name("/JavaScript"),
                generic.pdf_name("/JS"): generic.TextStringObject("app.alert('Approved')"),
            }
        )
        writer.root["/OpenAction"] = writer.add_object(action)
        writer.update_root()

    return incremental(data, edit)


def add_javascript_name(data: bytes) -> bytes:
    """Append an incremental update that adds a document-level script to the name tree."""

    def edit(writer: IncrementalPdfFileWriter) -> None:
        action = generic.DictionaryObject(
            {
                generic.pdf_name("/S"): generic.pdf_name("/JavaScript"),
                generic.pdf_name("/JS"): generic.TextStringObject("app.alert('x')"),
            }
        )
        names = writer.root["/Names"]
        names["/JavaScript"] = generic.DictionaryObject(
            {
                generic.pdf_name("/Names"): generic.ArrayObject(
                    [generic.TextStringObject("x"), writer.add_object(action)]
                )
            }
        )
        writer.update_container(names)

    return incremental(data, edit)


def empty_update(data: bytes) -> bytes:
    """Append an incremental update that rewrites the catalog unchanged (and the save date)."""
    return incremental(data, lambda w: w.update_root())


def sign_new_field(data: bytes, identity: Identity, name: str = "Approver2") -> bytes:
    """Add and sign a third signature field after the report is countersigned."""
    meta = signers.PdfSignatureMetadata(field_name=name, md_algorithm="sha256")
    writer = writer_for(data)
    out = io.BytesIO()
    signers.PdfSigner(
        meta, signer=identity.signer, new_field_spec=SigFieldSpec(name, on_page=0)
    ).sign_pdf(writer, output=out)
    return out.getvalue()


def embed_in(
    writer: IncrementalPdfFileWriter, name: str, content: bytes, decided_at: datetime | None
) -> None:
    """Attach a file to the document in the update being written."""
    params = (
        embed.EmbeddedFileParams(
            creation_date=decided_at, modification_date=decided_at, embed_checksum=False
        )
        if decided_at is not None
        else None
    )
    data = embed.EmbeddedFileObject.from_file_data(
        writer, data=content, mime_type="application/octet-stream", params=params
    )
    spec = embed.FileSpec(
        file_spec_string=name,
        file_name=name,
        embedded_data=data,
        af_relationship=generic.pdf_name("/Data"),
    )
    embed.embed_file(writer, spec)


def sha256(data: bytes) -> str:
    """Return a hex SHA-256."""
    return hashlib.sha256(data).hexdigest()


def revisions(data: bytes) -> int:
    """Count a file's revisions as pyHanko reads them."""
    return int(PdfFileReader(io.BytesIO(data), strict=False).xrefs.total_revisions)
