"""The Debian packages the Linux bundle needs from the system, found the way dpkg-shlibdeps does.

Every ELF file in the bundle names the libraries it links (DT_NEEDED). Those the bundle does not
carry come from the system: `ldd` finds where, `dpkg -S` which package owns them. Only direct
needs count; each package brings its own dependencies.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")
_LDD_LOADER = re.compile(r"^\s*(/\S+)\s+\(0x")  # the dynamic loader: listed by path alone


@dataclass
class SystemNeeds:
    """What the bundle takes from the system: packages by name, and libraries nobody provides."""

    packages: dict[str, set[str]] = field(default_factory=dict)  # package -> sonames
    missing: dict[str, set[str]] = field(default_factory=dict)  # soname -> bundle files
    unowned: dict[str, str] = field(default_factory=dict)  # soname -> path outside any package


def elf_files(root: Path) -> list[Path]:
    """The ELF binaries under `root` (symlinks are skipped: their targets are listed)."""
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed(path: Path) -> list[str]:
    """The sonames `path` links directly."""
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return _NEEDED.findall(out)


def resolve(path: Path, library_path: Path) -> dict[str, str]:
    """soname -> resolved path (or 'not found'), as the loader would see it from the bundle."""
    env = {**os.environ, "LD_LIBRARY_PATH": str(library_path)}
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
    found = {}
    for line in out.splitlines():
        if m := _LDD_LINE.match(line):
            found[m.group(1)] = m.group(2)
        elif m := _LDD_LOADER.match(line):
            found[Path(m.group(1)).name] = m.group(1)
    return found


def owner(path: str) -> str | None:
    """The Debian package that installed `path` (merged /usr aware)."""
    real = os.path.realpath(path)
    candidates = {path, real}
    for name in list(candidates):
        if name.startswith("/usr/"):
            candidates.add(name[4:])
        else:
            candidates.add("/usr" + name)
    for candidate in sorted(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            package = result.stdout.split(":", 1)[0]
            return package.split(",")[0].strip()
    return None


def system_needs(bundle: Path) -> SystemNeeds:
    """Which system packages the bundle under `bundle` (dist/proofreader) needs."""
    internal = bundle / "_internal"
    files = elf_files(bundle)
    carried = {p.name for p in bundle.rglob("*")}
    result = SystemNeeds()
    owners: dict[str, str | None] = {}
    for path in files:
        outside = [name for name in needed(path) if name not in carried]
        if not outside:
            continue
        where = resolve(path, internal)
        for soname in outside:
            location = where.get(soname, "not found")
            if location == "not found":
                result.missing.setdefault(soname, set()).add(str(path.relative_to(bundle)))
                continue
            if soname not in owners:
                owners[soname] = owner(location)
            package = owners[soname]
            if package is None:
                result.unowned[soname] = location
            else:
                result.packages.setdefault(package, set()).add(soname)
    return result
