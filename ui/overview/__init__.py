"""The Overview screen: counts to act on and charts of the portfolio."""
