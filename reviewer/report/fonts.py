"""The fonts shipped in resources/fonts, registered once with reportlab, with a fallback.

DejaVu sets the report. Characters it lacks fall back, glyph by glyph, to WenQuanYi Micro Hei
(Chinese, Japanese, Korean) and then Symbola (emoji and symbols, in black and white), so an
intake titled in Japanese or with an emoji prints real glyphs rather than empty boxes. The
fonts are shipped rather than looked up on the system so that the same input gives the same
bytes on every machine (Windows and macOS have no DejaVu, and no two Linux boxes agree).
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import TYPE_CHECKING

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from reviewer.errors import ReviewerError
from reviewer.resources import fonts_dir

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_OBLIQUE = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"
CJK = "WenQuanYiMicroHei"
SYMBOLS = "Symbola"

#: The fallback faces, tried in this order for a character the main face lacks.
FALLBACKS = (CJK, SYMBOLS)

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_OBLIQUE: "DejaVuSans-Oblique.ttf",
    MONO: "DejaVuSansMono.ttf",
    CJK: "wqy-microhei.ttc",
    SYMBOLS: "Symbola.ttf",
}


@cache
def register_fonts() -> None:
    """Register the DejaVu faces and map bold/italic markup onto them."""
    for name in (SANS, SANS_BOLD, SANS_OBLIQUE, MONO):
        _register(name)
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_OBLIQUE)
    addMapping(SANS, 1, 1, SANS_BOLD)


@cache
def register_fallbacks() -> None:
    """Register the fallback faces, on first need: parsing them costs about 0.2 s."""
    register_fonts()
    for name in FALLBACKS:
        _register(name)
        # No bold or italic faces: markup inside a fallback run keeps the one face.
        for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
            addMapping(name, bold, italic, name)


def _register(name: str) -> None:
    """Register one shipped face with reportlab, refusing an incomplete installation."""
    path = fonts_dir() / _FILES[name]
    if not path.is_file():
        raise ReviewerError(
            f"{path}: font file missing; the installation is incomplete (reinstall Reviewer)"
        )
    # A .ttc holds several faces; the first is the one wanted (Micro Hei, not Mono).
    pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))


@cache
def _coverage(name: str) -> frozenset[int]:
    """Return the code points a shipped face has glyphs for, registering it if need be."""
    if name in FALLBACKS:
        register_fallbacks()
    else:
        register_fonts()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def face_for(char: str) -> str | None:
    """Return the fallback face for a character DejaVu lacks, None when DejaVu has it.

    Returns "" for an invisible joiner or variation selector that no face draws: it is
    dropped rather than shown as a box.
    """
    point = ord(char)
    if point in _coverage(SANS):
        return None
    for fallback in FALLBACKS:
        if point in _coverage(fallback):
            return fallback
    if unicodedata.category(char) in ("Cf", "Mn"):
        return ""
    return None


def with_fallback(markup: str) -> str:
    """Wrap runs of characters DejaVu lacks in `<font name=...>` tags for Paragraph markup.

    Takes already escaped markup: tags and entities are ASCII, which DejaVu covers, so they
    pass through untouched.
    """
    if markup.isascii():
        return markup
    parts: list[str] = []
    run_face: str | None = None
    run: list[str] = []

    def close() -> None:
        if run_face:
            parts.append(f'<font name="{run_face}">{"".join(run)}</font>')
        else:
            parts.append("".join(run))
        run.clear()

    for char in markup:
        face = face_for(char)
        if face == "":
            continue
        if face != run_face:
            close()
            run_face = face
        run.append(char)
    close()
    return "".join(parts)


def fallback_runs(value: str) -> list[tuple[str | None, str]]:
    """Split plain text into runs, each with its fallback face or None for DejaVu."""
    runs: list[tuple[str | None, str]] = []
    for char in value:
        face = face_for(char)
        if face == "":
            continue
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + char)
        else:
            runs.append((face, char))
    return runs


def draw_string(canvas: Canvas, x: float, y: float, value: str, font: str, size: float) -> float:
    """Draw plain text on a canvas like drawString, with the fallback; return its width.

    For canvas text outside Paragraphs (running headers and footers), which takes no markup.
    """
    start = x
    for face, run in fallback_runs(value):
        name = face or font
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += canvas.stringWidth(run, name, size)
    canvas.setFont(font, size)
    return x - start
