"""Holding decision.json to what Reviewer produces: its pages, its prepared file, its files."""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field
from typing import Any

from pyhanko.pdf_utils import generic

from reviewer.errors import ReviewerError
from reviewer.report.document import SignaturePlacement
from reviewer.report.model import PAYLOAD_NAME, ReportInput, parse_payload
from reviewer.report.wording import Language
from reviewer.signing.verification.graph import GraphComparison
from reviewer.signing.verification.result import Finding, PayloadCheck, Problem

EVIDENCE_NAME = re.compile(r"evidence/(?P<index>[0-9]+)-(?P<name>.+)")


def renderable_layouts() -> frozenset[str]:
    """Return the report layouts this version can render again, byte for byte."""
    from reviewer.report import LAYOUTS

    return LAYOUTS


@dataclass
class EmbeddedFiles:
    """The files a report carries, by the name the document gives them."""

    files: list[tuple[str, Any, bytes]] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)

    def payload(self) -> bytes | None:
        """Return decision.json's bytes, if the report carries it exactly once."""
        found = [data for name, _spec, data in self.files if name == PAYLOAD_NAME]
        return found[0] if len(found) == 1 else None


def read_embedded_files(reader: Any) -> EmbeddedFiles:
    """List the embedded files as a viewer sees them: the flat name tree Reviewer writes."""
    result = EmbeddedFiles()
    names_dict = _get(reader.root, "/Names")
    if names_dict is None:
        return result
    extra = sorted(set(names_dict.keys()) - {"/EmbeddedFiles"})
    if extra:
        result.problems.append(
            Finding(
                Problem.EMBEDDED_FILES,
                f"the document's name dictionary carries {', '.join(extra)}; Reviewer writes "
                "embedded files only",
            )
        )
    tree = _get(names_dict, "/EmbeddedFiles")
    if tree is None:
        return result
    if "/Kids" in tree or "/Names" not in tree:
        result.problems.append(
            Finding(
                Problem.EMBEDDED_FILES, "the embedded files are not stored as Reviewer stores them"
            )
        )
        return result
    names = tree["/Names"]
    for index in range(0, len(names) - 1, 2):
        name = str(names[index])
        spec = names[index + 1].get_object()
        shown = {str(spec.get(k)) for k in ("/F", "/UF") if k in spec}
        if shown - {name}:
            result.problems.append(
                Finding(
                    Problem.EMBEDDED_FILES,
                    f"the embedded file listed as {name!r} calls itself "
                    f"{', '.join(sorted(shown - {name}))}",
                )
            )
        data: bytes = spec["/EF"]["/F"].get_object().data
        result.files.append((name, spec, data))
    return result


def check_evidence(files: EmbeddedFiles, report: ReportInput) -> list[Finding]:
    """Accept decision.json once, and evidence files only when review.evidence lists their hash."""
    found = list(files.problems)
    listed = {e.sha256: e for e in report.review.evidence}
    payloads = 0
    for name, _spec, data in files.files:
        if name == PAYLOAD_NAME:
            payloads += 1
            continue
        match = EVIDENCE_NAME.fullmatch(name)
        digest = hashlib.sha256(data).hexdigest()
        entry = listed.get(digest)
        if match is None or entry is None or entry.name != match["name"]:
            found.append(
                Finding(
                    Problem.EMBEDDED_FILES,
                    f"the embedded file {name!r} (sha256 {digest[:16]}…) is not one of the "
                    "review's evidence files listed in decision.json",
                )
            )
    if payloads > 1:
        found.append(
            Finding(Problem.EMBEDDED_FILES, f"{PAYLOAD_NAME} is embedded {payloads} times")
        )
    return found


def parse_embedded(payload: bytes | None) -> tuple[ReportInput | None, list[Finding]]:
    """Read decision.json, which must be exactly the canonical JSON Reviewer writes."""
    if payload is None:
        return None, [Finding(Problem.PAYLOAD_MISSING, f"{PAYLOAD_NAME} is missing from the file")]
    try:
        report = parse_payload(payload)
    except ReviewerError as exc:
        return None, [Finding(Problem.PAYLOAD_UNREADABLE, f"{PAYLOAD_NAME} is unreadable: {exc}")]
    if report.payload_bytes() != payload:
        return report, [
            Finding(
                Problem.NOT_AS_PRODUCED,
                f"{PAYLOAD_NAME} is not written the way Reviewer writes it (same data, other "
                "bytes: spacing, key order or repeated keys)",
            )
        ]
    return report, []


def stamp_language(report: ReportInput | None) -> Language:
    """Return the language a report's stamps speak: its own, or English if it cannot be read."""
    return report.language if report is not None else "en"


def embedded_report(reader: Any) -> ReportInput | None:
    """Read decision.json as verification does; None when the file carries none readable."""
    report, _findings = parse_embedded(read_embedded_files(reader).payload())
    return report


def check_pages(
    data: bytes, rendered_end: int, report: ReportInput, accept_unverifiable_layout: bool
) -> tuple[PayloadCheck, list[Finding]]:
    """Render the pages again from decision.json and compare them with the first revision."""
    from reviewer.report import render_report

    layout = report.layout
    if layout not in renderable_layouts():
        text = f"layout {layout} cannot be rendered again by this version"
        if accept_unverifiable_layout:
            note = f"{text}; accepted without comparing the pages (--accept-unverifiable-layout)"
            return PayloadCheck(report, None, note), []
        return PayloadCheck(report, False, text), [Finding(Problem.LAYOUT_UNVERIFIABLE, text)]
    rendered = render_report(report)
    if rendered_end != len(rendered) or data[: len(rendered)] != rendered:
        text = f"{PAYLOAD_NAME} does not match the visible report (it was changed)"
        return PayloadCheck(report, False, text), [Finding(Problem.VISIBLE_MISMATCH, text)]
    note = f"the visible report is exactly what layout {layout} renders from it"
    return PayloadCheck(report, True, note), []


def check_prepared(
    rendered: bytes, payload: bytes, report: ReportInput, reader: Any, prepared_revision: int
) -> list[Finding]:
    """Compare the prepared revision with the one Reviewer makes from the first revision and JSON.

    The embedded files are left to `check_evidence`, which accepts evidence by hash.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader

    from reviewer.signing.prepare import prepare_for_signing

    actual = reader.get_historical_resolver(prepared_revision)
    # A layout this version no longer renders: take the fields' places from the file itself,
    # so everything else in the prepared revision is still held to what Reviewer writes.
    placement = None if report.layout in renderable_layouts() else placement_in(actual)
    expected = PdfFileReader(
        io.BytesIO(
            prepare_for_signing(rendered, payload, report.decision.decided_at, placement=placement)
        ),
        strict=False,
    )

    def allowed(path: str, new: generic.DictionaryObject) -> frozenset[str]:
        if path == "/Info":
            return frozenset({"/ModDate"})
        if path == "/Root":
            return frozenset({"/Names", "/AF"})
        return frozenset()

    comparison = GraphComparison(expected.get_object, actual.get_object, allowed)
    difference = comparison.trailers(expected.trailer, actual.trailer_view)
    found = []
    if difference is not None:
        found.append(
            Finding(
                Problem.NOT_AS_PRODUCED,
                f"the prepared revision is not what Reviewer writes for this report: {difference}",
            )
        )
    found += _attached_as_listed(actual, reader)
    return found


def placement_in(resolver: Any) -> SignaturePlacement | None:
    """Return where a prepared file put its signature fields (page index and boxes), if readable."""
    try:
        root = resolver.get_object(resolver.trailer_view.raw_get("/Root").reference)
        pages = [kid.reference for kid in root["/Pages"]["/Kids"]]
        boxes: dict[str, tuple[float, float, float, float]] = {}
        page = 0
        for field_ref in root["/AcroForm"]["/Fields"]:
            field = field_ref.get_object()
            x1, y1, x2, y2 = (float(v) for v in field["/Rect"])
            boxes[str(field["/T"])] = (x1, y1, x2, y2)
            page = pages.index(field.raw_get("/P").reference)
    except (KeyError, ValueError, TypeError, AttributeError):
        return None
    return SignaturePlacement(page, boxes)


def _attached_as_listed(prepared: Any, reader: Any) -> list[Finding]:
    """Check /AF lists exactly the embedded files, so no file hides outside the name tree."""
    root = prepared.get_object(prepared.trailer_view.raw_get("/Root").reference)
    names_ref = root.raw_get("/Names") if "/Names" in root else None
    af = root.raw_get("/AF") if "/AF" in root else None
    if names_ref is None or af is None:
        return [Finding(Problem.EMBEDDED_FILES, f"{PAYLOAD_NAME} is not attached to the document")]
    tree = _resolved(prepared, _resolved(prepared, names_ref).raw_get("/EmbeddedFiles"))
    listed = _resolved(prepared, tree.raw_get("/Names")) if "/Names" in tree else None
    if listed is None:
        return [Finding(Problem.EMBEDDED_FILES, f"{PAYLOAD_NAME} is not attached to the document")]
    specs = {_ref_key(listed.raw_get(i)) for i in range(1, len(listed), 2)}
    attached = {_ref_key(item) for item in _resolved(prepared, af)}
    if specs != attached:
        return [
            Finding(
                Problem.EMBEDDED_FILES,
                "the document's associated files (/AF) are not exactly its embedded files",
            )
        ]
    return []


def _resolved(resolver: Any, value: Any) -> Any:
    """Resolve a reference in a historical revision."""
    if isinstance(value, generic.IndirectObject):
        return resolver.get_object(value.reference)
    return value


def _ref_key(value: Any) -> tuple[int, int] | None:
    """Return an indirect object's number, to compare references."""
    if isinstance(value, generic.IndirectObject):
        return (value.idnum, value.generation)
    return None


def _get(container: Any, key: str) -> Any:
    """Return a dictionary entry, resolved, or None."""
    # .get() would hand back an unresolved reference.
    return container[key] if key in container else None  # noqa: SIM401
