"""The Settings screen: database, signing identities, trust store, language and data folders."""
