"""Writing output files whole or not at all: a temporary file in place, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from reviewer.errors import InputFileError, OutputFileError


def check_writable(path: Path) -> None:
    """Fail early, before any work, when an output path cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputFileError(f"{path}: is a folder; give a file name to write to")
    if not folder.is_dir():
        raise OutputFileError(f"{path}: cannot write here, the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise OutputFileError(f"{path}: cannot write here, the folder {folder} is not writable")


def write_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write bytes to path through a temporary sibling, so no half-written file is ever left."""
    check_writable(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputFileError(f"{path}: cannot write here ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise OutputFileError(f"{path}: cannot write here ({exc.strerror})") from None


def read_input(path: Path, what: str) -> bytes:
    """Read a whole input file, naming it and what it should be when that fails."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(str(path), f"no such file (expected {what})") from None
    except IsADirectoryError:
        raise InputFileError(str(path), f"is a folder, not {what}") from None
    except OSError as exc:
        raise InputFileError(str(path), f"cannot be read ({exc.strerror})") from None


def read_passphrase(path: Path) -> bytes:
    """Read a passphrase from the first line of a file; the passphrase is never stored."""
    data = read_input(path, "a passphrase file")
    line = data.split(b"\n", 1)[0].rstrip(b"\r")
    if not line:
        raise InputFileError(str(path), "the passphrase file is empty")
    return line
