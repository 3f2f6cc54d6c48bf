#!/usr/bin/env bash
# Builds the DEB and TGZ packages with CPack from an already built tree and checks them: file list
# (binaries, .desktop, AppStream metainfo, MIME type, hicolor icons, licence), dependencies,
# desktop-file-validate, appstreamcli validate --no-net, the MIME XML, and that the extracted
# cohort-cli --version runs and reports the package's version.
# Usage: check_package.sh BUILD_DIR APP_ID VERSION [--with-gui]
set -euo pipefail

build=$(cd "$1" && pwd)
app_id=$2
version=$3
with_gui=${4:-}

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli update-mime-database; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/deps --test installs it)"; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

start=$SECONDS
(cd "$build" && cpack -G "DEB;TGZ" -B "$tmp/out" --config "$build/CPackConfig.cmake") >"$tmp/cpack.log" 2>&1 \
  || { cat "$tmp/cpack.log"; echo "FAIL: cpack"; exit 1; }
echo "cpack DEB+TGZ: $((SECONDS - start)) s"

debs=("$tmp"/out/*.deb)
tgzs=("$tmp"/out/*.tar.gz)
[ -f "${debs[0]}" ] || { cat "$tmp/cpack.log"; echo "FAIL: no .deb produced"; exit 1; }
[ -f "${tgzs[0]}" ] || fail "no .tar.gz produced"
deb=${debs[0]}
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# --- control fields ---
pkg_version=$(dpkg-deb -f "$deb" Version)
[ "$pkg_version" = "$version" ] || fail "package version $pkg_version, project version $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# One package name per line, version constraints dropped.
sed 's/ *([^)]*)//g; s/, */\n/g' <<<"$depends" >"$tmp/depends"
required=(libc6 libstdc++6 libqt6core6 libqt6sql6 libqt6sql6-sqlite)
[ "$with_gui" = --with-gui ] && required+=(libqt6widgets6 qt6-qpa-plugins libqt6svg6)
for dep in "${required[@]}"; do
  grep -qxF "$dep" "$tmp/depends" || fail "Depends lacks $dep"
done
if [ "$with_gui" = --with-gui ]; then
  recommends=$(dpkg-deb -f "$deb" Recommends)
  sed 's/ *([^)]*)//g; s/, */\n/g' <<<"$recommends" >"$tmp/recommends"
  for rec in qt6-translations-l10n fonts-noto-cjk fonts-noto-color-emoji; do
    grep -qxF "$rec" "$tmp/recommends" || fail "Recommends lacks $rec"
  done
fi

# --- file list ---
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's#^\./#/#' >"$tmp/files"
expected=(
  /usr/bin/cohort-cli
  "/usr/share/applications/$app_id.desktop"
  "/usr/share/metainfo/$app_id.metainfo.xml"
  "/usr/share/mime/packages/$app_id.xml"
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  /usr/share/doc/cohort/LICENSE
)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
[ "$with_gui" = --with-gui ] && expected+=(/usr/bin/cohort)
for f in "${expected[@]}"; do
  grep -qxF "$f" "$tmp/files" || fail "package lacks $f"
done

# --- contents ---
root=$tmp/root
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
grep -qx "MimeType=application/x-cohort-workspace;" "$root/usr/share/applications/$app_id.desktop" \
  || fail ".desktop does not declare application/x-cohort-workspace"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
  || fail "metainfo has no release $version"
# The MIME database compiles from our XML and maps *.cohort to the workspace type.
mkdir -p "$tmp/mime/packages"
cp "$root/usr/share/mime/packages/$app_id.xml" "$tmp/mime/packages/"
update-mime-database "$tmp/mime" 2>"$tmp/mime.log" || { cat "$tmp/mime.log"; fail "update-mime-database"; }
grep -q '^application/x-cohort-workspace:\*\.cohort$' "$tmp/mime/globs" 2>/dev/null \
  || grep -q 'application/x-cohort-workspace:\*\.cohort' "$tmp/mime/globs2" \
  || fail "MIME database does not map *.cohort"
file "$root/usr/share/icons/hicolor/48x48/apps/$app_id.png" | grep -q "48 x 48" || fail "48x48 icon size"

# --- the packaged tool runs ---
out=$("$root/usr/bin/cohort-cli" --version) || fail "cohort-cli --version exited with $?"
echo "cohort-cli --version: $out"
grep -Eq "^Cohort $version \(Qt [0-9.]+, SQLite [0-9.]+\)\. Licence: GPL-3\.0-or-later\.$" <<<"$out" \
  || fail "unexpected --version output"

# --- the TGZ carries the same tree ---
if [ -f "${tgzs[0]}" ]; then
  tar -tzf "${tgzs[0]}" >"$tmp/tgz-files"
  for f in bin/cohort-cli "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml"; do
    grep -q "/$f\$" "$tmp/tgz-files" || fail "TGZ lacks $f"
  done
fi

echo "package check: $((SECONDS - start)) s, $failures failure(s)"
[ "$failures" -eq 0 ]
