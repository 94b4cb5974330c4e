"""The .deb's layout, control file and system dependencies, on a tiny stand-in bundle."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

needs_dpkg = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("dpkg-deb", "readelf", "ldd", "ar")),
    reason="needs a Debian system with binutils",
)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A one-folder bundle whose executable is a copy of a system binary."""
    root = tmp_path / "dist" / "proofreader"
    (root / "_internal" / "resources").mkdir(parents=True)
    shutil.copy2(shutil.which("true") or "/bin/true", root / "proofreader")
    (root / "_internal" / "resources" / "note.txt").write_text("sample\n")
    return root


def test_versions_follow_debian_ordering(deb: ModuleType) -> None:
    assert deb.debian_version("0.1.0") == "0.1.0"
    assert deb.debian_version("1.2.0rc1") == "1.2.0~rc1"
    assert deb.debian_version("1.2.0.dev3") == "1.2.0~dev3"


def test_the_control_file_names_version_and_dependencies(deb: ModuleType) -> None:
    text = deb.control("1.2.0rc1", ["libc6", "libegl1"], 1234)
    fields = dict(line.split(": ", 1) for line in text.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "proofreader"
    assert fields["Version"] == "1.2.0~rc1"
    assert fields["Depends"] == "libc6, libegl1"
    assert fields["Installed-Size"] == "1234"
    assert "@" in fields["Maintainer"]


def test_the_package_installs_under_opt_with_launcher_entry_and_icons(
    deb: ModuleType, bundle: Path, tmp_path: Path
) -> None:
    root = deb.stage(bundle, tmp_path / "staging", "0.1.0", ["libc6"])
    assert (root / "opt/proofreader/proofreader").is_file()
    assert (root / "opt/proofreader/_internal/resources/note.txt").is_file()
    launcher = root / "usr/bin/proofreader"
    assert launcher.is_symlink() and str(launcher.readlink()) == "/opt/proofreader/proofreader"
    assert (root / "usr/share/applications/proofreader.desktop").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (root / f"usr/share/icons/hicolor/{size}x{size}/apps/proofreader.png").is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps/proofreader.svg").is_file()
    for script in ("postinst", "postrm"):
        assert (root / "DEBIAN" / script).stat().st_mode & 0o777 == 0o755
    assert (root / "usr/share/applications/proofreader.desktop").stat().st_mode & 0o777 == 0o644


@needs_dpkg
def test_dpkg_deb_builds_an_xz_package(deb: ModuleType, bundle: Path, tmp_path: Path) -> None:
    path = deb.build_deb(bundle, tmp_path, tmp_path / "staging", "0.1.0", ["libc6"])
    info = subprocess.run(["dpkg-deb", "--info", str(path)], capture_output=True, text=True)
    assert "Package: proofreader" in info.stdout
    listing = subprocess.run(["ar", "t", str(path)], capture_output=True, text=True).stdout
    assert "data.tar.xz" in listing.split()
    contents = subprocess.run(["dpkg-deb", "-c", str(path)], capture_output=True, text=True)
    assert "root/root" in contents.stdout and "./opt/proofreader/proofreader" in contents.stdout


@needs_dpkg
def test_system_libraries_map_to_their_packages(depends: ModuleType, bundle: Path) -> None:
    needs = depends.system_needs(bundle)
    assert "libc6" in needs.packages
    assert not needs.missing
