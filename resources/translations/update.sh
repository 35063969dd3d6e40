#!/bin/sh
# Re-extract every translatable string of ui/ into the .ts files, then compile them to .qm.
# Run from anywhere; translate new entries in Qt Linguist (pyside6-linguist) before committing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin="$root/.venv/bin"
cd "$root"
files=$(find ui -name '*.py' | sort)
for ts in "$here"/reviewer_*.ts; do
    # English keeps its source texts; only its plural forms ("%n review(s)") need words.
    only=""
    [ "$(basename "$ts")" = reviewer_en.ts ] && only=-pluralonly
    # shellcheck disable=SC2086 # one argument per source file is intended
    "$bin/pyside6-lupdate" -no-obsolete $only $files -ts "$ts"
    "$bin/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
