#!/usr/bin/env bash
# Regenerates the committed raster icons from the SVG (development time only; the build needs no
# converter): hicolor PNGs 16-512, the Windows .ico and the macOS .icns.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and python3.
set -euo pipefail
cd "$(dirname "$0")"
id=org.cohortapp.Cohort
svg=linux/icons/$id.svg
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p linux/icons/${size}x${size}
  rsvg-convert -w $size -h $size "$svg" -o linux/icons/${size}x${size}/$id.png
done
convert linux/icons/{16x16,24x24,32x32,48x48,64x64,256x256}/$id.png windows/cohort.ico
tmp=$(mktemp -d)
rsvg-convert -w 1024 -h 1024 "$svg" -o "$tmp/1024.png"
# ICNS: "icns" + total length, then one (type, length, PNG data) record per size.
python3 - "$tmp/1024.png" linux/icons macos/cohort.icns <<'PY'
import struct, sys
big, icons, out = sys.argv[1:4]
entries = [(b"icp4", f"{icons}/16x16/org.cohortapp.Cohort.png"),
           (b"icp5", f"{icons}/32x32/org.cohortapp.Cohort.png"),
           (b"icp6", f"{icons}/64x64/org.cohortapp.Cohort.png"),
           (b"ic07", f"{icons}/128x128/org.cohortapp.Cohort.png"),
           (b"ic08", f"{icons}/256x256/org.cohortapp.Cohort.png"),
           (b"ic09", f"{icons}/512x512/org.cohortapp.Cohort.png"),
           (b"ic10", big)]
body = b""
for kind, path in entries:
    data = open(path, "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
open(out, "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
rm -rf "$tmp"
