"""Render the app icon SVG to the usual PNG sizes for Linux icon themes."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, out_dir: Path) -> list[Path]:
    """Write reviewer-SIZE.png for every size and return the paths."""
    renderer = QSvgRenderer(str(svg))
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"reviewer-{size}.png"
        image.save(str(path))
        written.append(path)
    return written


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    root = Path(__file__).resolve().parents[2]
    for written in render(root / "resources/icons/reviewer.svg", root / "packaging/linux/icons"):
        print(written)
