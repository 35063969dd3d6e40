"""What the PyInstaller spec bundles: the name, version, data folders and module lists.

Kept apart from reviewer.spec so the tests can check it without running PyInstaller. Loaded by
path, because a folder called `packaging` would shadow the PyPI package of that name.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

# The folders under resources/ that the app reads at run time; each must exist to build.
RESOURCE_FOLDERS = ("questionnaires", "policies", "examples", "fonts", "icons", "translations")

# Loaded at run time by path (Alembic) or by name (SQLAlchemy dialects), so no import shows them.
HIDDEN_IMPORTS = [
    "alembic.op",
    "alembic.context",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
    "logging.handlers",
    # The Overview's charts (PySide6-Addons); imported by name so the bundle never misses it.
    "PySide6.QtCharts",
]

# Nothing in Reviewer uses these; leaving them out keeps the bundle well under 300 MB.
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "pydoc_data",
    "lib2to3",
    "test",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "pytest_benchmark",
    "mypy",
    "importlinter",
    "grimp",
    "pypdf",
    "IPython",
    "numpy",
    "matplotlib",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDBus",
    "PySide6.QtPrintSupport",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtStateMachine",
    "PySide6.QtNetworkAuth",
]


# Qt libraries and plugins that PyInstaller's hooks collect but Reviewer never loads. PySide6-Addons
# (needed for QtCharts) brings Qt's virtual keyboard input plugin, and with it Qt Quick and QML:
# about 17 MB that nothing in a desktop form uses. Matched against the file name of a binary.
BINARY_EXCLUDES = (
    "libqtvirtualkeyboardplugin",
    "libQt6VirtualKeyboard",
    "libQt6Quick",
    "libQt6Qml",
)


def keeps_binary(destination: str) -> bool:
    """Tell whether a binary PyInstaller collected (by its path in the bundle) is shipped."""
    name = Path(destination).name
    return not any(name.startswith(prefix) for prefix in BINARY_EXCLUDES)


@dataclass(frozen=True)
class BundleSettings:
    """Everything the spec needs, read from the source tree."""

    name: str
    version: str
    title: str
    datas: list[tuple[str, str]]
    hidden_imports: list[str]
    excludes: list[str]
    windows_icon: str | None


def project_metadata(root: Path) -> tuple[str, str]:
    """Return (name, version) from pyproject.toml's [project] table."""
    with (root / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    return str(project["name"]), str(project["version"])


def data_folders(root: Path) -> list[tuple[str, str]]:
    """Return (source, destination) pairs of every resource folder and the migrations."""
    pairs = []
    for folder in RESOURCE_FOLDERS:
        source = root / "resources" / folder
        if not source.is_dir():
            raise FileNotFoundError(f"{source} is missing; the bundle would start without it")
        pairs.append((str(source), f"resources/{folder}"))
    # reviewer.store.schema finds the migrations beside its own __file__, which PyInstaller
    # places under _MEIPASS/reviewer/store/, so the scripts go to the same relative place.
    migrations = root / "reviewer" / "store" / "migrations"
    pairs.append((str(migrations / "*.py"), "reviewer/store/migrations"))
    pairs.append((str(migrations / "script.py.mako"), "reviewer/store/migrations"))
    pairs.append((str(migrations / "versions" / "*.py"), "reviewer/store/migrations/versions"))
    return pairs


def bundle_settings(root: Path) -> BundleSettings:
    """Return the settings for a build of the source tree at root."""
    name, version = project_metadata(root)
    ico = root / "packaging" / "windows" / "reviewer.ico"
    return BundleSettings(
        name=name,
        version=version,
        title=name.capitalize(),
        datas=data_folders(root),
        hidden_imports=list(HIDDEN_IMPORTS),
        excludes=list(dict.fromkeys(EXCLUDES)),
        windows_icon=str(ico) if ico.is_file() else None,
    )
