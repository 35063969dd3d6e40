"""Reviewer's desktop app (PySide6 Qt Widgets), built on the service layer in `reviewer`."""
