#!/usr/bin/env bash
# Builds the release tarball: `bigan` with the Swift runtime linked statically
# (--static-swift-stdlib), its resource bundle (templates, bundled 范文, data tables) beside it, the
# fontconfig rules for the 公文 faces, and the README. The tarball runs on a Linux machine with no
# Swift toolchain; it still needs the system's libsqlite3, libxml2, libz and glibc (see README).
#
#   Scripts/package.sh [OUTDIR]      # default .build/package; prints the tarball's path last
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/package}"
flags=(-c release --static-swift-stdlib)

swift build "${flags[@]}" --product bigan >&2
bin="$(swift build "${flags[@]}" --show-bin-path)"
version="$(git describe --tags --always --dirty 2>/dev/null || echo dev)"
name="bigan-$version-linux-$(uname -m)"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
root="$stage/$name"
mkdir -p "$root/bin" "$root/share/fontconfig"
cp "$bin/bigan" "$root/bin/bigan"
cp -R "$bin/Bigan_BiganResources.resources" "$root/bin/"
cp Fonts/65-bigan-gongwen.conf "$root/share/fontconfig/"
cp README.md CLI.md "$root/"
if command -v strip >/dev/null; then strip "$root/bin/bigan"; fi

if ldd "$root/bin/bigan" | grep -q 'libswift\|libFoundation\|libdispatch'; then
  echo "package: $root/bin/bigan still loads the Swift runtime from the toolchain:" >&2
  ldd "$root/bin/bigan" >&2
  exit 1
fi

mkdir -p "$out"
tarball="$(cd "$out" && pwd)/$name.tar.gz"
tar -C "$stage" -czf "$tarball" "$name"
echo "$tarball"
