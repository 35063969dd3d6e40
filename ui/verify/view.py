"""The verification of a written or received report: a clear banner and the findings in words."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from reviewer.errors import ReviewerError
from ui import dialogs
from ui.theme import badge_style, finding_colours
from ui.verify.findings import decision_findings, findings_table, headline, signature_findings

if TYPE_CHECKING:
    from reviewer.signing.verify import Verification


class VerificationView(QWidget):
    """Shows whether a report verifies (colour and words), its signatures and its decision.

    Green is valid, red is broken, and amber is an intact report by a signer this computer does
    not trust yet; with `offer_trust`, amber comes with a button to trust that signer.

    Signals:
        signer_trusted(object): signers' certificates were added; carries their TrustedRoots.
    """

    signer_trusted = Signal(object)

    def __init__(self, parent: QWidget | None = None, offer_trust: bool = False) -> None:
        super().__init__(parent)
        self.offer_trust = offer_trust
        self.path: Path | None = None
        self.result: Verification | None = None
        self.banner = QLabel(self)
        self.banner.setObjectName("verificationBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.trust_signer_button = QPushButton(self.tr("Trust this signer…"), self)
        self.trust_signer_button.setObjectName("trustSigner")
        self.trust_signer_button.setAccessibleName(self.tr("Trust this signer"))
        self.trust_signer_button.setToolTip(
            self.tr(
                "Add the signer's certificate to this computer's trust store, after checking it"
            )
        )
        self.trust_signer_button.clicked.connect(self.trust_signers)
        self.trust_signer_button.hide()
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.setAccessibleName(self.tr("Verification details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.trust_signer_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details, 1)
        self.passed: bool | None = None

    def clear(self) -> None:
        """Show nothing."""
        self.passed = None
        self.banner.hide()
        self.trust_signer_button.hide()
        self.details.clear()

    def show_message(self, text: str) -> None:
        """Show a line of text instead of a result, such as "Checking…"."""
        self.passed = None
        self.banner.hide()
        self.trust_signer_button.hide()
        self.details.setHtml(f"<p>{escape(text)}</p>")

    def show_result(self, path: Path, result: Verification) -> None:
        """Show the verification of one file."""
        text, state = headline(result)
        self.path, self.result = path, result
        self.passed = bool(state)
        self.banner.setText(text)
        self.banner.setAccessibleName(text)
        # Amber while a valid report awaits its countersignature, or its signer is unknown here.
        colour = None if state is True and not result.countersigned else state
        self.banner.setStyleSheet(badge_style(*finding_colours(colour), 6, "10px 14px"))
        self.banner.show()
        self.trust_signer_button.setVisible(self.offer_trust and result.intact_but_untrusted)
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

    def trust_signers(self) -> None:
        """Show each untrusted signer's certificate and fingerprint; trust the ones confirmed."""
        if self.path is None or self.result is None:
            return
        trusted = []
        for check in self.result.signatures:
            if check.trusted:
                continue
            root = self._trust_one(self.path, check.field)
            if root is None:
                break
            trusted.append(root)
        if trusted:
            self.trust_signer_button.hide()
            self.signer_trusted.emit(trusted)

    def _trust_one(self, path: Path, field: str) -> object | None:
        """Ask about one signer and trust it; None when declined or impossible."""
        from reviewer.service import identities
        from reviewer.signing.identity import describe_certificate

        try:
            certificate = identities.read_signer(path, field)
        except ReviewerError as exc:
            dialogs.show_error(self, self.tr("Signer not trusted"), exc.message)
            return None
        question = self.tr(
            "Trust the certificate that signed {field}?\n\n{person}\nIssued by: {issuer}"
            "\nSHA-256 fingerprint:\n{fingerprint}\n\nAnyone can make a certificate with"
            " any name: compare the fingerprint with the signer (by phone or in person)"
            " first."
        ).format(
            field=field,
            person=describe_certificate(certificate),
            issuer=certificate.issuer.rfc4514_string(),
            fingerprint=identities.fingerprint(certificate),
        )
        if not dialogs.confirm(
            self, self.tr("Trust this signer?"), question, self.tr("Trust this signer")
        ):
            return None
        try:
            return identities.trust_signer(path, field)
        except ReviewerError as exc:
            dialogs.show_error(self, self.tr("Signer not trusted"), exc.message)
            return None
