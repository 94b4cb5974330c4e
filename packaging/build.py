"""Build the one-folder app bundle with PyInstaller, then this platform's installer.

    uv run python packaging/build.py                 # bundle + .deb | Inno Setup .exe | .dmg
    uv run python packaging/build.py --bundle-only   # just dist/proofreader (what CI smoke-tests)

Linux: dist/proofreader/ and dist/proofreader_<version>_<arch>.deb. Windows: dist/proofreader/
and dist/proofreader-<version>-setup.exe (needs Inno Setup 6). macOS: dist/Proofreader.app and
dist/Proofreader-<version>.dmg. Prints sizes and timings; README.md beside this file explains.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
sys.path.insert(0, str(HERE))

import build_deb  # noqa: E402
import linux_depends  # noqa: E402

IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"
ISCC_DEFAULT = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")


def version() -> str:
    text = (ROOT / "proofreader" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if not match:
        raise SystemExit("proofreader/__init__.py has no __version__; cannot name the installer.")
    return match.group(1)


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def tree_size(path: Path) -> tuple[int, int]:
    """Bytes and file count under `path`, links counted as links."""
    files = [p for p in path.rglob("*") if p.is_symlink() or p.is_file()]
    return sum(p.lstat().st_size for p in files), len(files)


def run_pyinstaller(clean: bool) -> Path:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller")]
    cmd += ["--clean"] if clean else []
    subprocess.run([*cmd, str(HERE / "proofreader.spec")], check=True, cwd=ROOT)
    return DIST / ("Proofreader.app" if IS_MAC else "proofreader")


def strip_debug_info(bundle: Path) -> int:
    """Strip the ELF files built with debug info (the Python runtime); returns bytes saved.

    Not PyInstaller's strip=True: strip(1) corrupts the Qt wheel's patchelf-ed FFmpeg libraries.
    """
    saved = 0
    for path in linux_depends.elf_files(bundle):
        sections = subprocess.run(["readelf", "-S", str(path)], capture_output=True, text=True)
        if ".debug_info" not in sections.stdout:
            continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def print_pruned() -> None:
    report = WORK / "pyinstaller" / "proofreader" / "pruned.tsv"
    if not report.exists():
        return
    rows = [line.split("\t") for line in report.read_text(encoding="utf-8").splitlines()]
    total = sum(int(row[1]) for row in rows)
    print(f"pruned  {len(rows)} files, {megabytes(total)} (list: {report.relative_to(ROOT)})")


def linux_depends_list(bundle: Path, strict: bool) -> list[str]:
    """The .deb's Depends; a library found nowhere is an error for a package, a warning else."""
    needs = linux_depends.system_needs(bundle)
    problems = [
        f"{name} (needed by {', '.join(sorted(users)[:3])})"
        for name, users in sorted(needs.missing.items())
    ]
    problems += [f"{name} at {path} belongs to no package" for name, path in needs.unowned.items()]
    if problems:
        message = "system libraries not resolved on this machine: " + "; ".join(problems)
        if strict:
            raise SystemExit(f"{message}. Install the packages that provide them and build again.")
        print(f"warning: {message}")
    return sorted(needs.packages)


def windows_installer(bundle: Path, app_version: str) -> Path:
    found = shutil.which("iscc")
    iscc = Path(found) if found else ISCC_DEFAULT
    if not iscc.exists():
        raise SystemExit("Inno Setup 6 is not installed (iscc not found); install it and rebuild.")
    script = HERE / "windows" / "proofreader.iss"
    defines = [f"/DAppVersion={app_version}", f"/DBundleDir={bundle}", f"/DOutputDir={DIST}"]
    subprocess.run([str(iscc), "/Q", *defines, str(script)], check=True)
    return DIST / f"proofreader-{app_version}-setup.exe"


def macos_installer(app: Path, app_version: str) -> Path:
    dmg = DIST / f"Proofreader-{app_version}.dmg"
    subprocess.run(["bash", str(HERE / "macos" / "make_dmg.sh"), str(app), str(dmg)], check=True)
    return dmg


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle-only", action="store_true", help="skip the installer")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)
    app_version = version()
    started = time.monotonic()

    bundle = run_pyinstaller(args.clean)
    if sys.platform.startswith("linux"):
        saved = strip_debug_info(bundle)
        print(f"stripped debug info: {megabytes(saved)}")
    bundle_seconds = time.monotonic() - started
    print_pruned()
    size, count = tree_size(bundle)
    where = bundle.relative_to(ROOT)
    print(f"bundle  {where}: {megabytes(size)} in {count} files ({bundle_seconds:.0f} s)")

    if sys.platform.startswith("linux"):
        depends = linux_depends_list(bundle, strict=not args.bundle_only)
        print(f"Depends: {', '.join(depends)}")
    if args.bundle_only:
        return 0
    step = time.monotonic()
    if IS_WIN:
        installer = windows_installer(bundle, app_version)
    elif IS_MAC:
        installer = macos_installer(bundle, app_version)
    else:
        installer = build_deb.build_deb(bundle, DIST, WORK / "deb", app_version, depends)
    seconds = time.monotonic() - step
    where = installer.relative_to(ROOT)
    print(f"installer {where}: {megabytes(installer.stat().st_size)} ({seconds:.0f} s)")
    print(f"total {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
