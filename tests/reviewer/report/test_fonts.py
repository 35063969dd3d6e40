"""The font fallback: CJK and emoji print as real glyphs from the shipped fallback faces."""

from __future__ import annotations

import subprocess
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reviewer.report import render_report
from reviewer.report.fonts import (
    CJK,
    SANS,
    SYMBOLS,
    draw_string,
    face_for,
    fallback_runs,
    register_fonts,
    with_fallback,
)
from tests.helpers.pdf import pdftotext
from tests.helpers.reports import report_input

CJK_TITLE = "東京都 監視カメラ 한국어 — 👩 review"


def _fonts(path: Path) -> str:
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def test_runs_dejavu_lacks_are_wrapped_in_the_fallback_face():
    assert with_fallback("Caméra &amp; 東京 ok 👩") == (
        f'Caméra &amp; <font name="{CJK}">東京</font> ok <font name="{SYMBOLS}">👩</font>'
    )
    assert with_fallback("plain <b>ascii</b>") == "plain <b>ascii</b>"
    assert face_for("é") is None
    assert face_for("한") == CJK


def test_a_cjk_title_renders_with_real_glyphs(tmp_path):
    base = report_input()
    data = base.model_copy(update={"review": base.review.model_copy(update={"title": CJK_TITLE})})
    path = tmp_path / "report.pdf"
    path.write_bytes(render_report(data))
    fonts = _fonts(path)
    # Embedded subsets of the fallback faces, which have the glyphs DejaVu lacks.
    assert f"+{CJK}-0 " in fonts  # the first face of the .ttc
    assert f"+{SYMBOLS} " in fonts
    assert "東京都 監視カメラ 한국어" in pdftotext(path)


def test_a_latin_report_embeds_no_fallback_face(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(render_report(report_input()))
    fonts = _fonts(path)
    assert CJK not in fonts
    assert SYMBOLS not in fonts


def test_canvas_text_draws_each_run_in_its_face(tmp_path):
    runs = [(None, "Review "), (CJK, "東京"), (None, " "), (SYMBOLS, "👩")]
    assert fallback_runs("Review 東京 👩") == runs
    register_fonts()
    path = tmp_path / "header.pdf"
    canvas = Canvas(str(path))
    width = draw_string(canvas, 10, 10, "Decision report: 東京都", SANS, 8)
    canvas.save()
    assert width > canvas.stringWidth("Decision report: ", SANS, 8)
    assert f"+{CJK}-0 " in _fonts(path)
    assert "Decision report: 東京都" in pdftotext(path)
