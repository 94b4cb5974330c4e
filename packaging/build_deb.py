"""Stage the Linux bundle as a Debian package and build the .deb with dpkg-deb.

Layout: the bundle under /opt/proofreader, /usr/bin/proofreader linking to it, the desktop
entry, hicolor icons and the .srt association (application/x-subrip is already defined by
shared-mime-info, so no MIME XML is shipped).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LINUX = HERE / "linux"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

PACKAGE = "proofreader"
MAINTAINER = "Proofreader developers <proofreader@example.org>"
SUMMARY = "Proofread HeyGen's machine-translated subtitles before the lip-synced render"
DESCRIPTION = """\
 Proofreader lets a reviewer correct the translated subtitles of a HeyGen video
 beside the original, with quality checks and a video preview, then upload the
 corrected SRT and start the final lip-synced render. Without an API key it runs
 on a built-in offline sandbox with sample media."""


def debian_version(version: str) -> str:
    """PEP 440 to Debian: pre-releases sort before the release (`1.0rc1` -> `1.0~rc1`)."""
    return re.sub(r"(?<=\d)\.?(a|b|rc|dev)(?=\d)", r"~\1", version)


def architecture() -> str:
    out = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
    return out.stdout.strip() or "amd64"


def control(version: str, depends: list[str], installed_kib: int) -> str:
    """The DEBIAN/control file."""
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {debian_version(version)}\n"
        f"Architecture: {architecture()}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        # Loaded at run time when present: PipeWire audio (else PulseAudio), VA-API decoding.
        "Recommends: shared-mime-info, desktop-file-utils, hicolor-icon-theme, libpipewire-0.3-0\n"
        "Suggests: libva2, libva-drm2, libva-x11-2\n"
        "Section: video\n"
        "Priority: optional\n"
        f"Description: {SUMMARY}\n{DESCRIPTION}\n"
    )


def _install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def _normalise_modes(root: Path) -> None:
    """Directories 0755, files 0644 or 0755 when executable, whatever the umask was."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def _tree_kib(root: Path) -> int:
    total = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir())
    return (total + 1023) // 1024


def stage(bundle: Path, staging: Path, version: str, depends: list[str]) -> Path:
    """Lay out the package's file system under `staging`; returns the root to build."""
    if staging.exists():
        shutil.rmtree(staging)
    root = staging / "root"
    shutil.copytree(bundle, root / "opt" / PACKAGE, symlinks=True)
    launcher = root / "usr" / "bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    # The bootloader resolves its own path through the link, so _internal/ is found in /opt.
    launcher.symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    share = root / "usr" / "share"
    _install(LINUX / "proofreader.desktop", share / "applications" / f"{PACKAGE}.desktop")
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{PACKAGE}.png"
        _install(ICONS / f"proofreader-{size}.png", target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{PACKAGE}.svg"
    _install(ICONS / "proofreader.svg", scalable)
    _install(LINUX / "copyright", share / "doc" / PACKAGE / "copyright")
    _normalise_modes(root)
    debian = root / "DEBIAN"
    debian.mkdir()
    for script in ("postinst", "postrm"):
        _install(LINUX / script, debian / script, 0o755)
    (debian / "control").write_text(control(version, depends, _tree_kib(root)))
    (debian / "control").chmod(0o644)
    return root


def build_deb(bundle: Path, out_dir: Path, staging: Path, version: str, depends: list[str]) -> Path:
    """Build dist/proofreader_<version>_<arch>.deb from the bundle; returns its path."""
    root = stage(bundle, staging, version, depends)
    deb = out_dir / f"{PACKAGE}_{debian_version(version)}_{architecture()}.deb"
    deb.unlink(missing_ok=True)
    cmd = ["dpkg-deb", "--build", "--root-owner-group", "-Zxz", str(root), str(deb)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return deb
