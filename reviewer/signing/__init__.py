"""Signing decision reports: identities, the trust store, signing, countersigning, verifying."""
