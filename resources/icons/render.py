"""Render the app icon's PNG sizes, the Windows .ico and the macOS .icns from proofreader.svg.

Run after editing the SVG: `python resources/icons/render.py` (needs `rsvg-convert`, from
Debian's librsvg2-bin; `cairosvg` from PyPI is used when rsvg-convert is absent). The outputs are
committed, so building the app never needs either tool.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "proofreader.svg"
# The hicolor sizes the .deb installs; the window icon and the installers use the same files.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types by pixel size; the retina (@2x) types reuse the same pixels.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(size: int, target: Path) -> None:
    """Draw the SVG as a square PNG of `size` pixels."""
    if shutil.which("rsvg-convert"):
        cmd = ["rsvg-convert", "-w", str(size), "-h", str(size), "-o", str(target), str(SOURCE)]
        subprocess.run(cmd, check=True)
        return
    import cairosvg

    cairosvg.svg2png(url=str(SOURCE), write_to=str(target), output_width=size, output_height=size)


def write_ico(pngs: dict[int, bytes], target: Path) -> None:
    """An ICO whose entries are PNG images (read by Windows since Vista)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    target.write_bytes(header + entries + blobs)


def write_icns(pngs: dict[int, bytes], target: Path) -> None:
    """An ICNS whose elements are PNG images (read by macOS since 10.7)."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", len(data) + 8) + data
    target.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


def main() -> int:
    pngs: dict[int, bytes] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for size in sorted({*PNG_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)}):
            path = Path(scratch) / f"{size}.png"
            render_png(size, path)
            pngs[size] = path.read_bytes()
    for size in PNG_SIZES:
        (HERE / f"proofreader-{size}.png").write_bytes(pngs[size])
    write_ico(pngs, HERE / "proofreader.ico")
    write_icns(pngs, HERE / "proofreader.icns")
    print(f"wrote {len(PNG_SIZES)} PNGs, proofreader.ico and proofreader.icns in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
