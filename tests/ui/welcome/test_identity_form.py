"""The identity wizard's checks and the identity it creates, without any widget."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from reviewer.errors import IdentityError
from reviewer.signing.identity import DetailIssue, DetailProblem, load_identity
from ui.welcome.identity_form import IdentityForm, detail_message, suggested_file_name


def _form(target: Path, **changes: str) -> IdentityForm:
    values = {
        "name": "Zoé Martin",
        "email": "zoe@example.org",
        "organisation": "Acme",
        "passphrase": "correct horse",
        "confirmation": "correct horse",
    }
    values.update(changes)
    return IdentityForm(target=target, **values)


def test_suggested_file_name_is_safe() -> None:
    assert suggested_file_name("Zoé Martin") == "Zoe-Martin.p12"
    assert suggested_file_name("  ") == "identity.p12"


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"name": " "}, "full name"),
        ({"email": "zoe"}, "email address"),
        ({"organisation": ""}, "organisation"),
        ({"passphrase": "short", "confirmation": "short"}, "at least 8"),
        ({"confirmation": "correct horse!"}, "differ"),
    ],
)
def test_each_problem_is_explained(tmp_path: Path, changes: dict[str, str], problem: str) -> None:
    problems = _form(tmp_path / "id.p12", **changes).problems()
    assert len(problems) == 1
    assert problem in problems[0]


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "id.p12"
    target.write_bytes(b"someone's identity")
    with pytest.raises(IdentityError, match="exists already"):
        _form(target).create()
    assert target.read_bytes() == b"someone's identity"


def test_create_writes_a_usable_owner_only_identity_and_forgets_the_passphrase(
    tmp_path: Path,
) -> None:
    form = _form(tmp_path / "ids" / "zoe.p12")
    created = form.create()
    assert created.identity == tmp_path / "ids" / "zoe.p12"
    assert created.certificate.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert stat.S_IMODE(created.identity.stat().st_mode) == 0o600
    assert form.passphrase == "" and form.confirmation == ""
    identity = load_identity(created.identity, b"correct horse")
    assert identity.name == "Zoé Martin"


@pytest.mark.parametrize("problem", list(DetailProblem))
def test_every_detail_problem_has_words_for_every_field(problem: DetailProblem) -> None:
    for field in ("name", "email", "organisation", "role"):
        message = detail_message(DetailIssue(field, problem, "x"))
        assert message and "{" not in message


def test_hidden_characters_are_refused_in_the_form(tmp_path: Path) -> None:
    problems = _form(tmp_path / "id.p12", name="Zoé \u202eevE").problems()
    assert problems == ["Type the name again as plain text: it holds hidden characters."]
