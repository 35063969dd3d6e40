"""Settings, Identities: a role, a request to the organisation, and installing what comes back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reviewer.paths import identities_dir
from reviewer.service import identities
from reviewer.signing.authority import create_authority
from reviewer.signing.identity import load_identity
from reviewer.signing.trust import list_roots
from tests.ui.conftest import DialogCalls
from ui.settings.signing_tabs import IdentitiesTab

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot: QtBot) -> IdentitiesTab:
    view = IdentitiesTab("")
    qtbot.add_widget(view)
    view.resize(900, 700)
    view.show()
    return view


def _fill(
    tab: IdentitiesTab, email: str = "zoe@acme.example", secret: str = "officer pass"
) -> None:
    tab.name.setText("Zoé Martin")
    tab.email.setText(email)
    tab.organisation.setText("Acme SA")
    tab.role.setText("Approver")
    tab.passphrase.setText(secret)
    tab.repeat.setText(secret)


def test_request_then_install_the_issued_certificate(
    qtbot: QtBot, tab: IdentitiesTab, dialog_calls: DialogCalls, tmp_path: Path
) -> None:
    root = tmp_path / "root.p12"
    root.write_bytes(create_authority("Acme Root", "Acme SA", b"root secret")[0])
    _fill(tab)
    csr = tmp_path / "zoe.csr"
    dialog_calls.saves.append(csr)
    with qtbot.wait_signal(tab.requested, timeout=60_000):
        tab.request_button.click()
    assert tab.passphrase.text() == "" and tab.repeat.text() == ""
    assert str(csr) in tab.status.text()
    assert tab.model.rowCount() == 0  # nothing to sign with until the certificate comes back
    issued = identities.issue(root, "root secret", csr, tmp_path / "zoe.pem")
    dialog_calls.files.append(issued.path)
    dialog_calls.passphrases.append("not it")
    tab.import_button.click()
    [(title, message)] = dialog_calls.errors
    assert title == "Identity not imported" and "wrong passphrase" in message
    assert "computer where you made the request" in message
    dialog_calls.files.append(issued.path)
    dialog_calls.passphrases.append("officer pass")
    with qtbot.wait_signal(tab.created) as done:
        tab.import_button.click()
    installed = Path(done.args[0])
    assert installed == identities_dir() / "Zoe-Martin.p12"
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 1).data() == "Zoé Martin <zoe@acme.example>, Acme SA (Approver)"
    identity = load_identity(installed, b"officer pass")
    assert identity.certificate.issuer.rfc4514_string() == "O=Acme SA,CN=Acme Root"
    assert list_roots() == []  # installing never trusts a root behind the person's back


def test_the_tab_says_what_the_service_refuses(
    tab: IdentitiesTab, dialog_calls: DialogCalls, tmp_path: Path
) -> None:
    _fill(tab, email="zoe@localhost", secret="short")
    tab.create_button.click()
    [(title, message)] = dialog_calls.errors
    assert title == "Identity not created"
    assert message.splitlines() == [
        "Enter an email address such as name@example.org.",
        "Choose a passphrase of at least 8 characters.",
    ]
    assert tab.passphrase.text() == "short"  # nothing typed is lost on a refusal
    _fill(tab, email="zoe@localhost")
    dialog_calls.saves.append(tmp_path / "zoe.csr")
    tab.request_button.click()
    assert dialog_calls.errors[-1][0] == "Request not written"
    assert dialog_calls.saves == [tmp_path / "zoe.csr"]  # refused before asking where to save
    assert not list(identities_dir().rglob("*.*"))
