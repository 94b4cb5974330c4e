"""Before the window: are the X11 libraries that Qt's xcb platform plugin loads installed?

Without them Qt aborts with "Could not load the Qt platform plugin xcb" and a paragraph about
plugins; a fresh Ubuntu 22.04+ desktop lacks libxcb-cursor0, for one. Checking first turns
that into one sentence naming the libraries and the command that installs them.
No Qt here: it runs before Qt is loaded.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import shutil
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# The libraries Qt 6's xcb plugin needs beyond a basic X11 client, with their Debian/Ubuntu
# packages (Qt's "Qt for X11 Requirements").
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
INSTALL_COMMAND = "sudo apt-get install " + " ".join(XCB_LIBRARIES.values())
SKIP_ENV = "PROOFREADER_SKIP_PLATFORM_CHECK"  # set to 1: start Qt whatever this check thinks


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Qt will pick the xcb plugin: Linux, an X display, no other platform asked for."""
    if not sys.platform.startswith("linux"):
        return False
    platform = environ.get("QT_QPA_PLATFORM", "").strip()
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    # XDG_SESSION_TYPE=wayland without WAYLAND_DISPLAY still ends on xcb: Qt falls back to it
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def missing_libraries(load: Callable[[str], bool] | None = None) -> list[str]:
    """The sonames from XCB_LIBRARIES that cannot be loaded; when they all load, whatever
    else keeps Qt's own xcb plugin from loading (the soname its loader names)."""
    can_load = load or _loads
    missing = [name for name in XCB_LIBRARIES if not can_load(name)]
    if missing or load is not None:
        return missing
    plugin = _xcb_plugin()
    if plugin is None:
        return []
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:  # "libfoo.so.1: cannot open shared object file: ..."
        name = str(exc).split(":")[0].strip()
        return [name] if name.startswith("lib") and ".so" in name else []
    return []


def _xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def platform_problem(
    environ: Mapping[str, str] | None = None,
    load: Callable[[str], bool] | None = None,
    has_apt: bool | None = None,
) -> str | None:
    """One sentence when Qt's window would fail for want of X11 libraries, else None."""
    env = os.environ if environ is None else environ
    if env.get(SKIP_ENV, "").strip() in ("1", "yes", "true") or not uses_xcb(env):
        return None
    missing = missing_libraries(load)
    if not missing:
        return None
    packages = " ".join(XCB_LIBRARIES.get(name, name) for name in missing)
    apt = shutil.which("apt-get") is not None if has_apt is None else has_apt
    how = (
        f"install them with: sudo apt-get install {packages}"
        if apt
        else f"install your system's packages for them ({packages} on Debian and Ubuntu)"
    )
    return (
        f"Proofreader cannot open its window: Qt needs X11 libraries that are not installed "
        f"({', '.join(missing)}); {how} (or set {SKIP_ENV}=1 to try anyway)"
    )
