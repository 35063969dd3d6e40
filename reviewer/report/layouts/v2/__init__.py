"""Layout 2: a one-page decision sheet with both signature boxes, then lettered annexes.

Released with Reviewer 0.x; once signed reports exist in this layout, freeze it like layout 1.
"""
