"""The shape of a signed report: its revisions, who signed which, and what each step changed.

Reviewer writes exactly four revisions: the rendered pages, the prepared file (decision.json and
two empty signature fields), the Reviewer's certification and the Approver's countersignature.
Anything else, or any change in a step beyond what that step writes, is a finding.
"""

from __future__ import annotations

from typing import Any

from pyhanko.pdf_utils import generic

from reviewer.signing.verification.graph import GraphComparison
from reviewer.signing.verification.result import Finding, Problem, SignatureCheck
from reviewer.signing.verification.signatures import signer_of_check

REVIEWER_FIELD = "Reviewer"
APPROVER_FIELD = "Approver"
RENDERED, PREPARED, CERTIFIED = 0, 1, 2
# What a save may always rewrite: when the file was saved.
_ALWAYS_ALLOWED = {"/Info": frozenset({"/ModDate"})}


def revision_ends(data: bytes, reader: Any) -> list[int]:
    """Return the offset just after each revision's %%EOF line, oldest first."""
    ends = []
    for revision in range(reader.xrefs.total_revisions):
        start = reader.xrefs.get_startxref_for_revision(revision)
        eof = data.find(b"%%EOF", start)
        end = len(data) if eof < 0 else eof + 5
        while end < len(data) and data[end : end + 1] in (b"\r", b"\n") and end - eof < 7:
            end += 1
        ends.append(end)
    return ends


def signed_end(embedded: Any) -> int:
    """Return the offset where a signature's signed byte range ends."""
    byte_range = [int(v) for v in embedded.sig_object.raw_get("/ByteRange")]
    return byte_range[2] + byte_range[3]


def _signature_allowance(field: str, certifying: bool) -> Any:
    """Allow a signing step to fill its own field, and a certification to add /Perms."""

    def allowed(path: str, new: generic.DictionaryObject) -> frozenset[str]:
        if path in _ALWAYS_ALLOWED:
            return _ALWAYS_ALLOWED[path]
        if path == "/Root" and certifying:
            return frozenset({"/Perms"})
        if path == "/Root/AcroForm":
            return frozenset({"/SigFlags"})
        if new.get("/FT") == "/Sig" and new.get("/T") == field:
            return frozenset({"/V", "/AP"})
        return frozenset()

    return allowed


def _is_metadata(difference: str) -> bool:
    """Tell whether a difference lies in /Info or the XMP metadata stream."""
    return difference.startswith(("/Info", "trailer")) or "/Metadata" in difference


def check_steps(reader: Any, checks: list[SignatureCheck]) -> list[Finding]:
    """Compare each revision after the prepared one with the one before it."""
    found: list[Finding] = []
    by_revision = {c.signed_revision: c for c in checks}
    for revision in range(PREPARED + 1, reader.xrefs.total_revisions):
        signed = by_revision.get(revision)
        allowed = (
            _signature_allowance(signed.field, signed.certifying)
            if signed is not None
            else _signature_allowance("", False)
        )
        old = reader.get_historical_resolver(revision - 1)
        new = reader.get_historical_resolver(revision)
        comparison = GraphComparison(old.get_object, new.get_object, allowed)
        difference = comparison.trailers(old.trailer_view, new.trailer_view)
        if difference is None:
            continue
        step = f"revision {revision + 1}"
        if signed is not None:
            step += f" (the {signed.field} signature)"
        if _is_metadata(difference):
            found.append(
                Finding(
                    Problem.METADATA_CHANGED,
                    f"the document metadata (/Info or XMP) was changed in {step}: {difference}",
                )
            )
        elif signed is not None and signed.field == REVIEWER_FIELD and revision == CERTIFIED:
            found.append(
                Finding(
                    Problem.NOT_AS_PRODUCED,
                    f"the certified revision changes more than the Reviewer signature field: "
                    f"{difference}",
                )
            )
        else:
            found.append(
                Finding(
                    Problem.CHANGED_AFTER_SIGNING,
                    f"{step} changes the document after certification beyond a "
                    f"countersignature: {difference}",
                )
            )
    return found


def check_revisions(
    data: bytes, reader: Any, embedded: list[Any], checks: list[SignatureCheck]
) -> list[Finding]:
    """Check who signed what, in which revision, with four eyes, and that no byte is unsigned."""
    found: list[Finding] = []
    by_field: dict[str, SignatureCheck] = {}
    for check in checks:
        if check.field not in (REVIEWER_FIELD, APPROVER_FIELD) or check.field in by_field:
            found.append(
                Finding(
                    Problem.UNEXPECTED_SIGNATURE,
                    f"a signature in field {check.field!r}: Reviewer reports carry one Reviewer "
                    "and one Approver signature only",
                )
            )
        by_field.setdefault(check.field, check)
    reviewer, approver = by_field.get(REVIEWER_FIELD), by_field.get(APPROVER_FIELD)
    if reviewer is None or not reviewer.certifying:
        found.append(
            Finding(
                Problem.NOT_CERTIFIED,
                "no Reviewer signature certifies this report; a report is certified by the "
                "officer who decided it before anyone countersigns it",
            )
        )
    elif reviewer.docmdp_level != "FILL_FORMS":
        found.append(
            Finding(
                Problem.NOT_AS_PRODUCED,
                f"the certification allows {reviewer.docmdp_level} after it; Reviewer certifies "
                "with form filling only (FILL_FORMS)",
            )
        )
    if reviewer is not None and reviewer.certifying and reviewer.signed_revision != CERTIFIED:
        found.append(
            Finding(
                Problem.REVISIONS,
                f"the certification is in revision {reviewer.signed_revision + 1}; Reviewer "
                f"certifies revision {CERTIFIED + 1}, so revisions were added before it",
            )
        )
    if approver is not None and reviewer is not None:
        shared = signer_of_check(approver).same_person_as(signer_of_check(reviewer))
        if shared:
            found.append(
                Finding(
                    Problem.FOUR_EYES,
                    f"four eyes: the Approver signature has the same {' and '.join(shared)} as "
                    "the Reviewer signature; a different person must countersign",
                )
            )
        if approver.signed_revision != reviewer.signed_revision + 1:
            found.append(
                Finding(
                    Problem.REVISIONS,
                    f"the countersignature is in revision {approver.signed_revision + 1}, not "
                    "right after the certification",
                )
            )
    found += _coverage(data, reader, embedded)
    return found


def _coverage(data: bytes, reader: Any, embedded: list[Any]) -> list[Finding]:
    """Check that the last signature covers the whole file and the last revision."""
    if not embedded:
        return []
    found = []
    total = reader.xrefs.total_revisions
    last = max(embedded, key=lambda e: int(e.signed_revision))
    later = total - 1 - int(last.signed_revision)
    if later > 0:
        found.append(
            Finding(
                Problem.REVISIONS,
                f"{later} revision(s) were added after the last signature "
                f"(the {last.field_name} signature); only the Approver signature may follow "
                "the certification",
            )
        )
    end = signed_end(last)
    ends = revision_ends(data, reader)
    if end < len(data):
        where = "after the end of the file's last revision (%%EOF)" if ends[-1] <= end else ""
        found.append(
            Finding(
                Problem.UNSIGNED_BYTES,
                f"{len(data) - end} byte(s) at the end of the file are covered by no signature"
                + (f", {where}" if where else ""),
            )
        )
    return found


def check_fields(reader: Any) -> list[Finding]:
    """Check the form holds exactly the two signature fields, and nothing else."""
    root = reader.root
    form = root["/AcroForm"] if "/AcroForm" in root else None  # noqa: SIM401 (resolves it)
    fields = form["/Fields"] if form is not None and "/Fields" in form else None
    found = []
    names = []
    for item in fields or []:
        field = item.get_object()
        names.append(str(field.get("/T")))
        if field.get("/FT") != "/Sig" or "/Kids" in field:
            found.append(
                Finding(
                    Problem.NOT_AS_PRODUCED,
                    f"the form has a field {field.get('/T')!s} that is not a signature field; "
                    "Reviewer reports have no other form fields",
                )
            )
    if sorted(names) != sorted([REVIEWER_FIELD, APPROVER_FIELD]):
        found.append(
            Finding(
                Problem.NOT_AS_PRODUCED,
                f"the form's fields are {', '.join(names) or 'none'}; Reviewer writes exactly "
                "Reviewer and Approver",
            )
        )
    for key in ("/XFA", "/NeedAppearances"):
        if form is not None and key in form:
            found.append(Finding(Problem.NOT_AS_PRODUCED, f"the form carries {key}"))
    return found
