#!/usr/bin/env python3
"""Make the sandbox's "dubbed" audio of the sample talk: talk.<code>.m4a for es, fr and de.

The demo's render replaces the talk's English voice with one of these, so that a newcomer
hears what a render changes. Each translated cue of translation.<code>.srt is spoken with
espeak-ng, sped up (at most 1.6×) when it would run past the next cue, and placed at the cue's
start; the track is as long as talk.m4a. Needs espeak-ng and ffmpeg on PATH; run once, the
files are committed:  python3 resources/make_dubbed_audio.py
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent / "sample"
VOICES = {"es": "es", "fr": "fr-fr", "de": "de"}
WORDS_PER_MINUTE = "175"
MAX_TEMPO = 1.6
GAP_S = 0.1
BITEXACT = ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags", "+bitexact"]
_TIME = re.compile(r"(\d+):(\d+):(\d+)[,.](\d+)")


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def seconds(text: str) -> float:
    match = _TIME.match(text.strip())
    assert match is not None, text
    h, m, s, ms = (int(g) for g in match.groups())
    return h * 3600 + m * 60 + s + ms / 1000


def cues(path: Path) -> list[tuple[float, str]]:
    """(start, text) per cue of an SRT file."""
    found = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        lines = block.splitlines()
        start = seconds(lines[1].split("-->")[0])
        found.append((start, " ".join(lines[2:])))
    return found


def duration_of(path: Path) -> float:
    out = run("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
              str(path))  # fmt: skip
    return float(out.strip())


def make(code: str, voice: str, total: float, tmp: Path) -> Path:
    spoken = cues(SAMPLE / f"translation.{code}.srt")
    inputs: list[str] = []
    chains: list[str] = []
    for n, (start, text) in enumerate(spoken):
        raw, piece = tmp / f"{code}{n}.wav", tmp / f"{code}{n}t.wav"
        run("espeak-ng", "-v", voice, "-s", WORDS_PER_MINUTE, "-w", str(raw), text)
        trim = "silenceremove=start_periods=1:start_threshold=-50dB,areverse," \
               "silenceremove=start_periods=1:start_threshold=-50dB,areverse"  # fmt: skip
        run("ffmpeg", "-y", "-v", "error", "-i", str(raw), "-af", trim, str(piece))
        slot = (spoken[n + 1][0] if n + 1 < len(spoken) else total) - start - GAP_S
        tempo = min(MAX_TEMPO, max(1.0, duration_of(piece) / slot))
        inputs += ["-i", str(piece)]
        chains.append(f"[{n}:a]atempo={tempo:.3f},adelay={round(start * 1000)}:all=1[d{n}]")
    labels = "".join(f"[d{n}]" for n in range(len(spoken)))
    mix = f"{labels}amix=inputs={len(spoken)}:normalize=0,apad,atrim=0:{total:.3f}[a]"
    out = SAMPLE / f"talk.{code}.m4a"
    run("ffmpeg", "-y", "-v", "error", *inputs, "-filter_complex", ";".join([*chains, mix]),
        "-map", "[a]", "-ar", "22050", "-ac", "1", "-c:a", "aac", "-b:a", "32k", *BITEXACT,
        str(out))  # fmt: skip
    return out


def main() -> int:
    for tool in ("espeak-ng", "ffmpeg", "ffprobe"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed; install it and run this again.", file=sys.stderr)
            return 2
    total = duration_of(SAMPLE / "talk.m4a")
    with tempfile.TemporaryDirectory() as tmp:
        for code, voice in VOICES.items():
            out = make(code, voice, total, Path(tmp))
            print(f"{out.name}: {out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
