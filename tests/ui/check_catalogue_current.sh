#!/usr/bin/env bash
# Fails when the zh_CN catalogue misses a string of the sources: lupdate runs on a copy of the
# catalogue, which must then hold no new (unfinished) entry. The committed file is not touched.
# Usage: check_catalogue_current.sh LUPDATE SOURCE_DIR TS_FILE
set -euo pipefail
lupdate=$1 source=$2 ts=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts" "$work/catalogue.ts"
cd "$source"
"$lupdate" -silent -no-obsolete -extensions cpp,h,ui src ui -ts "$work/catalogue.ts"
missing=$(grep -c 'type="unfinished"' "$work/catalogue.ts" || true)
if [ "$missing" != "0" ]; then
  echo "$missing strings of the sources are not translated in $ts; run" \
       "'cmake --build build --target update_translations' and translate them:"
  grep -B3 'type="unfinished"' "$work/catalogue.ts" | grep '<source>' | head -40
  exit 1
fi
echo "catalogue current: every source string is translated"
