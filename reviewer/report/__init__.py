"""The decision report: its input model, its released layouts, and the embedded decision.json."""

from reviewer.report.document import (
    DEFAULT_LAYOUT,
    LAYOUTS,
    SIGNATURE_BOXES,
    SignaturePlacement,
    UnknownLayoutError,
    render_report,
    signature_placement,
)
from reviewer.report.model import (
    PAYLOAD_NAME,
    ChecklistItem,
    EvidenceFile,
    ReportInput,
    ReviewRecord,
    parse_payload,
)

__all__ = [
    "DEFAULT_LAYOUT",
    "LAYOUTS",
    "PAYLOAD_NAME",
    "SIGNATURE_BOXES",
    "ChecklistItem",
    "EvidenceFile",
    "ReportInput",
    "ReviewRecord",
    "SignaturePlacement",
    "UnknownLayoutError",
    "parse_payload",
    "render_report",
    "signature_placement",
]
