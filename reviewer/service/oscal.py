"""OSCAL exports: a review as Assessment Results, the current policy packs as Catalogs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reviewer.errors import OutputFileError
from reviewer.service.archive import ReportArchive, sha256_of
from reviewer.signing.files import check_writable, write_atomically


@dataclass(frozen=True)
class OscalExport:
    """An OSCAL file written: where, its hash, what it holds."""

    path: Path
    sha256: str
    title: str
    findings: int = 0


def _encode(document: dict[str, object]) -> bytes:
    """Encode an OSCAL document as readable UTF-8 JSON."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class ReviewOscal(ReportArchive):
    """Write reviews and policy packs as OSCAL for GRC tools."""

    def export_oscal(self, review_ref: str, out: Path) -> OscalExport:
        """Write a review's current revision as OSCAL Assessment Results; record the export."""
        from reviewer.oscal import assessment_results

        check_writable(out)
        detail = self.get_review(review_ref)
        questionnaire = self.pinned_questionnaire(review_ref)
        document = assessment_results(detail, questionnaire, datetime.now(UTC))
        data = _encode({"assessment-results": document["assessment-results"]})
        write_atomically(out, data, mode=0o600)
        digest = sha256_of(data)
        self.record_export(detail.summary.reference, digest, out.name, "oscal")
        findings = document["assessment-results"]["results"][0].get("findings", [])
        return OscalExport(out, digest, detail.summary.reference, len(findings))

    def export_policy_catalogs(self, folder: Path) -> list[OscalExport]:
        """Write each current policy pack as an OSCAL Catalog, `<pack>-<version>.json`."""
        from reviewer.oscal import catalog

        if folder.exists() and not folder.is_dir():
            raise OutputFileError(f"{folder}: not a folder; give a folder for the catalogs")
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for pack in self.packs:
            out = folder / f"{pack.id}-{pack.version}.json"
            check_writable(out)
            data = _encode(catalog(pack))
            write_atomically(out, data, mode=0o644)
            written.append(OscalExport(out, sha256_of(data), f"{pack.id} {pack.version}"))
        return written
