"""Extract the interface's strings into .ts files and compile them into the .qm the app loads.

    uv run python packaging/translations.py update [--area NAME]   # after changing UI strings
    uv run python packaging/translations.py release   # after translating the .ts files
    uv run python packaging/translations.py check     # CI: .qm fresh, nothing untranslated

Strings are split by area into proofreader/ui/i18n/<lang>/<area>.ts so that several people can
translate at once; lrelease merges the areas into one proofreader_<lang>.qm.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "proofreader" / "ui"
I18N = UI / "i18n"
LANGUAGES = ("es",)
#: area -> the folders under proofreader/ui whose strings it holds; "window" takes the rest.
AREAS: dict[str, tuple[str, ...]] = {
    "editor": ("editor", "player", "spelling", "timeline", "waveform"),
    "connection": ("connection", "sessions", "translations"),
    "window": (),
}
#: Qt-free packages whose sentences the window shows (through proofreader.i18n), by area.
CORE_AREAS: dict[str, str] = {"workspace": "window", "workflow": "connection"}


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        sys.exit(f"pyside6-{name} was not found: run this with `uv run` so PySide6 is installed.")
    return found


def area_files() -> dict[str, list[Path]]:
    """Every UI source file, by area (plus the Qt-free packages the window speaks through, and
    app.py, which builds the first window)."""
    claimed = {folder: area for area, folders in AREAS.items() for folder in folders}
    files: dict[str, list[Path]] = {area: [] for area in AREAS}
    for path in sorted(UI.rglob("*.py")):
        top = path.relative_to(UI).parts[0]
        files[claimed.get(top, "window")].append(path)
    for package, area in CORE_AREAS.items():
        files[area].extend(sorted((ROOT / "proofreader" / package).rglob("*.py")))
    files["window"].append(ROOT / "proofreader" / "app.py")
    return files


def ts_files(language: str) -> list[Path]:
    return [I18N / language / f"{area}.ts" for area in AREAS]


def qm_file(language: str) -> Path:
    return I18N / f"proofreader_{language}.qm"


def update(only: str | None = None, folder: Path = I18N) -> None:
    for language in LANGUAGES:
        (folder / language).mkdir(parents=True, exist_ok=True)
        for area, sources in area_files().items():
            if only is not None and area != only:
                continue
            target = folder / language / f"{area}.ts"
            subprocess.run(
                [_tool("lupdate"), *map(str, sources), "-ts", str(target), "-no-obsolete",
                 "-locations", "none", "-source-language", "en", "-target-language", language,
                 "-silent"],
                check=True,
            )  # fmt: skip


def compile_qm(language: str, out: Path) -> None:
    subprocess.run(
        [_tool("lrelease"), "-silent", *map(str, ts_files(language)), "-qm", str(out)], check=True
    )


def release() -> None:
    for language in LANGUAGES:
        compile_qm(language, qm_file(language))
        print(f"{qm_file(language).relative_to(ROOT)}: {qm_file(language).stat().st_size:,} bytes")


def unfinished(ts: Path) -> list[str]:
    """Source strings of a .ts file with no finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else list(translation.iter("numerusform"))
        texts = (
            [f.text for f in forms]
            if forms
            else [None if translation is None else translation.text]
        )
        marked = translation is not None and translation.get("type") in {
            "unfinished",
            "vanished",
            "obsolete",
        }
        if marked or not all(texts):
            missing.append(message.findtext("source") or "")
    return missing


def check() -> int:
    problems = []
    for language in LANGUAGES:
        for ts in ts_files(language):
            if not ts.exists():
                problems.append(f"{ts.relative_to(ROOT)} is missing: run `update`.")
                continue
            for source in unfinished(ts):
                problems.append(f"{ts.relative_to(ROOT)}: not translated: {source!r}")
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh.qm"
            compile_qm(language, fresh)
            if (
                not qm_file(language).exists()
                or fresh.read_bytes() != qm_file(language).read_bytes()
            ):
                problems.append(f"{qm_file(language).relative_to(ROOT)} is stale: run `release`.")
    with tempfile.TemporaryDirectory() as tmp:  # strings in the code that no .ts has yet
        shutil.copytree(I18N, Path(tmp), dirs_exist_ok=True)
        update(folder=Path(tmp))
        for language in LANGUAGES:
            for ts in ts_files(language):
                fresh = Path(tmp) / language / ts.name
                for source in sorted(set(unfinished(fresh)) - set(unfinished(ts))):
                    problems.append(f"{ts.relative_to(ROOT)}: not extracted yet (run `update`): "
                                    f"{source!r}")  # fmt: skip
    print("\n".join(problems) or "Translations are complete and compiled.")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    parser.add_argument("--area", choices=tuple(AREAS), help="update: only this area's .ts")
    args = parser.parse_args()
    command = args.command
    if command == "update":
        update(args.area)
    elif command == "release":
        release()
    else:
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
