"""Following a decision up: conditions closed or waived, and suspensions."""
