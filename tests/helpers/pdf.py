"""Reading PDFs back in tests with Poppler's command-line tools."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdftotext(path: Path) -> str:
    """Return the text Poppler extracts from a PDF."""
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def pdfsig(path: Path) -> str:
    """Return Poppler's independent signature report (pdfsig exits non-zero on bad files)."""
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, check=False)
    return done.stdout.decode("utf-8") + done.stderr.decode("utf-8")


def embedded_payload(data: bytes) -> bytes:
    """Return the decision.json embedded in a signed report, as a PDF viewer would see it."""
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    files = reader.attachments
    [payload] = files["decision.json"]
    return bytes(payload)
