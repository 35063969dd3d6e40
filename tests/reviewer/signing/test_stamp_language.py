"""The visible signature stamps speak the report's language, and verify holds them to it.

A French report is stamped in French when signed and when countersigned. Verify accepts, each
exactly, the stamp in the report's language and the English stamp every report carried before;
a French stamp on an English report, a stamp mixing both, or doctored words are findings.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509
from reportlab.pdfbase.pdfmetrics import stringWidth

from reviewer import library
from reviewer.cli import main
from reviewer.report import SIGNATURE_BOXES, render_report
from reviewer.report.fonts import SANS, SANS_BOLD, register_fonts
from reviewer.report.model import ReportInput
from reviewer.report.wording import LANGUAGES, Language, wording
from reviewer.signing import sign as sign_module
from reviewer.signing.countersign import countersign_verified
from reviewer.signing.decision_pdf import make_signed_report
from reviewer.signing.identity import Identity, load_identity
from reviewer.signing.prepare import prepare_for_signing
from reviewer.signing.stamp import render_stamp, stamp_title
from reviewer.signing.verify import Problem, Verification, verify_report
from tests.helpers import forgery
from tests.helpers.pdf import pdfsig, pdftotext
from tests.helpers.reports import report_input
from tests.helpers.signing import ThrowawayIdentity, make_resources

ENGLISH_LINES = (
    "Reviewed and certified",
    "Countersigned: concurs with this decision",
    "Signed by",
    "Signing time:",
    "No timestamp: the time is the signer's own claim",
    "Check this signature in your PDF reader's signature panel.",
)
FRENCH_LINES = (
    "Examiné et certifié",
    "Contresigné : souscrit à cette décision",
    "Signé par Zoé Reviewer",
    "Signé par Bob Approver",
    "Date de signature :",
    "Sans horodatage : l'heure est déclarée par le signataire",
    "À vérifier dans le panneau des signatures du lecteur PDF.",
)
WRONG_STAMP = "the visible signature stamp is not the one Reviewer draws"


@dataclass(frozen=True)
class People:
    """The session's reviewer and approver, loaded, and their certificates as roots."""

    reviewer: Identity
    approver: Identity
    roots: list[x509.Certificate]


@pytest.fixture(scope="module")
def people(
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    roots: list[x509.Certificate],
) -> People:
    """Load both session identities."""
    return People(
        load_identity(reviewer_identity.p12, reviewer_identity.passphrase),
        load_identity(approver_identity.p12, approver_identity.passphrase),
        roots,
    )


def _in(language: Language) -> ReportInput:
    return report_input().model_copy(update={"language": language})


def _stamps_forced(language: Language) -> pytest.MonkeyPatch:
    """Draw every stamp in one language whatever the report says, as older versions did."""
    patch = pytest.MonkeyPatch()
    patch.setattr(sign_module, "stamp_language", lambda data: language)
    return patch


@pytest.fixture(scope="module")
def french_signed(session_home: Path, people: People) -> bytes:
    """Return a French report certified by the reviewer with this version."""
    return make_signed_report(_in("fr"), people.reviewer)


@pytest.fixture(scope="module")
def french_countersigned(french_signed: bytes, people: People) -> bytes:
    """Return the French report countersigned through the checked path, as received."""
    return countersign_verified(french_signed, people.approver, "signed.pdf", roots=people.roots)


@pytest.fixture(scope="module")
def french_signed_before(session_home: Path, people: People) -> bytes:
    """Return a French report certified as before this change: with the English stamp."""
    patch = _stamps_forced("en")
    try:
        return make_signed_report(_in("fr"), people.reviewer)
    finally:
        patch.undo()


def _page_one(tmp_path: Path, data: bytes, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return pdftotext(path).split("\f")[0]


def _stamp_finding(result: Verification, field: str) -> bool:
    return any(
        f.problem is Problem.NOT_AS_PRODUCED and f.text.startswith(f"{field}: {WRONG_STAMP}")
        for f in result.findings
    )


def test_a_french_report_is_stamped_in_french_when_signed_and_countersigned(
    tmp_path: Path, french_countersigned: bytes, people: People
) -> None:
    page = _page_one(tmp_path, french_countersigned, "fr.pdf")
    for line in FRENCH_LINES:
        assert line in page, line
    assert page.count("Sans horodatage : l'heure est déclarée par le signataire") == 2
    assert page.count("À vérifier dans le panneau des signatures du lecteur PDF.") == 2
    for line in ENGLISH_LINES:
        assert line not in page, line
    assert pdfsig(tmp_path / "fr.pdf").count("Signature is Valid") == 2
    result = verify_report(french_countersigned, people.roots, "fr.pdf")
    assert result.passed, result.reasons
    assert result.countersigned


@pytest.fixture
def shipped_test_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Serve the test questionnaire and pack as the shipped content, so verify re-scores."""
    monkeypatch.setenv("REVIEWER_RESOURCES", str(make_resources(tmp_path / "resources")))
    library.default_questionnaire.cache_clear()
    library._default_packs.cache_clear()
    yield
    library.default_questionnaire.cache_clear()
    library._default_packs.cache_clear()


def test_the_french_countersignature_stamp_says_concurs_never_approved(tmp_path: Path) -> None:
    x1, y1, x2, y2 = SIGNATURE_BOXES["Approver"]
    size = (round(x2) - round(x1), round(y2) - round(y1))
    stamp = tmp_path / "stamp.pdf"
    stamp.write_bytes(
        render_stamp("Approver", "Bob", "Société", datetime.now(UTC), None, size, language="fr")
    )
    text = pdftotext(stamp)
    assert "Contresigné : souscrit à cette décision" in text
    assert "pprouv" not in text


def test_reviewer_verify_passes_a_french_report_with_french_stamps(
    tmp_path: Path,
    shipped_test_pack: None,
    french_countersigned: bytes,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "fr.pdf"
    path.write_bytes(french_countersigned)
    trust = ["--trust", str(reviewer_identity.cert), "--trust", str(approver_identity.cert)]
    assert main(["verify", str(path), *trust]) == 0
    out = capsys.readouterr().out
    assert "Result: VALID, COUNTERSIGNED" in out


def test_an_english_report_keeps_its_english_stamps(
    tmp_path: Path, countersigned_pdf: bytes
) -> None:
    page = _page_one(tmp_path, countersigned_pdf, "en.pdf")
    for line in ENGLISH_LINES:
        assert line in page, line
    for line in FRENCH_LINES:
        assert line not in page, line


# Drawn by the stamp before it had a language (main at 25f3555): the English drawing is frozen,
# because verify draws it again for every report signed since.
_ENGLISH_STAMP_SHA256 = {
    ("Reviewer", ""): "b07167f3e2f1a253e97a99fae1fc904612fcdfa90f018602d6a4a18272ecaabc",
    ("Reviewer", "Chief risk officer"): (
        "49f0fc68f68e4362af18ba0e5cf5419fd4bb7499b9737da63946a68562afd05e"
    ),
    ("Approver", ""): "07f2d1249b95bfd86952af39cb15b948d5da2670f3b8fe04e5ae9d7e8c07b9c3",
    ("Approver", "Chief risk officer"): (
        "c36d1757ea283fdb8375e40c01874f855d8c4654873c8b089c3f19c3497a82f8"
    ),
}


@pytest.mark.parametrize(("field", "signer_role"), sorted(_ENGLISH_STAMP_SHA256))
def test_the_english_stamp_is_drawn_byte_for_byte_as_before(field: str, signer_role: str) -> None:
    x1, y1, x2, y2 = SIGNATURE_BOXES[field]
    size = (round(x2) - round(x1), round(y2) - round(y1))
    signer, tsa = ("Zoé Reviewer", None) if field == "Reviewer" else ("Bob Approver", "tsa")
    moment = datetime(2026, 3, 14, 9, 27, tzinfo=UTC)
    drawn = render_stamp(
        field, signer, "Société de Test", moment, tsa, size, signer_role=signer_role
    )
    assert hashlib.sha256(drawn).hexdigest() == _ENGLISH_STAMP_SHA256[field, signer_role]
    assert (
        render_stamp(
            field,
            signer,
            "Société de Test",
            moment,
            tsa,
            size,
            signer_role=signer_role,
            language="fr",
        )
        != drawn
    )


def test_a_french_report_stamped_in_english_before_still_verifies(
    tmp_path: Path, french_signed_before: bytes, people: People
) -> None:
    page = _page_one(tmp_path, french_signed_before, "before.pdf")
    assert "Reviewed and certified" in page and "Examiné et certifié" not in page
    result = verify_report(french_signed_before, people.roots, "before.pdf")
    assert result.passed, result.reasons
    # Countersigned now, its approver stamp is French beside the old English one: both verify.
    both = countersign_verified(
        french_signed_before, people.approver, "before.pdf", roots=people.roots
    )
    page = _page_one(tmp_path, both, "both.pdf")
    assert "Reviewed and certified" in page
    assert "Contresigné : souscrit à cette décision" in page
    assert pdfsig(tmp_path / "both.pdf").count("Signature is Valid") == 2
    result = verify_report(both, people.roots, "both.pdf")
    assert result.passed, result.reasons


def test_a_french_stamp_on_an_english_report_is_refused(session_home: Path, people: People) -> None:
    """No version of Reviewer drew one: only the report's language and English are accepted."""
    patch = _stamps_forced("fr")
    try:
        signed = make_signed_report(_in("en"), people.reviewer)
    finally:
        patch.undo()
    result = verify_report(signed, people.roots, "fr-on-en.pdf")
    assert not result.passed
    assert _stamp_finding(result, "Reviewer")


def test_a_countersignature_stamped_in_french_on_an_english_report_is_refused(
    signed_pdf: bytes, people: People
) -> None:
    patch = _stamps_forced("fr")
    try:
        both = sign_module.sign_approver_field(signed_pdf, people.approver)
    finally:
        patch.undo()
    result = verify_report(both, people.roots, "both.pdf")
    assert _stamp_finding(result, "Approver")
    assert not _stamp_finding(result, "Reviewer")


@pytest.mark.parametrize(
    ("title", "signer_line"),
    [
        ("Approuvé (contresignature)", None),  # French words Reviewer never draws
        ("Countersigned: concurs with this decision", None),  # English title, French lines
        (None, "Signé par Zoé Reviewer"),  # another signer's name in a French stamp
    ],
)
def test_a_doctored_french_countersignature_stamp_fails(
    french_signed: bytes, people: People, title: str | None, signer_line: str | None
) -> None:
    forged = forgery.sign_with_own_stamp(
        french_signed, "Approver", people.approver, signer_line, title or ""
    )
    result = verify_report(forged, people.roots, "forged.pdf")
    assert not result.passed
    assert _stamp_finding(result, "Approver")


def test_a_doctored_french_reviewer_stamp_fails(people: People) -> None:
    prepared = forgery.prepared_only(_in("fr"))
    forged = forgery.sign_with_own_stamp(
        prepared, "Reviewer", people.reviewer, "Décision : APPROUVÉ"
    )
    result = verify_report(forged, people.roots, "forged.pdf")
    assert _stamp_finding(result, "Reviewer")


def test_signing_reads_the_language_from_decision_json_and_falls_back_to_english() -> None:
    report = _in("fr")
    moment = report.decision.decided_at
    prepared = prepare_for_signing(render_report(report), report.payload_bytes(), moment, ())
    assert sign_module.stamp_language(prepared) == "fr"
    english = _in("en")
    assert (
        sign_module.stamp_language(
            prepare_for_signing(render_report(english), english.payload_bytes(), moment, ())
        )
        == "en"
    )
    # No decision.json, an unreadable one, or no PDF at all: the English stamp.
    assert sign_module.stamp_language(render_report(report)) == "en"
    garbled = forgery.prepare_like_reviewer(render_report(report), b'{"language": "fr"', moment)
    assert sign_module.stamp_language(garbled) == "en"
    assert sign_module.stamp_language(b"not a pdf") == "en"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_titles_fit_their_box_without_an_ellipsis(language: Language) -> None:
    register_fonts()
    x1, _y1, x2, _y2 = SIGNATURE_BOXES["Approver"]
    inner = round(x2) - round(x1) - 16
    for field in SIGNATURE_BOXES:
        assert stringWidth(stamp_title(field, language), SANS_BOLD, 8) <= inner
    words = wording(language)
    for key in ("stamp.timestamped", "stamp.no_timestamp"):
        assert stringWidth(words(key), SANS, 7.5) <= inner, key
    when = "2026-11-30 14:05 UTC"
    assert stringWidth(words("stamp.signed_at", when=when), SANS, 7.5) <= inner


def test_the_french_check_line_fits_inside_the_box() -> None:
    """The line is never shortened; the English one has always run a point past the margin."""
    register_fonts()
    x1, _y1, x2, _y2 = SIGNATURE_BOXES["Reviewer"]
    inner = round(x2) - round(x1) - 16
    assert stringWidth(wording("fr")("stamp.check"), SANS, 7.5) <= inner
