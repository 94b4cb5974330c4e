"""Fuzz the sandbox with HeyGen's published document (schemathesis), as `.ci/run` does.

Bounded, offline and repeatable: a fixed seed, a fixed number of examples per operation, one
worker, the sandbox on loopback. Passes when no answer breaks its published schema and none is
a 5xx. Usage: `uv run python -m tests.contract.fuzz_sandbox [extra schemathesis options]`.

The sandbox is seeded first (an asset, a completed proofread, a render) and their ids are given
to schemathesis for the `{id}` paths, so the answers that matter (a proofread with its nullable
original, a render, an asset) are checked too, not only "not found" envelopes.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

from proofreader.heygen import HeyGenClient, MediaInput
from proofreader.sandbox import SandboxServer
from tests.contract.published import DOCUMENT
from tests.workflow.helpers import TALK

KEY = "sk-schemathesis-sandbox"
SEED = "20260706"
EXAMPLES = "25"


async def _seed(base_url: str) -> dict[str, str]:
    """Ids of a real asset, a completed proofread and a render in the sandbox."""
    async with httpx.AsyncClient() as http:
        client = HeyGenClient(http, KEY, base_url)
        asset = await client.upload_asset(TALK)
        created = await client.create_proofread(
            MediaInput.asset(asset.id), ["Spanish (Spain)"], "Fuzz"
        )
        proofread_id = created.proofread_ids[0]
        for _ in range(200):  # the sandbox completes it after proofread_delay_s
            if (await client.get_proofread(proofread_id)).status.value == "completed":
                break
            await asyncio.sleep(0.05)
        render = await client.generate(proofread_id)
    return {
        "asset_id": asset.id,
        "proofread_id": proofread_id,
        "video_translation_id": render.video_translation_id,
    }


def _config(ids: dict[str, str]) -> str:
    lines = ["[parameters]", *(f'"path.{name}" = "{value}"' for name, value in ids.items())]
    return "\n".join(lines) + "\n"


def main(extra: list[str]) -> int:
    with (
        tempfile.TemporaryDirectory(prefix="proofreader-fuzz-") as folder,
        SandboxServer(api_key=KEY, proofread_delay_s=0.1, render_delay_s=0.1) as sandbox,
    ):
        ids = asyncio.run(_seed(sandbox.base_url))
        (Path(folder) / "schemathesis.toml").write_text(_config(ids), encoding="utf-8")
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
