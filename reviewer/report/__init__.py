"""The decision report: its input model, the reportlab layout, and the embedded decision.json."""

from reviewer.report.document import SIGNATURE_BOXES, render_report
from reviewer.report.model import (
    PAYLOAD_NAME,
    EvidenceFile,
    ReportInput,
    ReviewRecord,
    parse_payload,
)

__all__ = [
    "PAYLOAD_NAME",
    "SIGNATURE_BOXES",
    "EvidenceFile",
    "ReportInput",
    "ReviewRecord",
    "parse_payload",
    "render_report",
]
