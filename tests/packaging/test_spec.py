"""The PyInstaller spec's settings: name and version from pyproject, every resource bundled."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.conftest import PACKAGING, ROOT


def test_name_and_version_come_from_pyproject(bundle: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "reviewer"\nversion = "9.8.7"\n', encoding="utf-8"
    )
    assert bundle.project_metadata(tmp_path) == ("reviewer", "9.8.7")


def test_the_real_settings_match_pyproject(bundle: ModuleType) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    settings = bundle.bundle_settings(ROOT)
    assert (settings.name, settings.version) == (project["name"], project["version"])
    assert settings.title == "Reviewer"


def test_every_resource_folder_and_migration_is_bundled(bundle: ModuleType) -> None:
    datas = bundle.bundle_settings(ROOT).datas
    destinations = {dest for _src, dest in datas}
    for folder in ("questionnaires", "policies", "examples", "fonts", "icons", "translations"):
        assert f"resources/{folder}" in destinations
    migrated = [Path(p).name for src, dest in datas if "migrations" in dest for p in glob.glob(src)]
    shipped = [p.name for p in (ROOT / "reviewer/store/migrations/versions").glob("0*.py")]
    assert shipped and set(shipped) <= set(migrated)
    assert "env.py" in migrated


def test_a_missing_resource_folder_stops_the_build(bundle: ModuleType, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "resources", tmp_path / "resources")
    shutil.rmtree(tmp_path / "resources" / "policies")
    with pytest.raises(FileNotFoundError, match="policies"):
        bundle.data_folders(tmp_path)


def test_the_spec_builds_one_executable_and_links_the_cli_to_it() -> None:
    spec = (PACKAGING / "reviewer.spec").read_text("utf-8")
    assert 'name="reviewer-desk"' in spec
    assert spec.count("COLLECT(") == 1
    assert 'symlink_to(f"reviewer-desk{suffix}")' in spec
    assert "bundle_settings(ROOT)" in spec


@pytest.mark.parametrize(
    ("started_as", "expected"), [("reviewer", "reviewer "), ("reviewer-desk", "Reviewer ")]
)
def test_the_entry_point_picks_the_command_by_its_name(
    tmp_path: Path, started_as: str, expected: str
) -> None:
    link = tmp_path / started_as
    link.symlink_to(PACKAGING / "entry" / "reviewer_desk.py")
    result = subprocess.run(
        [sys.executable, str(link), "--version"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(expected), result.stdout


def test_unused_qt_and_test_modules_are_excluded(bundle: ModuleType) -> None:
    excludes = set(bundle.bundle_settings(ROOT).excludes)
    assert {"tkinter", "pytest", "PySide6.QtNetwork", "PySide6.QtQml"} <= excludes
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} & excludes


def test_qtcharts_is_bundled_without_the_virtual_keyboard(bundle: ModuleType) -> None:
    settings = bundle.bundle_settings(ROOT)
    assert "PySide6.QtCharts" in settings.hidden_imports
    assert "PySide6.QtCharts" not in settings.excludes
    # The charts' own libraries stay; Qt Quick and QML, pulled in by the keyboard plugin, go.
    for kept in (
        "PySide6/QtCharts.abi3.so",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    ):
        assert bundle.keeps_binary(kept), kept
    for dropped in (
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/lib/libQt6VirtualKeyboardQml.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6QmlModels.so.6",
        "libQt6Qml.so.6",
    ):
        assert not bundle.keeps_binary(dropped), dropped
    spec = (ROOT / "packaging" / "reviewer.spec").read_text(encoding="utf-8")
    assert "desk.binaries = [b for b in desk.binaries if bundle.keeps_binary(b[0])]" in spec
    assert "desk.datas = [d for d in desk.datas if bundle.keeps_binary(d[0])]" in spec
