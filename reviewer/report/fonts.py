"""The DejaVu fonts shipped in resources/fonts, registered once with reportlab."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from reviewer.errors import ReviewerError
from reviewer.resources import fonts_dir

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_OBLIQUE = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_OBLIQUE: "DejaVuSans-Oblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}


@cache
def register_fonts() -> None:
    """Register the DejaVu faces and map bold/italic markup onto them."""
    folder = fonts_dir()
    for name, file_name in _FILES.items():
        path = folder / file_name
        if not path.is_file():
            raise ReviewerError(
                f"{path}: font file missing; the installation is incomplete (reinstall Reviewer)"
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_OBLIQUE)
    addMapping(SANS, 1, 1, SANS_BOLD)
