"""`make run` on a desktop needs Qt's X11 (xcb) platform plugin to load: its libraries must exist.

The tests run offscreen, so nothing else would notice a library missing from
scripts/install-system-deps.sh until someone launched the app on a fresh machine.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import PySide6

from tests.packaging.conftest import require_tool

QT = Path(PySide6.__file__).parent / "Qt"


def missing_libraries(binary: Path) -> list[str]:
    """Return the shared libraries a binary needs that the loader cannot find."""
    ldd = require_tool("ldd")
    output = subprocess.run([ldd, str(binary)], capture_output=True, text=True, check=True).stdout
    return [line.split()[0] for line in output.splitlines() if "not found" in line]


def test_the_xcb_platform_plugin_finds_every_library() -> None:
    plugin = QT / "plugins" / "platforms" / "libqxcb.so"
    assert plugin.is_file(), plugin
    missing = missing_libraries(plugin) + missing_libraries(QT / "lib" / "libQt6XcbQpa.so.6")
    assert missing == [], f"add the Debian packages providing {sorted(set(missing))}"
