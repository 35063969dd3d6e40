"""Writing output files whole or not at all: a temporary file in place, then a rename."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from reviewer import limits
from reviewer.errors import OutputFileError
from reviewer.yamlio import read_capped


def check_writable(path: Path) -> None:
    """Fail early, before any work, when an output path cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputFileError(f"{path}: is a folder; give a file name to write to")
    if not folder.is_dir():
        raise OutputFileError(f"{path}: cannot write here, the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise OutputFileError(f"{path}: cannot write here, the folder {folder} is not writable")


def write_atomically(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write bytes to path through a temporary sibling, so no half-written file is ever left.

    Without a mode the file gets the permissions the user's umask allows (0644 under umask
    022, 0600 under 077), like any file a program creates; a mode such as 0600 for keys is
    applied as given.
    """
    check_writable(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = _create_sibling(path, folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is not None:
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise OutputFileError(f"{path}: cannot write here ({exc.strerror})") from None


def _create_sibling(path: Path, folder: Path) -> tuple[int, str]:
    """Create a new temporary file beside path, with 0666 less the umask, as open() would."""
    for _attempt in range(100):
        tmp_name = str(folder / f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            # The kernel applies the umask to 0o666: no process-wide umask() call, no race.
            return os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp_name
        except FileExistsError:
            continue
        except OSError as exc:
            raise OutputFileError(f"{path}: cannot write here ({exc.strerror})") from None
    raise OutputFileError(f"{path}: cannot write here (no free temporary name)")


def read_input(path: Path, what: str, max_bytes: int = limits.MAX_PDF_BYTES) -> bytes:
    """Read a whole input file, naming it and what it should be when that fails.

    A file larger than max_bytes (by default the cap on a decision report, the largest file
    Reviewer reads whole) is refused from its size, before anything is read.
    """
    return read_capped(path, max_bytes, what, name_expected=True)
