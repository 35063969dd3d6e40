"""The one seam for modal dialogs: every message box and input prompt goes through here.

Tests patch these functions. In headless runs (--smoke, --screenshots) nothing may wait for a
person, so the functions write to stderr and return the safe answer instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

_headless = False


def set_headless(headless: bool) -> None:
    """Turn headless mode on or off: no dialog is shown while it is on."""
    global _headless
    _headless = headless


def is_headless() -> bool:
    """Tell whether dialogs are suppressed."""
    return _headless


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the person what went wrong and what to do about it."""
    if _headless:
        print(f"{title}: {message}", file=sys.stderr)
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the person how something they asked for turned out."""
    if _headless:
        print(f"{title}: {message}", file=sys.stderr)
        return
    box = QMessageBox(
        QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.exec()


def show_crash_report(parent: QWidget | None, report: Path) -> None:
    """Say that something unexpected happened and where its crash report was written."""
    message = QCoreApplication.translate(
        "dialogs",
        "Reviewer hit an unexpected problem. Your answers so far are kept in this window.\n\n"
        "A crash report was written to:\n{report}\n\n"
        "Please send that file to your support contact.",
    ).format(report=report)
    if _headless:
        print(f"Unexpected error; crash report written to {report}", file=sys.stderr)
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("dialogs", "Unexpected problem"),
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.exec()


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """Ask for one line of text; return None when cancelled."""
    if _headless:
        return None
    value, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if accepted else None


def open_file(
    parent: QWidget | None, title: str, name_filter: str, folder: str | Path = ""
) -> Path | None:
    """Ask for one existing file to open; return None when cancelled."""
    if _headless:
        return None
    path, _chosen = QFileDialog.getOpenFileName(
        parent, title, str(folder), name_filter, "", QFileDialog.Option.DontUseNativeDialog
    )
    return Path(path) if path else None


def ask_passphrase(parent: QWidget | None, title: str, label: str) -> str | None:
    """Ask for a passphrase in a masked field; return None when cancelled. Nothing is kept."""
    if _headless:
        return None
    value, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return value if accepted else None


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog or wizard modally; return True when it was accepted."""
    if _headless:
        return False
    return dialog.exec() == QDialog.DialogCode.Accepted


def save_file(
    parent: QWidget | None, title: str, name_filter: str, suggested: str | Path = ""
) -> Path | None:
    """Ask where to save a new file; return None when cancelled."""
    if _headless:
        return None
    path, _chosen = QFileDialog.getSaveFileName(
        parent, title, str(suggested), name_filter, "", QFileDialog.Option.DontUseNativeDialog
    )
    return Path(path) if path else None


def confirm(parent: QWidget | None, title: str, message: str, accept_label: str) -> bool:
    """Ask a yes-or-cancel question whose yes button says what happens; True when accepted."""
    if _headless:
        print(f"{title}: {message}", file=sys.stderr)
        return False
    box = QMessageBox(
        QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.Cancel, parent
    )
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(accept)
    box.exec()
    return box.clickedButton() is accept


def open_url(url: QUrl) -> bool:
    """Open a file or link with the desktop's own application; False when nothing opened it."""
    if _headless:
        return False
    return QDesktopServices.openUrl(url)
