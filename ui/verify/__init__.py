"""The Verify screen: a signed decision report's signatures, integrity, trust and decision."""
