"""The Reviews screen: the workspace where one review is filled in, assessed and decided."""
