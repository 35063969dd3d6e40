"""The visible signature appearance, drawn with reportlab so any name renders correctly."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from reportlab.pdfgen.canvas import Canvas

from reviewer.report.fonts import SANS, SANS_BOLD, register_fonts
from reviewer.report.styles import INK, MUTED, RULE, SHADE

# The Approver concurs with the officer's decision, whatever it is: "Approved" would misstate
# a rejection.
ROLE_TITLES = {
    "Reviewer": "Reviewed and certified",
    "Approver": "Countersigned: concurs with this decision",
}


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
) -> bytes:
    """Render a one-page PDF the size of the signature box, for pyHanko's static stamp.

    ``role`` is the signature field; ``signer_role`` the signer's role (title), shown after
    the organisation as everywhere: "Organisation (role)".
    """
    register_fonts()
    width, height = size
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
    canvas.setFillColor(SHADE)
    canvas.setStrokeColor(RULE)
    canvas.rect(0.5, 0.5, width - 1, height - 1, fill=1, stroke=1)
    inner = width - 16
    canvas.setFillColor(INK)
    title = ROLE_TITLES.get(role, role)
    title_size = _title_size(canvas, title, inner)
    canvas.setFont(SANS_BOLD, title_size)
    canvas.drawString(8, height - 18, _fit(canvas, title, SANS_BOLD, title_size, inner))
    canvas.setFont(SANS, 9)
    canvas.drawString(8, height - 34, _fit(canvas, f"Signed by {signer}", SANS, 9, inner))
    where = f"{organisation} ({signer_role})" if organisation and signer_role else organisation
    canvas.drawString(8, height - 47, _fit(canvas, where or signer_role, SANS, 9, inner))
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 7.5)
    when = signed_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    canvas.drawString(8, height - 64, f"Signing time: {when}")
    # No URL: verification draws the stamp again, and a signature does not record the URL.
    note = (
        "Time confirmed by a timestamp authority"
        if timestamp_url
        else "No timestamp: the time is the signer's own claim"
    )
    canvas.drawString(8, height - 76, _fit(canvas, note, SANS, 7.5, inner))
    canvas.drawString(8, 8, "Check this signature in your PDF reader's signature panel.")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
