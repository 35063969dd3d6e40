"""The welcome screen: the three steps of a review, sample reviews and a first signing identity."""
