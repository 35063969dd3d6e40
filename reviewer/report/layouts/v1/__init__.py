"""Layout 1, frozen: the report as released before the decision sheet; never change its output.

Signed reports of this layout are verified by re-rendering their visible pages from decision.json,
so any change here, even a spacing, makes those reports fail verification.
"""
