"""The bundle keeps what the app needs and leaves out what it never loads, on every platform."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
SITE = "/venv/lib/python3.11/site-packages/"


def test_unused_qt_modules_are_excluded(rules: ModuleType) -> None:
    excluded = set(rules.EXCLUDED_MODULES)
    for module in ("QtWebEngineCore", "QtWebEngineWidgets", "QtQuick", "QtQml", "QtQuick3D",
                   "Qt3DCore", "QtDesigner", "QtPdf", "QtCharts"):  # fmt: skip
        assert f"PySide6.{module}" in excluded
    for used in ("QtCore", "QtGui", "QtWidgets", "QtMultimedia", "QtMultimediaWidgets",
                 "QtNetwork", "QtSvg"):  # fmt: skip
        assert f"PySide6.{used}" not in excluded


def test_the_spec_applies_the_rules() -> None:
    spec = (PACKAGING / "proofreader.spec").read_text()
    assert "excludes=list(bundle_rules.EXCLUDED_MODULES)" in spec
    assert "bundle_rules.prune(a.binaries" in spec
    assert "bundle_rules.prune(a.datas" in spec


@pytest.mark.parametrize(
    ("dest", "platform"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux"),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "linux"),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux"),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", "linux"),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "linux"),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "linux"),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", "linux"),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", "linux"),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", "linux"),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", "linux"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "linux"),  # the FFmpeg plugin links it
        ("PySide6/Qt/lib/libQt6Qml.so.6", "linux"),
        ("PySide6/Qt/lib/libQt6Svg.so.6", "linux"),
        ("PySide6/Qt/lib/libavcodec.so.61", "linux"),
        ("PySide6\\plugins\\platforms\\qwindows.dll", "win32"),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", "win32"),
        ("PySide6\\plugins\\multimedia\\ffmpegmediaplugin.dll", "win32"),
        ("PySide6\\Qt6Widgets.dll", "win32"),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "darwin"),
        ("PySide6/Qt/lib/QtMultimedia.framework/Versions/A/QtMultimedia", "darwin"),
        ("resources/sample/talk.mp4", "linux"),
        ("libpython3.11.so.1.0", "linux"),
    ],
)
def test_what_the_app_needs_stays(rules: ModuleType, dest: str, platform: str) -> None:
    assert rules.prune_reason(dest, SITE + dest, platform) is None


@pytest.mark.parametrize(
    ("dest", "platform"),
    [
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "linux"),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "linux"),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", "linux"),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "linux"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "linux"),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", "linux"),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "linux"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "linux"),
        ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", "linux"),
        ("PySide6/Qt/translations/qtbase_de.qm", "linux"),
        ("PySide6\\plugins\\multimedia\\windowsmediaplugin.dll", "win32"),
        ("PySide6\\Qt6Pdf.dll", "win32"),
        ("PySide6\\translations\\qtbase_fr.qm", "win32"),
        ("PySide6/Qt/plugins/multimedia/libdarwinmediaplugin.dylib", "darwin"),
        ("PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf", "darwin"),
    ],
)
def test_what_the_app_never_loads_goes(rules: ModuleType, dest: str, platform: str) -> None:
    assert rules.prune_reason(dest, SITE + dest, platform)


def test_desktop_libraries_come_from_the_system_on_linux_only(rules: ModuleType) -> None:
    system = "/lib/x86_64-linux-gnu/"
    for name in ("libxcb.so.1", "libfontconfig.so.1", "libstdc++.so.6", "libdbus-1.so.3"):
        assert rules.prune_reason(name, system + name, "linux")
        assert rules.prune_reason(name, system + name, "darwin") is None
    assert rules.prune_reason("libssl.so.3", system + "libssl.so.3", "linux") is None
    # a library that a wheel ships stays, whatever its name
    assert rules.prune_reason("libX11.so.6", SITE + "pkg.libs/libX11.so.6", "linux") is None


def test_a_link_to_a_pruned_library_goes_with_it(rules: ModuleType) -> None:
    toc = [
        ("PySide6/Qt/lib/libQt6Pdf.so.6", SITE + "PySide6/Qt/lib/libQt6Pdf.so.6", "BINARY"),
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", SITE + "PySide6/Qt/lib/libQt6Gui.so.6", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ]
    kept, dropped = rules.prune(toc, "linux")
    assert [entry[0] for entry in kept] == ["PySide6/Qt/lib/libQt6Gui.so.6", "libQt6Gui.so.6"]
    assert {entry[0] for entry, _ in dropped} == {"PySide6/Qt/lib/libQt6Pdf.so.6", "libQt6Pdf.so.6"}


def test_libraries_nothing_links_any_more_are_dropped(rules: ModuleType) -> None:
    toc = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libpng16.so.16", "/lib/libpng16.so.16", "BINARY"),  # was needed by a pruned plugin
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
        ("resources/sample/talk.mp4", "/r/talk.mp4", "DATA"),
    ]
    links = {"/s/QtGui.abi3.so": ["libQt6Gui.so.6"], "/s/libqxcb.so": ["libQt6Gui.so.6"]}
    kept, dropped = rules.drop_orphans(toc, lambda source: links.get(source, []))
    assert [entry[0] for entry, _ in dropped] == ["libpng16.so.16"]
    assert len(kept) == len(toc) - 1


def test_the_bundle_ships_the_sample_media_the_self_test_uploads(rules: ModuleType) -> None:
    root = PACKAGING.parent
    for source, folder in rules.RESOURCES:
        assert list(root.glob(source)), f"{source} matches no file"
        assert folder.startswith(("resources/", "proofreader/"))  # mirrored under _internal/
    sample = [folder for source, folder in rules.RESOURCES if source == "resources/sample"]
    assert sample == ["resources/sample"]
    assert (root / "resources/sample/talk.mp4").is_file()


def test_each_data_package_is_installed_with_the_data_listed(rules: ModuleType) -> None:
    for package, patterns in rules.DATA_PACKAGES.items():
        spec = importlib.util.find_spec(package)
        assert spec is not None and spec.origin is not None, f"{package} is not installed"
        folder = Path(spec.origin).parent
        for pattern in patterns or ("*",):
            assert list(folder.glob(pattern)), f"no data file of {package} matches {pattern}"


def test_the_spec_ships_what_the_rules_list() -> None:
    spec = (PACKAGING / "proofreader.spec").read_text()
    for name in ("RESOURCES", "DATA_PACKAGES", "HIDDEN_IMPORTS"):
        assert f"bundle_rules.{name}" in spec


def test_qt_translations_stay_for_a_language_the_interface_is_in(
    rules: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    qm = "PySide6/Qt/translations/{}.qm"
    monkeypatch.setattr(rules, "QT_TRANSLATION_LANGUAGES", ("de", "pt_BR"))
    for kept in ("qtbase_de", "qt_de", "qtmultimedia_pt_BR"):
        assert rules.prune_reason(qm.format(kept), SITE + qm.format(kept)) is None
    for dropped in ("qtbase_fr", "qtbase_pt", "qtdeclarative_de", "assistant_de"):
        assert rules.prune_reason(qm.format(dropped), SITE + qm.format(dropped))
