#!/usr/bin/env bash
# Build the Linux bundle and its .deb, then run the bundle as an installed copy runs: outside any
# virtual environment, no display (Qt offscreen), an empty home. .ci/run calls this.
#   bash packaging/ci_smoke.sh              # build dist/proofreader and the .deb, then test them
#   bash packaging/ci_smoke.sh --no-build   # test the dist/proofreader and .deb already there
#   bash packaging/ci_smoke.sh --install    # also (as root) install the .deb, run
#                                           # /usr/bin/proofreader, and remove the package again
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
install=0
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --install) install=1 ;;
    *) echo "usage: bash packaging/ci_smoke.sh [--no-build] [--install]" >&2; exit 2 ;;
  esac
done

DEB_LIMIT=100000000 # the .deb's size goal in bytes (build.py counts MB as 10^6 bytes)

version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' proofreader/__init__.py)"
# build_deb.debian_version: pre-releases sort before the release (1.0rc1 -> 1.0~rc1)
deb_version="$(sed -E 's/([0-9])\.?(a|b|rc|dev)([0-9])/\1~\2\3/g' <<<"$version")"
deb="$PWD/dist/proofreader_${deb_version}_$(dpkg --print-architecture).deb"
exe="$PWD/dist/proofreader/proofreader"
sample="$PWD/resources/sample"

if [ "$build" = 1 ]; then
  echo "== build: bundle and .deb"
  uv run --locked python packaging/build.py
fi
for built in "$exe" "$deb"; do
  [ -e "$built" ] || { echo "$built is missing: build it with packaging/build.py" >&2; exit 1; }
done

scratch="$(mktemp -d)"
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then
    dpkg --purge proofreader >/dev/null || echo "could not remove the proofreader package" >&2
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

megabytes() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
bundle_bytes="$(find dist/proofreader -type f -printf '%s\n' -o -type l -printf '%s\n' \
  | awk '{ s += $1 } END { print s + 0 }')"
deb_bytes="$(stat -c %s "$deb")"
echo "== sizes: bundle dist/proofreader $(megabytes "$bundle_bytes")," \
  "dist/$(basename "$deb") $(megabytes "$deb_bytes") (goal: at most $(megabytes $DEB_LIMIT))"
if [ "$deb_bytes" -gt "$DEB_LIMIT" ]; then
  echo "the .deb is larger than $(megabytes $DEB_LIMIT): see packaging/README.md" \
    "(What was cut, and why) and prune more" >&2
  exit 1
fi

echo "== .deb: desktop entry"
dpkg-deb -x "$deb" "$scratch/deb"
desktop-file-validate "$scratch/deb/usr/share/applications/proofreader.desktop"
got="$(dpkg-deb -f "$deb" Version)"
[ "$got" = "$deb_version" ] || { echo "the .deb is version $got, not $deb_version" >&2; exit 1; }

# A fresh home for each run: nothing of this shell's environment (no venv, no PYTHONPATH, no
# display), HOME and the app's own home empty.
runs=0
bundled() {
  runs=$((runs + 1))
  local home="$scratch/run$runs"
  mkdir -m 700 -p "$home/home" "$home/runtime" "$home/proofreader"
  env -i PATH=/usr/bin:/bin HOME="$home/home" XDG_RUNTIME_DIR="$home/runtime" \
    PROOFREADER_HOME="$home/proofreader" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}

# The checks, on the executable `$1` (the bundle in dist/, or /usr/bin/proofreader).
smoke() {
  local exe="$1" got status
  echo "== $exe --version"
  got="$(bundled "$exe" --version)"
  [ "$got" = "proofreader $version" ] \
    || { echo "expected 'proofreader $version', got '$got'" >&2; return 1; }

  echo "== $exe check"
  status=0
  bundled "$exe" check "$sample/translation.es.srt" --original "$sample/original.en.srt" \
    >"$scratch/check.txt" || status=$?
  # 0: no error finding, 1: error findings; anything else means the command itself failed.
  if [ "$status" -gt 1 ] || ! grep -q "^Checked [0-9]* cues" "$scratch/check.txt"; then
    cat "$scratch/check.txt" >&2
    echo "check failed with exit status $status" >&2
    return 1
  fi

  echo "== $exe convert"
  bundled "$exe" convert "$sample/translation.es.srt" "$scratch/es.vtt"
  [ "$(head -n 1 "$scratch/es.vtt")" = "WEBVTT" ] \
    || { echo "convert wrote no WebVTT" >&2; return 1; }

  echo "== $exe Qt probe (platform plugin, SVG icon, FFmpeg decode of the sample video)"
  bundled PROOFREADER_BUNDLE_PROBE=1 "$exe" 2>"$scratch/probe.log" \
    || { cat "$scratch/probe.log" >&2; return 1; }

  echo "== $exe edit (window start on a sample file, offscreen)"
  # PROOFREADER_BENCH_EXIT_ON_SHOWN=1 makes the app quit once the document is on screen.
  status=0
  bundled PROOFREADER_BENCH_EXIT_ON_SHOWN=1 timeout 60 "$exe" edit "$sample/translation.es.srt" \
    >"$scratch/window.log" 2>&1 || status=$?
  if [ "$status" -ne 0 ] || ! grep -q "^document-shown" "$scratch/window.log"; then
    cat "$scratch/window.log" >&2
    echo "the window did not show the document (exit status $status)" >&2
    return 1
  fi

  echo "== $exe --demo --self-test (offscreen)"
  status=0
  bundled timeout 300 "$exe" --demo --self-test || status=$?
  [ "$status" -eq 0 ] || { echo "the self-test failed (exit status $status)" >&2; return 1; }
}

smoke "$exe"

if [ "$install" = 1 ]; then
  if dpkg-query -W -f='${Status}' proofreader 2>/dev/null | grep -q " installed$"; then
    echo "a proofreader package is already installed: remove it first (dpkg -r proofreader)" >&2
    exit 1
  fi
  echo "== install $deb"
  installed=1
  dpkg -i "$deb" >/dev/null
  smoke /usr/bin/proofreader
  dpkg --purge proofreader >/dev/null  # -r would leave it in the config-files state (postrm)
  installed=0
  [ ! -e /usr/bin/proofreader ] && [ ! -e /opt/proofreader ] \
    || { echo "dpkg -r left /usr/bin/proofreader or /opt/proofreader behind" >&2; exit 1; }
  echo "== removed the package again"
fi
echo "bundle smoke test: every step passed"
