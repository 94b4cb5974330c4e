"""Fuzz the sandbox with HeyGen's published document (schemathesis), as `.ci/run` does.

Bounded, offline and repeatable: a fixed seed, a fixed number of examples per operation, one
worker, the sandbox on loopback. Passes when no answer breaks its published schema and none is
a 5xx. Usage: `uv run python -m tests.contract.fuzz_sandbox [extra schemathesis options]`.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from proofreader.sandbox import SandboxServer
from tests.contract.published import DOCUMENT

KEY = "sk-schemathesis-sandbox"
SEED = "20260706"
EXAMPLES = "25"


def main(extra: list[str]) -> int:
    with (
        tempfile.TemporaryDirectory(prefix="proofreader-fuzz-") as folder,
        SandboxServer(api_key=KEY, proofread_delay_s=0.1, render_delay_s=0.1) as sandbox,
    ):
        command = [
            sys.executable,
            "-m",
            "schemathesis.cli",
            "run",
            str(DOCUMENT.resolve()),
            "--url",
            sandbox.base_url,
            "--header",
            f"X-Api-Key: {KEY}",
            "--checks",
            "not_a_server_error,response_schema_conformance",
            "--phases",
            "examples,coverage,fuzzing",
            "--max-examples",
            EXAMPLES,
            "--seed",
            SEED,
            "--workers",
            "1",
            "--request-timeout",
            "20",
            "--report-dir",
            str(Path(folder) / "report"),
            *extra,
        ]
        # in the temporary folder: schemathesis keeps a cache of crashes in the working folder
        return subprocess.run(command, check=False, cwd=folder).returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
