"""Writing output files under the user's umask, and reading inputs under a size cap."""

from __future__ import annotations

import os
import resource
import stat
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from reviewer import limits
from reviewer.errors import InputFileError
from reviewer.signing.files import read_input, write_atomically


@pytest.fixture
def umask() -> Iterator[None]:
    """Restore the process umask after a test changes it."""
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


@pytest.mark.parametrize(("mask", "expected"), [(0o077, 0o600), (0o022, 0o644), (0o027, 0o640)])
def test_written_files_follow_the_umask(tmp_path, umask, mask, expected):
    os.umask(mask)
    path = tmp_path / "decision.pdf"
    write_atomically(path, b"%PDF-1.7\n")
    assert stat.S_IMODE(path.stat().st_mode) == expected
    assert path.read_bytes() == b"%PDF-1.7\n"
    write_atomically(path, b"%PDF-1.7\nagain\n")  # replacing keeps the umask's mode too
    assert stat.S_IMODE(path.stat().st_mode) == expected


def test_an_explicit_mode_is_applied_whatever_the_umask(tmp_path, umask):
    os.umask(0o000)
    path = tmp_path / "identity.p12"
    write_atomically(path, b"key", mode=0o600)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_no_temporary_file_is_left_behind(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    write_atomically(folder / "a.pdf", b"x")
    assert [p.name for p in folder.iterdir()] == ["a.pdf"]


def test_a_pdf_over_the_cap_is_refused_from_its_size(tmp_path):
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:  # sparse: 200 MB on paper
        handle.truncate(200 * 1000 * 1000)
    with pytest.raises(InputFileError) as caught:
        read_input(path, "a signed decision report (PDF)")
    assert str(caught.value) == (
        f"{path}: the file is too large (190.7 MiB, over the 32 MiB limit for a signed "
        "decision report (PDF)); check that this is the right file"
    )


def test_a_file_at_the_cap_is_read_and_a_smaller_cap_is_honoured(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"x" * 100)
    assert read_input(path, "a PDF", max_bytes=100) == b"x" * 100
    with pytest.raises(InputFileError, match="over the 99 bytes limit for a PDF"):
        read_input(path, "a PDF", max_bytes=99)


def test_missing_and_folder_inputs_name_what_was_expected(tmp_path):
    with pytest.raises(InputFileError, match=r"no such file \(expected a PEM certificate\)"):
        read_input(tmp_path / "nope.pem", "a PEM certificate")
    with pytest.raises(InputFileError, match="is a folder, not a PEM certificate"):
        read_input(tmp_path, "a PEM certificate")


def test_verify_refuses_a_200_mb_pdf_fast_and_small(tmp_path):
    """The reported cost was 30 to 50 s and 2 GB of memory before the refusal."""
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(200 * 1000 * 1000)
    memory = 1024 * limits.MIB  # the reported cost was 2 GB

    def bounded() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "reviewer", "verify", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        preexec_fn=bounded,
    )
    assert done.returncode == 2, done.stderr
    assert "over the 32 MiB limit for a signed decision report (PDF)" in done.stderr
    assert time.perf_counter() - started < 20
