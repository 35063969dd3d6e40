"""The Linux desktop entry, AppStream metadata and icons pass their standard validators."""

from __future__ import annotations

import subprocess
import tomllib
import xml.etree.ElementTree as ET

from PIL import Image

from tests.packaging.conftest import PACKAGING, ROOT, require_tool

LINUX = PACKAGING / "linux"
DESKTOP = LINUX / "org.reviewer.Reviewer.desktop"
METAINFO = LINUX / "org.reviewer.Reviewer.metainfo.xml"


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_desktop_entry_is_valid() -> None:
    result = _run(require_tool("desktop-file-validate"), str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # warnings and hints count as failures


def test_metainfo_is_valid() -> None:
    result = _run(require_tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_starts_a_command_the_bundle_ships() -> None:
    entry = dict(
        line.split("=", 1) for line in DESKTOP.read_text("utf-8").splitlines() if "=" in line
    )
    assert entry["Exec"].split()[0] == "reviewer-desk"
    assert entry["Icon"] == DESKTOP.name.removesuffix(".desktop")


def test_metainfo_names_the_desktop_file_and_the_current_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    with (ROOT / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    releases = [r.get("version") for r in root.iter("release")]
    assert version in releases, f"add a <release> for {version} to {METAINFO.name}"


def test_every_icon_size_is_square_and_the_size_it_claims() -> None:
    pngs = sorted((LINUX / "icons").glob("reviewer-*.png"))
    sizes = {int(p.stem.removeprefix("reviewer-")) for p in pngs}
    assert {16, 32, 48, 64, 128, 256} <= sizes
    for png in pngs:
        with Image.open(png) as image:
            expected = int(png.stem.removeprefix("reviewer-"))
            assert image.size == (expected, expected), png.name
    assert (ROOT / "resources" / "icons" / "reviewer.svg").is_file()
