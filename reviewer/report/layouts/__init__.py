"""The released report layouts: one package per layout, each rendering a ReportInput to PDF bytes.

A layout, once released, is frozen: signed reports name their layout in decision.json, and
verification re-renders their visible pages with it.
"""
