"""The signing screen."""
