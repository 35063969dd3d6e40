"""Layout 2: a one-page decision sheet with both signature boxes, then lettered annexes.

Released, and so frozen like layout 1: tests/reviewer/report/fixtures holds its bytes. Signed
reports of this layout are verified by re-rendering them; a new design is layout 3.
"""
