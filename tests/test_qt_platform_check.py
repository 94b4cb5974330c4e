"""The start-up check for the X11 libraries Qt's xcb plugin needs: one sentence, not Qt's abort."""

from __future__ import annotations

import sys

import pytest

from proofreader import app
from proofreader.qt_platform_check import XCB_LIBRARIES, platform_problem

X11 = {"DISPLAY": ":0"}
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")


@linux_only
def test_missing_libraries_are_named_with_the_install_command() -> None:
    gone = {"libxcb-cursor.so.0", "libxcb-keysyms.so.1"}
    sentence = platform_problem(X11, load=lambda name: name not in gone, has_apt=True)
    assert sentence is not None
    assert "libxcb-cursor.so.0, libxcb-keysyms.so.1" in sentence
    assert "sudo apt-get install libxcb-cursor0 libxcb-keysyms1 (or set" in sentence


@linux_only
def test_without_apt_the_packages_are_still_named() -> None:
    sentence = platform_problem(X11, load=lambda name: False, has_apt=False)
    assert sentence is not None and "apt-get" not in sentence
    assert all(package in sentence for package in XCB_LIBRARIES.values())


@pytest.mark.parametrize(
    "environ",
    [
        {},  # no display: Qt's own message about the display is the right one
        {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"},
        {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"},
        {"DISPLAY": ":0", "PROOFREADER_SKIP_PLATFORM_CHECK": "1"},  # the user said try anyway
    ],
)
def test_nothing_is_said_when_qt_will_not_use_xcb(environ: dict[str, str]) -> None:
    assert platform_problem(environ, load=lambda name: False) is None


@linux_only
def test_a_wayland_session_without_a_wayland_display_is_checked() -> None:
    """Qt falls back to xcb there, so the libraries are needed all the same."""
    environ = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}
    assert platform_problem(environ, load=lambda name: name != "libGL.so.1") is not None


@linux_only
def test_all_present_says_nothing() -> None:
    assert platform_problem(X11, load=lambda name: True) is None


@linux_only
def test_the_window_command_stops_with_the_sentence_before_qt_starts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr("proofreader.qt_platform_check._loads", lambda name: "cursor" not in name)
    monkeypatch.setattr(app, "_run_qt", lambda _args: pytest.fail("Qt was started"))
    assert app.run_window(["--demo"]) == 1
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0" in err and "libxcb-cursor0" in err
    assert err.count("\n") == 1  # one sentence
