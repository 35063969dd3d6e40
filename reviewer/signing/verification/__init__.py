"""The parts of verifying a signed report: signatures, revisions, content and the decision."""
