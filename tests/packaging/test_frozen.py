"""The frozen bundle starts, passes its self-test and stays small (its speed: benchmarks/).

It builds the bundle with PyInstaller into a temporary folder (about a minute here), or reuses
dist/Reviewer when REVIEWER_FROZEN_BUNDLE names a built folder (packaging/build.sh makes one).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, ROOT

pytestmark = [pytest.mark.frozen, pytest.mark.slow]

SIZE_LIMIT = 300 * 1024 * 1024


def _offscreen_env() -> dict[str, str]:
    """Return this process's environment (isolated user folders) with Qt offscreen."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _build(into: Path) -> Path:
    """Build the bundle with the project's spec into a folder and return the app folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        message = "PyInstaller is not installed; pip install -e '.[package]'"
        if os.environ.get("REVIEWER_REQUIRE_TOOLS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(into / "dist"),
            "--workpath",
            str(into / "build"),
            str(PACKAGING / "reviewer.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    print(f"\nPyInstaller build: {time.monotonic() - started:.0f} s", file=sys.stderr)
    return into / "dist" / "Reviewer"


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the folder of a freshly built (or given) bundle."""
    given = os.environ.get("REVIEWER_FROZEN_BUNDLE")
    if given:
        folder = Path(given)
        assert (folder / "reviewer-desk").is_file(), f"{folder} holds no built bundle"
        return folder
    return _build(tmp_path_factory.mktemp("frozen"))


def _run(command: list[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run a command offscreen and return what it did."""
    return subprocess.run(
        command,
        cwd=ROOT,
        env=_offscreen_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_frozen_app_opens_its_window_offscreen(frozen_app: Path) -> None:
    result = _run([str(frozen_app / "reviewer-desk"), "--smoke"])
    assert result.returncode == 0, result.stdout + result.stderr
    database = Path(os.environ["XDG_DATA_HOME"]) / "Reviewer" / "reviewer.sqlite3"
    assert database.is_file(), "the first run did not create the database"


def test_frozen_self_test_passes_every_step(frozen_app: Path) -> None:
    result = _run([str(frozen_app / "reviewer-desk"), "--self-test"])
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert sum(line.startswith("[ok]") for line in lines) == 5, result.stdout
    assert lines[-1] == "Self-test passed."


def test_frozen_cli_scores_an_example_and_migrates(frozen_app: Path) -> None:
    cli = str(frozen_app / "reviewer")
    example = frozen_app / "_internal" / "resources" / "examples" / "credit-scoring.json"
    scored = _run([cli, "score", str(example)])
    assert scored.returncode == 0, scored.stderr
    assert "Verdict: HIGH" in scored.stdout, scored.stdout
    upgraded = _run([cli, "db", "upgrade"])
    assert upgraded.returncode == 0, upgraded.stderr
    assert "schema" in upgraded.stdout


def test_bundle_is_under_300_mb(frozen_app: Path) -> None:
    size = sum(
        p.stat().st_size for p in frozen_app.rglob("*") if p.is_file() and not p.is_symlink()
    )
    print(f"\nBundle size: {size / 1024 / 1024:.0f} MB", file=sys.stderr)
    assert size < SIZE_LIMIT
