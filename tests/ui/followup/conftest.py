"""Fixtures over a real temporary store."""

from tests.helpers.desk import database_file, reviews_screen, service

__all__ = ["database_file", "reviews_screen", "service"]
