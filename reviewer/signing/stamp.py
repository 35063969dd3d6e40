"""The visible signature appearance, drawn with reportlab so any name renders correctly.

The stamp speaks the report's language; its words live with the report's own (``stamp.*`` in
`reviewer.report.wording`). Verification draws it again, so each language's drawing is frozen.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from reportlab.pdfgen.canvas import Canvas

from reviewer.report.fonts import SANS, SANS_BOLD, register_fonts
from reviewer.report.styles import INK, MUTED, RULE, SHADE
from reviewer.report.wording import Language, wording

# The Approver concurs with the officer's decision, whatever it is: "Approved" would misstate
# a rejection.
TITLE_KEYS = {"Reviewer": "stamp.reviewer", "Approver": "stamp.approver"}


def stamp_title(role: str, language: Language) -> str:
    """Return the stamp's title for a signature field; an unknown field is its own title."""
    key = TITLE_KEYS.get(role)
    return wording(language)(key) if key is not None else role


def _fit(canvas: Canvas, value: str, font: str, size: float, width: float) -> str:
    """Shorten text with an ellipsis until it fits the width."""
    value = " ".join(value.split())
    while value and canvas.stringWidth(value, font, size) > width:
        value = value[:-2] + "…"
    return value


def _title_size(canvas: Canvas, value: str, width: float) -> float:
    """Return the largest title size, from 10 pt down to 8 pt, at which the title fits."""
    size = 10.0
    while size > 8.0 and canvas.stringWidth(value, SANS_BOLD, size) > width:
        size -= 0.5
    return size


def render_stamp(
    role: str,
    signer: str,
    organisation: str,
    signed_at: datetime,
    timestamp_url: str | None,
    size: tuple[float, float],
    *,
    signer_role: str = "",
    language: Language = "en",
) -> bytes:
    """Render a one-page PDF the size of the signature box, for pyHanko's static stamp.

    ``role`` is the signature field; ``signer_role`` the signer's role (title), shown after
    the organisation as everywhere: "Organisation (role)". ``language`` is the report's; every
    stamp drawn before stamps had a language is the English one.
    """
    words = wording(language)
    register_fonts()
    width, height = size
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
    canvas.setFillColor(SHADE)
    canvas.setStrokeColor(RULE)
    canvas.rect(0.5, 0.5, width - 1, height - 1, fill=1, stroke=1)
    inner = width - 16
    canvas.setFillColor(INK)
    title = stamp_title(role, language)
    title_size = _title_size(canvas, title, inner)
    canvas.setFont(SANS_BOLD, title_size)
    canvas.drawString(8, height - 18, _fit(canvas, title, SANS_BOLD, title_size, inner))
    canvas.setFont(SANS, 9)
    signed_by = words("stamp.signed_by", signer=signer)
    canvas.drawString(8, height - 34, _fit(canvas, signed_by, SANS, 9, inner))
    where = f"{organisation} ({signer_role})" if organisation and signer_role else organisation
    canvas.drawString(8, height - 47, _fit(canvas, where or signer_role, SANS, 9, inner))
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 7.5)
    when = signed_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    canvas.drawString(8, height - 64, words("stamp.signed_at", when=when))
    # No URL: verification draws the stamp again, and a signature does not record the URL.
    note = words("stamp.timestamped" if timestamp_url else "stamp.no_timestamp")
    canvas.drawString(8, height - 76, _fit(canvas, note, SANS, 7.5, inner))
    # Never shortened: the English line has always run a point past the inner width.
    canvas.drawString(8, 8, words("stamp.check"))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
