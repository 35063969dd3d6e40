#!/usr/bin/env bash
# Install the Debian packages Reviewer needs, only those that are missing.
# poppler-utils: pdfsig/pdftotext for independent signature checks in the tests.
# libnss3-tools: certutil, to put the organisation root in the NSS database pdfsig checks against.
# postgresql: the server binaries the test suite starts on a loopback port.
# desktop-file-utils, appstream: validate the Linux desktop entry and AppStream metadata.
# The rest: what Qt's offscreen and xcb (X11 desktop) platforms load, and the DejaVu fonts.
set -euo pipefail

packages=(
  python3-venv poppler-utils libnss3-tools postgresql desktop-file-utils appstream
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1
)

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null; then
  SUDO=(sudo)
else
  echo "error: these Debian packages are missing and you are not root: ${missing[*]}" >&2
  echo "       install them with: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
