#!/usr/bin/env bash
# Build the Linux bundle of Reviewer and prove it starts.
#   dist/Reviewer/                              one folder: reviewer-desk, and reviewer (a link)
#   dist/reviewer-VERSION-linux-x86_64.tar.gz   that folder, packed
#   dist/reviewer_VERSION_amd64.deb             /opt/reviewer, /usr/bin links, desktop files
# Then the frozen app runs --smoke and --self-test offscreen, in a throwaway home.
# Usage: packaging/build.sh [--no-deb]   (PYTHON=path/to/python to use another interpreter)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
MAKE_DEB=1
[ "${1:-}" = "--no-deb" ] && MAKE_DEB=0

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
  "$PYTHON" -m pip install -q "pyinstaller>=6.0"
fi

read -r NAME VERSION < <("$PYTHON" -c '
import tomllib
p = tomllib.load(open("pyproject.toml", "rb"))["project"]
print(p["name"], p["version"])')
TITLE="$(echo "${NAME:0:1}" | tr a-z A-Z)${NAME:1}"
BUNDLE="dist/$TITLE"
ARCH="$(uname -m)"

echo "== PyInstaller: $TITLE $VERSION"
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/reviewer.spec
echo "Built $BUNDLE in $(( $(date +%s) - start )) s, $(du -sh "$BUNDLE" | cut -f1) unpacked"

echo "== tar.gz"
TARBALL="dist/$NAME-$VERSION-linux-$ARCH.tar.gz"
tar -C dist -czf "$TARBALL" "$TITLE"
echo "Wrote $TARBALL ($(du -h "$TARBALL" | cut -f1))"

if [ "$MAKE_DEB" = 1 ] && command -v dpkg-deb >/dev/null; then
  echo "== .deb"
  DEB_ARCH="$(dpkg --print-architecture)"
  STAGE="build/deb/${NAME}_${VERSION}_${DEB_ARCH}"
  rm -rf "$STAGE"
  mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/metainfo"
  cp -a "$BUNDLE" "$STAGE/opt/$NAME"
  ln -s "/opt/$NAME/reviewer-desk" "$STAGE/usr/bin/reviewer-desk"
  ln -s "/opt/$NAME/reviewer" "$STAGE/usr/bin/reviewer"
  install -m 644 packaging/linux/org.reviewer.Reviewer.desktop "$STAGE/usr/share/applications/"
  install -m 644 packaging/linux/org.reviewer.Reviewer.metainfo.xml "$STAGE/usr/share/metainfo/"
  install -D -m 644 resources/icons/reviewer.svg \
    "$STAGE/usr/share/icons/hicolor/scalable/apps/org.reviewer.Reviewer.svg"
  for png in packaging/linux/icons/reviewer-*.png; do
    size="$(basename "$png" .png)"; size="${size#reviewer-}"
    install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/org.reviewer.Reviewer.png"
  done
  SIZE_KB="$(du -sk "$STAGE" | cut -f1)"
  cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: $NAME
Version: $VERSION
Architecture: $DEB_ARCH
Maintainer: The Reviewer developers <reviewer@reviewer.invalid>
Installed-Size: $SIZE_KB
Depends: libc6, libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3
Section: misc
Priority: optional
Description: Offline review of proposed AI deployments, with signed decision PDFs
 Reviewer asks an intake questionnaire about a proposed AI deployment, checks the answers
 against versioned, cited policy clauses, and exports the decision as a signed PDF that an
 approver countersigns. Everything works offline.
CONTROL
  DEB="dist/${NAME}_${VERSION}_${DEB_ARCH}.deb"
  # zstd packs in seconds what xz takes minutes over; dpkg reads it since 1.21.18.
  COMPRESS=(-Zxz)
  dpkg-deb --help 2>&1 | grep -q zstd && COMPRESS=(-Zzstd)
  dpkg-deb --root-owner-group "${COMPRESS[@]}" --build "$STAGE" "$DEB" >/dev/null
  echo "Wrote $DEB ($(du -h "$DEB" | cut -f1))"
fi

echo "== Frozen smoke test and self-test (offscreen, throwaway home)"
HOME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME_DIR"' EXIT
run_frozen() {
  env QT_QPA_PLATFORM=offscreen HOME="$HOME_DIR" XDG_DATA_HOME="$HOME_DIR/data" \
    XDG_CONFIG_HOME="$HOME_DIR/config" XDG_STATE_HOME="$HOME_DIR/state" \
    XDG_CACHE_HOME="$HOME_DIR/cache" "$@"
}
run_frozen "$BUNDLE/reviewer-desk" --smoke
echo "reviewer-desk --smoke: ok"
run_frozen "$BUNDLE/reviewer-desk" --self-test
run_frozen "$BUNDLE/reviewer" --version
run_frozen "$BUNDLE/reviewer" self-test >/dev/null
echo "reviewer self-test: ok"
echo "$TITLE $VERSION is built and starts."
