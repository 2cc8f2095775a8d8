#!/usr/bin/env bash
# The pages of `bigan serve` in a real browser: headless Chromium driven by Selenium imports a
# folder, searches, opens a theme and a snippet, composes a draft, swaps and locks a paragraph,
# recomposes, downloads the .docx and checks it, runs a 体检 on an uploaded speech and removes a
# file; then 20 clients search and compose while an import runs. Screenshots go to
# .build/browser/. With CI=true a missing browser fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

have_browser() {
  command -v chromium >/dev/null && command -v chromedriver >/dev/null && python3 -c "import selenium" 2>/dev/null \
    && dpkg -s fonts-noto-cjk >/dev/null 2>&1
}
if ! have_browser; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null || true
  python3 -m pip install -q selenium || true
fi
if ! have_browser; then
  echo "browser test: chromium, chromium-driver, fonts-noto-cjk or selenium is missing" >&2
  exit 1
fi

BIN="${BIN:-}"
if [[ -z "$BIN" ]]; then
  swift build --product bigan >/dev/null
  BIN="$(swift build --show-bin-path)/bigan"
fi
mkdir -p .build/browser
exec python3 Scripts/browser-test.py "$BIN" .build/browser
