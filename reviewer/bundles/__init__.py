"""Review bundles: one file carrying a whole review, its evidence, signed PDFs and history."""
