#!/usr/bin/env bash
# Build the Linux bundle, then run it as an installed copy runs: outside any virtual environment,
# no display (Qt offscreen), an empty home. .ci/run calls this; it takes about a minute.
#   bash packaging/ci_smoke.sh            # build dist/proofreader, then smoke-test it
#   bash packaging/ci_smoke.sh --no-build # smoke-test the dist/proofreader already there
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-build" ]; then
  uv run --locked python packaging/build.py --bundle-only
fi

exe="$PWD/dist/proofreader/proofreader"
sample="$PWD/resources/sample"
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' proofreader/__init__.py)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/home" "$scratch/runtime"

# The bundled program with nothing of this shell's environment: no venv, no PYTHONPATH, no display.
bundled() {
  env -i PATH=/usr/bin:/bin HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" \
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}

echo "== bundle: --version"
got="$(bundled "$exe" --version)"
[ "$got" = "proofreader $version" ] || { echo "expected 'proofreader $version', got '$got'" >&2; exit 1; }

echo "== bundle: check"
status=0
bundled "$exe" check "$sample/translation.es.srt" --original "$sample/original.en.srt" \
  >"$scratch/check.txt" || status=$?
# 0: no error finding, 1: error findings; anything else means the command itself failed.
if [ "$status" -gt 1 ] || ! grep -q "^Checked [0-9]* cues" "$scratch/check.txt"; then
  cat "$scratch/check.txt" >&2
  echo "check failed with exit status $status" >&2
  exit 1
fi

echo "== bundle: convert"
bundled "$exe" convert "$sample/translation.es.srt" "$scratch/es.vtt"
[ "$(head -n 1 "$scratch/es.vtt")" = "WEBVTT" ] || { echo "convert wrote no WebVTT" >&2; exit 1; }

echo "== bundle: Qt probe (platform plugin, SVG icon, FFmpeg decode of the sample video)"
bundled PROOFREADER_BUNDLE_PROBE=1 "$exe" 2>"$scratch/probe.log" || { cat "$scratch/probe.log" >&2; exit 1; }

echo "== bundle: window start on a sample file (offscreen)"
# PROOFREADER_BENCH_EXIT_ON_SHOWN=1 makes the app quit once the document is on screen; a build
# without that hook is still fine if its window stays up until the timeout (status 124).
status=0
bundled PROOFREADER_BENCH_EXIT_ON_SHOWN=1 timeout 60 "$exe" edit "$sample/translation.es.srt" \
  >"$scratch/window.log" 2>&1 || status=$?
if ! { [ "$status" -eq 0 ] && grep -q "^document-shown" "$scratch/window.log"; } \
  && [ "$status" -ne 124 ]; then
  cat "$scratch/window.log" >&2
  echo "the window did not show the document (exit status $status)" >&2
  exit 1
fi

if bundled "$exe" --help | grep -q -- "--self-test"; then
  echo "== bundle: --demo --self-test"
  bundled "$exe" --demo --self-test
else
  echo "== bundle: --demo --self-test is not in this build yet; skipped"
fi
echo "bundle smoke test: every step passed"
