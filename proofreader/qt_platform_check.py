"""Before the window: are the X11 libraries that Qt's xcb platform plugin loads installed?

Without them Qt aborts with "Could not load the Qt platform plugin xcb" and a paragraph about
plugins; a fresh Ubuntu 22.04+ desktop lacks libxcb-cursor0, for one. Checking first turns
that into one sentence naming the libraries and the command that installs them.
No Qt here: it runs before Qt is loaded.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sys
from collections.abc import Callable, Mapping

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
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
INSTALL_COMMAND = "sudo apt-get install " + " ".join(XCB_LIBRARIES.values())


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
    wayland = environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland"
    return bool(environ.get("DISPLAY")) and not wayland


def missing_libraries(load: Callable[[str], bool] | None = None) -> list[str]:
    """The sonames from XCB_LIBRARIES that cannot be loaded."""
    can_load = load or _loads
    return [name for name in XCB_LIBRARIES if not can_load(name)]


def platform_problem(
    environ: Mapping[str, str] | None = None,
    load: Callable[[str], bool] | None = None,
    has_apt: bool | None = None,
) -> str | None:
    """One sentence when Qt's window would fail for want of X11 libraries, else None."""
    env = os.environ if environ is None else environ
    if not uses_xcb(env):
        return None
    missing = missing_libraries(load)
    if not missing:
        return None
    packages = " ".join(XCB_LIBRARIES[name] for name in missing)
    apt = shutil.which("apt-get") is not None if has_apt is None else has_apt
    how = (
        f"install them with: sudo apt-get install {packages}"
        if apt
        else f"install your system's packages for them ({packages} on Debian and Ubuntu)"
    )
    return (
        f"Proofreader cannot open its window: Qt needs X11 libraries that are not installed "
        f"({', '.join(missing)}); {how}"
    )
