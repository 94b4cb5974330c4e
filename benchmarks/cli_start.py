"""Command-line start-up: `check`, `convert` and `report` on a 10-cue file against `python -c pass`.

    uv run python benchmarks/cli_start.py [--runs 15]

Each command runs in a fresh interpreter (as a user's shell does), with a private bytecode cache
warmed by one run first; the median wall time is shown, with what the command adds over an
empty interpreter. The files commands import only the subtitle core (an import-linter
contract keeps the HTTP client, the keychain and the sandbox out of them).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _ten_cues(folder: Path) -> tuple[Path, Path]:
    def srt(text: str) -> str:
        return "".join(
            f"{i}\n00:00:{i:02d},000 --> 00:00:{i:02d},900\n{text} {i}.\n\n" for i in range(1, 11)
        )

    translation, machine = folder / "talk.es.srt", folder / "machine.es.srt"
    translation.write_text(srt("Hola, esto es la línea"), encoding="utf-8")
    machine.write_text(srt("Hola, esta es la línea"), encoding="utf-8")
    return translation, machine


def _median_s(argv: list[str], env: dict[str, str], runs: int) -> float:
    subprocess.run(argv, env=env, capture_output=True, check=False)  # warm the bytecode cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        translation, machine = _ten_cues(folder)
        env = {**os.environ, "PROOFREADER_HOME": str(folder / "home"),
               "PYTHONPYCACHEPREFIX": str(folder / "pycache")}  # fmt: skip
        cli = [sys.executable, "-m", "proofreader.cli"]
        baseline = _median_s([sys.executable, "-c", "pass"], env, args.runs)
        print(f"Median of {args.runs} runs, 10-cue files, Python {sys.version.split()[0]}:")
        print(f"  python -c pass                     {baseline * 1000:6.0f} ms")
        commands = {
            "check": ["check", str(translation), "--lang", "es"],
            "convert": ["convert", str(translation), str(folder / "talk.es.vtt")],
            "report": [
                "report",
                str(translation),
                "--machine",
                str(machine),
                "--out",
                str(folder / "report.html"),
            ],
        }
        for name, rest in commands.items():
            spent = _median_s([*cli, *rest], env, args.runs)
            print(
                f"  proofreader {name:<22} {spent * 1000:6.0f} ms  "
                f"(+{(spent - baseline) * 1000:.0f} ms over the empty interpreter)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
