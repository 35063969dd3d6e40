"""A writer killed with SIGKILL part-way leaves a sound database and an intact trail."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.content import open_service

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_sigkill_mid_write_loses_nothing_committed(database_url: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.crash_writer", database_url],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    announced = 0
    try:
        for line in writer.stdout:
            announced = int(line)
            if announced >= 15:
                break
        else:
            pytest.fail(
                f"the writer stopped early: {writer.stderr.read() if writer.stderr else ''}"
            )
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        writer.stdout.close()
        if writer.stderr:
            writer.stderr.close()
    assert writer.returncode == -signal.SIGKILL
    with open_service(database_url) as service:
        report = service.check()
        assert report.ok, report
        reviews = service.list_reviews()
        assert len(reviews) >= announced
        complete = 0
        for summary in reviews:
            detail = service.get_review(summary.id)
            assert detail.current.assessment is not None
            assert detail.current.assessment.verdict is summary.verdict
            kinds = [e.kind for e in service.history(summary.id)]
            answered = len(kinds) - 1
            assert kinds == ["create"] + ["answer"] * answered
            # Every recorded answer event matches the saved answers: none half-written.
            expected = None if answered == 0 else (answered - 1) * 700
            assert detail.current.answers.get("users") == expected
            complete += answered == 3
        assert complete >= announced
