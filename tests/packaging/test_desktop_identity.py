"""The desktop entry, the icons and the install scripts a Linux desktop reads."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / "proofreader.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_double_clicking_an_srt_opens_it_in_proofreader() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "proofreader %f"
    assert "application/x-subrip" in entry["MimeType"].split(";")
    assert entry["Icon"] == "proofreader"
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_desktop_entry_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / "proofreader.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # no hints or warnings either


@pytest.mark.parametrize("size", HICOLOR_SIZES)
def test_each_hicolor_size_has_a_png_of_that_size(size: int) -> None:
    data = (ICONS / f"proofreader-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (size, size)


def test_the_svg_source_is_square() -> None:
    svg = ET.parse(ICONS / "proofreader.svg").getroot()
    assert svg.attrib["viewBox"] == "0 0 512 512"


def test_the_windows_and_macos_icons_hold_every_size() -> None:
    ico = (ICONS / "proofreader.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    icns = (ICONS / "proofreader.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)


@pytest.mark.parametrize(
    "script", ["linux/postinst", "linux/postrm", "ci_smoke.sh", "macos/make_dmg.sh"]
)
def test_the_shell_scripts_parse(script: str) -> None:
    shell = "bash" if script.endswith(".sh") else "sh"
    path = ROOT / "packaging" / script
    result = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_ci_runs_the_bundled_self_test_outside_the_venv() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert "bash packaging/ci_smoke.sh" in ci
    smoke = (ROOT / "packaging" / "ci_smoke.sh").read_text()
    assert "env -i PATH=/usr/bin:/bin" in smoke
    assert 'bundled timeout 300 "$exe" --demo --self-test' in smoke  # never skipped
    assert "desktop-file-validate" in smoke
