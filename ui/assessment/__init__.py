"""The live assessment panel shown beside the intake form."""
