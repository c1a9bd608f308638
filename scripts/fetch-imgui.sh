#!/usr/bin/env bash
# Fetches Dear ImGui's source from Debian's source package `imgui` into third_party/imgui.
# The version is pinned and the upstream tarball's SHA-256 is checked: a different version is never taken.
#
# apt-get runs with a private configuration under third_party/apt, so the deb-src entries for the newer
# suites that carry this version never reach the machine's own package sources. Their address is the
# machine's own: the URIs of Debian's main archive in its apt sources (scripts/debian_archive_uris.py), so
# a machine with its own mirror uses it, and no host is written here. DEBIAN_ARCHIVE_URIS="URI ..." sets
# them where apt has no such entry.
set -euo pipefail
cd "$(dirname "$0")/.."

IMGUI_DEBIAN_VERSION="1.92.2b+ds-1"
IMGUI_UPSTREAM_VERSION="1.92.2b"
IMGUI_ORIG_SHA256="e7bd201d56b5ee90d24d5dac85e5c12f98bdb95410252a62d27b7f89e4566d48"
IMGUI_SUITES="forky sid"   # Debian suites that carried the pinned version when it was pinned

target=third_party/imgui
stamp="$target/.debian-version"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$IMGUI_DEBIAN_VERSION" ] && [ -f "$target/imgui.cpp" ]; then
  exit 0
fi

if [ -z "${DEBIAN_ARCHIVE_URIS:-}" ]; then
  eval "$(apt-config shell source_list Dir::Etc::sourcelist/f source_parts Dir::Etc::sourceparts/d)"
  DEBIAN_ARCHIVE_URIS=$(/usr/bin/python3 scripts/debian_archive_uris.py "${source_list:-}" "${source_parts:-}" | tr '\n' ' ')
fi
if [ -z "${DEBIAN_ARCHIVE_URIS// /}" ]; then
  cat >&2 <<MSG
setup: apt's sources name no Debian main archive (an enabled entry with the main component for a Debian
       suite, e.g. bookworm), so there is nowhere to fetch Dear ImGui's source package from.
       Add one to apt's sources, or give its address: DEBIAN_ARCHIVE_URIS="http://your.mirror/debian" make setup
MSG
  exit 1
fi

echo "setup: fetching Dear ImGui $IMGUI_DEBIAN_VERSION from Debian's source package 'imgui' (suites: $IMGUI_SUITES)"
apt_root=$PWD/third_party/apt
rm -rf "$apt_root"
mkdir -p "$apt_root/sources.list.d" "$apt_root/lists/partial" "$apt_root/cache/archives/partial" "$apt_root/download"
: > "$apt_root/sources.list"
for suite in $IMGUI_SUITES; do
  cat > "$apt_root/sources.list.d/$suite.sources" <<SRC
Types: deb-src
URIs: $DEBIAN_ARCHIVE_URIS
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
done
apt_options=(
  -o "Dir::Etc::SourceList=$apt_root/sources.list"
  -o "Dir::Etc::SourceParts=$apt_root/sources.list.d"
  -o "Dir::State::Lists=$apt_root/lists"
  -o "Dir::Cache=$apt_root/cache"
  -o "Debug::NoLocking=1"
  -o "APT::Sandbox::User=root"
)
apt-get "${apt_options[@]}" -q update >/dev/null

if ! (cd "$apt_root/download" && apt-get "${apt_options[@]}" -q source --download-only "imgui=$IMGUI_DEBIAN_VERSION" >/dev/null 2>&1); then
  served=$(apt-cache "${apt_options[@]}" showsrc imgui 2>/dev/null | sed -n 's/^Version: //p' | sort -u | tr '\n' ' ')
  cat >&2 <<MSG
setup: Debian no longer serves imgui $IMGUI_DEBIAN_VERSION in the suites: $IMGUI_SUITES
       Versions served there now: ${served:-none}
       To move to another version, edit scripts/fetch-imgui.sh:
         IMGUI_DEBIAN_VERSION    the Debian version to take (e.g. one listed above)
         IMGUI_UPSTREAM_VERSION  its upstream part (the folder name in the tarball)
         IMGUI_ORIG_SHA256       from: apt-cache showsrc imgui (Checksums-Sha256 of the .orig.tar.xz)
         IMGUI_SUITES            the suites that carry it
       then check that the widget still builds and its tests pass. Nothing was changed.
MSG
  exit 1
fi

tarball="$apt_root/download/imgui_${IMGUI_DEBIAN_VERSION%-*}.orig.tar.xz"
actual=$(sha256sum "$tarball" | cut -d' ' -f1)
if [ "$actual" != "$IMGUI_ORIG_SHA256" ]; then
  echo "setup: SHA-256 mismatch for $(basename "$tarball"): expected $IMGUI_ORIG_SHA256, got $actual" >&2
  exit 1
fi

rm -rf "$target" "$target.partial"
mkdir -p "$target.partial"
tar -xJf "$tarball" -C "$target.partial" --strip-components=1 "imgui-$IMGUI_UPSTREAM_VERSION"
echo "$IMGUI_DEBIAN_VERSION" > "$target.partial/.debian-version"
mv "$target.partial" "$target"
rm -rf "$apt_root"
echo "setup: Dear ImGui $IMGUI_UPSTREAM_VERSION is in $target"
