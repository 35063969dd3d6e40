"""The decision step: outcome, rationale and conditions, with the prohibited-verdict rule."""
