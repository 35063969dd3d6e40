"""Frozen entry point of the command line (`reviewer`)."""

from reviewer.cli import run

if __name__ == "__main__":
    run()
