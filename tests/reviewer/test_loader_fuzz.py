"""Any bytes given as an answers file, policy pack or questionnaire give exit 0 or 2, never 70.

The fuzzing runs in a child process whose address space is capped (1 GiB; the CLI peaks near
100 MiB), so a loader that blows up in memory fails the test instead of the machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_loaders_survive_any_bytes_within_a_memory_bound(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "tests.helpers.fuzz_loaders", "30"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-6000:]
    assert done.stdout.strip().endswith("ok")


def test_the_fuzzer_sees_an_internal_error(tmp_path, monkeypatch):
    """Test the test: a loader failing with exit 70 is reported, not swallowed."""
    from tests.helpers import fuzz_loaders

    def broken(argv: list[str]) -> tuple[int, str]:
        return 70, "reviewer: internal error (ValueError: boom)"

    monkeypatch.setattr(fuzz_loaders, "run_cli", broken)
    try:
        fuzz_loaders.check(tmp_path, "a.json", b"{}", ["score"])
    except AssertionError as exc:
        assert "exit 70" in str(exc)
    else:  # pragma: no cover - the point of the test
        raise AssertionError("check() accepted exit 70")
