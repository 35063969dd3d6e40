"""Holding each visible signature stamp to what Reviewer draws for that signer and time.

The stamp is drawn by reportlab from the field, the certificate's name and organisation, the
signing minute, whether a timestamp authority confirmed the time, and the report's language.
pyHanko wraps it in one form XObject; anything else drawn in a signature box is a finding.

Two drawings are accepted, each exactly: the stamp in the report's language, and the English
stamp every report carried before stamps spoke its language. A French stamp on an English
report was never drawn by Reviewer, so it is a finding like any other text.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from pyhanko.pdf_utils import generic

from reviewer.report.wording import Language
from reviewer.signing.verification.graph import GraphComparison
from reviewer.signing.verification.result import Finding, Problem, SignatureCheck

_WRAPPER = re.compile(rb"q q /BackgroundGS gs 1 0 0 1 0 0 cm /(?P<name>[A-Za-z0-9]+) Do Q Q")


def _stamp_page(
    check: SignatureCheck,
    moment: datetime,
    size: tuple[float, float],
    signer_role: str,
    language: Language,
) -> Any:
    """Render the stamp Reviewer would draw and return its page, read back with pyHanko."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    from reviewer.signing.stamp import render_stamp

    stamp = render_stamp(
        check.field,
        check.signer,
        check.organisation,
        moment,
        "timestamp authority" if check.timestamp_time is not None else None,
        size,
        signer_role=signer_role,
        language=language,
    )
    reader = PdfFileReader(io.BytesIO(stamp), strict=False)
    return reader, reader.root["/Pages"]["/Kids"][0].get_object()


def _drawn(inner: Any, resolve: Any, reader: Any, page: Any) -> bool:
    """Tell whether an imported stamp XObject is exactly the page Reviewer renders."""
    contents = page["/Contents"]
    data = contents.data if isinstance(contents, generic.StreamObject) else b""
    if inner.data != data:
        return False
    comparison = GraphComparison(reader.get_object, resolve)
    return (
        comparison.first_difference(
            [(page.raw_get("/Resources"), inner.raw_get("/Resources"), "/Resources")]
        )
        is None
    )


def check_appearance(
    reader: Any, check: SignatureCheck, size: tuple[float, float], language: Language
) -> list[Finding]:
    """Compare a signature field's appearance with the stamp Reviewer draws for it.

    ``language`` is the report's, as its decision.json says; the English stamp is always
    accepted too.
    """
    wrong = [
        Finding(
            Problem.NOT_AS_PRODUCED,
            f"{check.field}: the visible signature stamp is not the one Reviewer draws for "
            f"{check.signer} at the signing time",
        )
    ]
    form = reader.root["/AcroForm"]
    field = next(
        (f.get_object() for f in form["/Fields"] if str(f.get_object().get("/T")) == check.field),
        None,
    )
    if field is None or "/AP" not in field or check.claimed_time is None:
        return wrong
    outer = field["/AP"]["/N"]
    if not isinstance(outer, generic.StreamObject):
        return wrong
    match = _WRAPPER.fullmatch(outer.data.strip())
    resources = outer["/Resources"] if "/Resources" in outer else None  # noqa: SIM401
    if match is None or resources is None:
        return wrong
    xobjects = resources["/XObject"] if "/XObject" in resources else {}  # noqa: SIM401
    if set(resources.keys()) - {"/XObject", "/ExtGState"} or list(xobjects.keys()) != [
        "/" + match["name"].decode()
    ]:
        return wrong
    inner = xobjects["/" + match["name"].decode()]
    minute = check.claimed_time.astimezone(UTC).replace(second=0, microsecond=0)
    # The stamp is drawn just before pyHanko takes its signing time: the same or the previous
    # minute.
    # Stamps drawn before they carried the signer's role show the organisation alone, and
    # stamps drawn before they spoke the report's language are in English.
    for stamp_in in dict.fromkeys((language, "en")):
        for moment in (minute, minute - timedelta(minutes=1)):
            for signer_role in dict.fromkeys((check.role, "")):
                stamp_reader, page = _stamp_page(check, moment, size, signer_role, stamp_in)
                if _drawn(inner, reader.get_object, stamp_reader, page):
                    return []
    return wrong
