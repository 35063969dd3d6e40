"""The verification of a written or received report: a clear banner and the findings in words."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ui.theme import badge_style, finding_colours
from ui.verify.findings import decision_findings, findings_table, headline, signature_findings

if TYPE_CHECKING:
    from reviewer.signing.verify import Verification


class VerificationView(QWidget):
    """Shows whether a report verifies (colour and words), its signatures and its decision."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = QLabel(self)
        self.banner.setObjectName("verificationBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.setAccessibleName(self.tr("Verification details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.details, 1)
        self.passed: bool | None = None

    def clear(self) -> None:
        """Show nothing."""
        self.passed = None
        self.banner.hide()
        self.details.clear()

    def show_message(self, text: str) -> None:
        """Show a line of text instead of a result, such as "Checking…"."""
        self.passed = None
        self.banner.hide()
        self.details.setHtml(f"<p>{escape(text)}</p>")

    def show_result(self, path: Path, result: Verification) -> None:
        """Show the verification of one file."""
        text, passed = headline(result)
        self.passed = passed
        self.banner.setText(text)
        self.banner.setAccessibleName(text)
        # Amber while a valid report still awaits its countersignature.
        colour = passed if (not passed or result.countersigned) else None
        self.banner.setStyleSheet(badge_style(*finding_colours(colour), 6, "10px 14px"))
        self.banner.show()
        parts = [f"<p><b>{escape(str(path))}</b></p>"]
        if result.reasons:
            parts.append(
                "<ul>" + "".join(f"<li>{escape(r)}</li>" for r in result.reasons) + "</ul>"
            )
        if result.notes:
            parts.append("<ul>" + "".join(f"<li>{escape(n)}</li>" for n in result.notes) + "</ul>")
        total = len(result.signatures)
        for number, check in enumerate(result.signatures, 1):
            title = self.tr("Signature {number} of {total}").format(number=number, total=total)
            parts.append(findings_table(title, signature_findings(check)))
        if result.empty_fields:
            unsigned = self.tr("Fields not signed yet: {0}").format(", ".join(result.empty_fields))
            parts.append(f"<p>{escape(unsigned)}</p>")
        title = self.tr("Decision (from the decision.json inside the file)")
        parts.append(findings_table(title, decision_findings(result.payload, result.rescore)))
        self.details.setHtml("".join(parts))
