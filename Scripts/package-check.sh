#!/usr/bin/env bash
# Unpacks the release tarball into a clean folder and runs it as a new user would on a machine
# without Swift: the toolchain off PATH, an empty home, the README's first command.
#
#   Scripts/package-check.sh TARBALL
set -euo pipefail
tarball="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$tarball"
root="$(echo "$work"/bigan-*)"
bigan="$root/bin/bigan"

if ldd "$bigan" | grep -E 'libswift|libFoundation|libdispatch|not found'; then
  echo "package-check: $bigan needs libraries this machine does not give it" >&2
  exit 1
fi

mkdir -p "$work/home" "$work/desk"
cd "$work/desk"
run() {
  env -i HOME="$work/home" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 "$bigan" "$@"
}
if env -i PATH=/usr/local/bin:/usr/bin:/bin sh -c "command -v swift" >/dev/null; then
  echo "package-check: swift is still on the clean PATH" >&2
  exit 1
fi
run draft --occasion 总结表彰会 --role 市长 --region 天水市 --year 2026 --out 讲话.docx 2> draft.err
cat draft.err
# The default library is built from the tarball's own bundle, not from a source tree on this machine.
grep -qF "$root/bin/Bigan_BiganResources.resources" draft.err || {
  echo "package-check: the first draft did not build its library from $root/bin's bundle" >&2
  exit 1
}
test -s 讲话.docx
unzip -p 讲话.docx word/document.xml | grep -q '表彰'
run search 服务意识 --limit 3 > search.txt
grep -q 服务意识 search.txt
test -d "$work/home/.local/share/bigan"
echo "package-check: $(basename "$tarball") drafts from its bundled library with no toolchain"
