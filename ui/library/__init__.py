"""The Policy library screen: packs, clauses, pack import and what a new version changes."""
