"""Upload and download throughput of the HeyGen client beside curl's, through the sandbox.

Run: uv run python benchmarks/transfer.py [--size-mb 1024] [--repeat 1]

The sandbox runs in a child process (`python -m proofreader.sandbox`) so that its memory and
CPU are not counted as ours, and both clients talk to the same server over loopback. Ours
uploads by the direct route (POST direct-uploads, PUT to the presigned URL, complete) and
downloads the asset's presigned URL; curl does the same PUT (`curl -T`) to a fresh slot and
the same GET (`curl -o`). Goals (issue 2): at least 80 % of curl's throughput, and under
100 MB of peak memory growth (the high-water mark of our resident set, before → after).
CPU seconds per GiB are printed too: on a shared machine they vary far less than MB/s.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from proofreader.heygen import HeyGenClient

KEY = "sandbox-key"
CONTENT_TYPE = "video/mp4"
_BLOCK = 4 << 20
_RUNNING = re.compile(r"running at (http://\S+) \(storage at (http://\S+)\)")


def max_rss_mb() -> float:
    """Peak resident set of this process so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def cpu_seconds(who: int) -> float:
    """User + system CPU time of this process (RUSAGE_SELF) or of its reaped children."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def make_file(path: Path, size: int) -> str:
    """`size` bytes of incompressible data, written in blocks; its SHA-256."""
    digest = hashlib.sha256()
    block = bytearray(os.urandom(_BLOCK))
    with path.open("wb") as out:
        written = 0
        index = 0
        while written < size:
            block[:8] = index.to_bytes(8, "little")  # every block differs
            chunk = bytes(block[: min(_BLOCK, size - written)])
            out.write(chunk)
            digest.update(chunk)
            written += len(chunk)
            index += 1
    return digest.hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_BLOCK):
            digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def sandbox_process(folder: Path) -> Iterator[tuple[str, str]]:
    """The sandbox in a child process; yields (API base URL, storage URL)."""
    state = folder / "sandbox.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-m", "proofreader.sandbox", "--state", str(state)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            found = _RUNNING.search(line)
            if found:
                yield found.group(1), found.group(2)
                break
        else:
            raise RuntimeError("The sandbox did not start.")
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def curl(*args: str) -> float:
    """Run curl quietly (failing on HTTP errors); the seconds it took."""
    started = time.perf_counter()
    subprocess.run(["curl", "-sS", "-f", "-o", "/dev/null", *args], check=True)
    return time.perf_counter() - started


def curl_download(url: str, dest: Path) -> float:
    started = time.perf_counter()
    subprocess.run(["curl", "-sS", "-f", "-o", str(dest), url], check=True)
    return time.perf_counter() - started


Round = tuple[float, float, float, float]
"""Seconds for the upload and the download, then the CPU seconds each took."""


async def curl_round(api: httpx.AsyncClient, source: Path, dest: Path) -> Round:
    """curl's upload (PUT to a fresh slot) and download of the same file."""
    size = source.stat().st_size
    slot = (
        await api.post(
            "/v3/assets/direct-uploads",
            json={"filename": source.name, "content_type": CONTENT_TYPE, "size_bytes": size},
        )
    ).json()["data"]
    headers = [arg for k, v in slot["upload_headers"].items() for arg in ("-H", f"{k}: {v}")]
    cpu = cpu_seconds(resource.RUSAGE_CHILDREN)
    up = await asyncio.to_thread(curl, "-T", str(source), *headers, slot["upload_url"])
    up_cpu = cpu_seconds(resource.RUSAGE_CHILDREN) - cpu
    done = (await api.post(f"/v3/assets/{slot['asset_id']}/complete", json={})).json()["data"]
    cpu = cpu_seconds(resource.RUSAGE_CHILDREN)
    down = await asyncio.to_thread(curl_download, done["url"], dest)
    return up, down, up_cpu, cpu_seconds(resource.RUSAGE_CHILDREN) - cpu


async def our_round(client: HeyGenClient, source: Path, dest: Path) -> Round:
    """Our client's direct upload and download of the same file."""
    cpu = cpu_seconds(resource.RUSAGE_SELF)
    started = time.perf_counter()
    asset = await client.upload_asset(source, content_type=CONTENT_TYPE, force_direct=True)
    up = time.perf_counter() - started
    up_cpu = cpu_seconds(resource.RUSAGE_SELF) - cpu
    url = asset.url or (await client.get_asset(asset.id)).url
    assert url, "the uploaded asset has no download URL"
    cpu = cpu_seconds(resource.RUSAGE_SELF)
    started = time.perf_counter()
    await client.download(url, dest)
    down = time.perf_counter() - started
    return up, down, up_cpu, cpu_seconds(resource.RUSAGE_SELF) - cpu


def load() -> str:
    """The 1-minute load average beside the core count: other work skews the wall clock."""
    return f"load {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"


async def measure(size: int, repeat: int, folder: Path) -> None:
    source = folder / "bench.mp4"
    print(f"Writing {size / 1e6:.0f} MB of random data … ({load()})", flush=True)
    checksum = make_file(source, size)
    ours: list[Round] = []
    theirs: list[Round] = []
    with sandbox_process(folder) as (base_url, _storage):
        async with (
            httpx.AsyncClient(base_url=base_url, headers={"X-Api-Key": KEY}, timeout=60) as api,
            httpx.AsyncClient() as http,
        ):
            client = HeyGenClient(http, KEY, base_url)
            before = max_rss_mb()
            for round_index in range(repeat):
                # Alternate who goes first, so neither always meets a cold or a busy disk.
                order = ("ours", "curl") if round_index % 2 == 0 else ("curl", "ours")
                for who in order:
                    if who == "ours":
                        ours.append(await our_round(client, source, folder / "ours.bin"))
                        ok = sha256_file(folder / "ours.bin") == checksum
                        (folder / "ours.bin").unlink()
                        if not ok:
                            raise SystemExit("Our download does not match the uploaded file.")
                    else:
                        theirs.append(await curl_round(api, source, folder / "curl.bin"))
                        (folder / "curl.bin").unlink()
                print(
                    f"round {round_index + 1}: upload ours {size / 1e6 / ours[-1][0]:.0f} / "
                    f"curl {size / 1e6 / theirs[-1][0]:.0f} MB/s, download ours "
                    f"{size / 1e6 / ours[-1][1]:.0f} / curl {size / 1e6 / theirs[-1][1]:.0f} MB/s",
                    flush=True,
                )
            growth = max_rss_mb() - before

    def rate(seconds: float) -> float:
        return size / 1e6 / seconds

    gib = size / (1 << 30)
    print(f"\n{size / 1e6:.0f} MB through the sandbox on loopback, best of {repeat} ({load()}):")
    print(
        f"{'':10}{'ours MB/s':>11}{'curl MB/s':>11}{'ours/curl':>11}"
        f"{'ours CPU s/GiB':>16}{'curl CPU s/GiB':>16}"
    )
    for label, index in (("upload", 0), ("download", 1)):
        mine = rate(min(r[index] for r in ours))
        curls = rate(min(r[index] for r in theirs))
        my_cpu = min(r[index + 2] for r in ours) / gib
        curl_cpu = min(r[index + 2] for r in theirs) / gib
        print(
            f"{label:10}{mine:11.0f}{curls:11.0f}{mine / curls:11.0%}{my_cpu:16.2f}{curl_cpu:16.2f}"
        )
    print("goal: ours/curl >= 80 %")
    print(f"peak memory growth (max RSS): {growth:.1f} MB   goal < 100 MB")
    print("checksums: our download matches the uploaded file")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=1024, help="file size (default 1024)")
    parser.add_argument("--repeat", type=int, default=1, help="rounds; the best is shown")
    args = parser.parse_args()
    if shutil.which("curl") is None:
        raise SystemExit("curl is not installed; install it to compare (apt-get install curl).")
    folder = Path(tempfile.mkdtemp(prefix="proofreader-bench-"))
    try:
        asyncio.run(measure(args.size_mb << 20, max(1, args.repeat), folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
