"""One window per library: a second `proofreader FILE` opens the file in the running window.

The running instance is this test process (a real window and server); the second launch is a
real `python -m proofreader.app` with the same PROOFREADER_HOME, run from another folder.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer
from pytestqt.qtbot import QtBot

from proofreader import app
from proofreader.library.paths import AppPaths
from proofreader.ui.single_instance import (
    Delivery,
    InstanceServer,
    claim,
    send_to_running,
    server_address,
)
from tests.ui.window_support import MakeWindow


def _launch(
    home: Path, *args: str, cwd: Path, extra: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PROOFREADER_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "PROOFREADER_BENCH_EXIT_ON_SHOWN": "1",  # if it opened its own window: quit at once
        "PYTHONPATH": str(Path(__file__).resolve().parents[3]),
        **(extra or {}),
    }
    env.pop("HEYGEN_API_KEY", None)
    return subprocess.Popen(
        [sys.executable, "-m", "proofreader.app", *args],
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(qtbot: QtBot, process: subprocess.Popen[str]) -> tuple[str, str]:
    """Keep this process's event loop running (it is the running instance) until it exits."""
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    finally:
        if process.poll() is None:
            process.kill()
    return process.communicate(timeout=10)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[InstanceServer]:
    running = InstanceServer(server_address(AppPaths.under(tmp_path / "home").data))
    assert running.listen()
    yield running
    running.close()


@pytest.mark.qt_log_ignore(r"^This plugin does not support raise\(\)$")  # offscreen: no stacking
def test_a_second_launch_opens_its_file_in_the_running_window(
    qtbot: QtBot,
    make_window: MakeWindow,
    server: InstanceServer,
    sample_files: tuple[Path, Path],
    tmp_path: Path,
) -> None:
    window = make_window()
    window.showMinimized()
    server.received.connect(lambda argv: app._open_forwarded(window, argv))
    translation, original = sample_files

    process = _launch(
        tmp_path / "home",
        *("edit", translation.name, "--original", original.name),
        cwd=translation.parent,  # relative to the launch's folder: sent as absolute paths
    )
    out, err = _finish(qtbot, process)

    assert process.returncode == 0, err
    assert "already running" in out
    assert "window-shown" not in out  # it never opened a window of its own
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session is not None
    assert window.session.source.translation == translation
    assert window.session.source.original == original
    assert not window.isMinimized()


def test_new_instance_opens_its_own_window(
    qtbot: QtBot, server: InstanceServer, tmp_path: Path
) -> None:
    received: list[list[str]] = []
    server.received.connect(received.append)

    process = _launch(tmp_path / "home", "--new-instance", cwd=tmp_path)
    out, err = _finish(qtbot, process)

    assert process.returncode == 0, err
    assert "window-shown" in out
    assert received == []


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix sockets only")
def test_a_socket_left_by_a_crash_does_not_block_the_start(qtbot: QtBot, tmp_path: Path) -> None:
    address = server_address(AppPaths.under(tmp_path / "home").data)
    probe = InstanceServer(address)
    assert probe.listen()
    path = probe._server.fullServerName()
    probe.close()
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(path)  # a socket file nobody listens on, as a killed instance leaves it
    crashed.close()
    assert Path(path).exists()

    claimed = claim(address, ["edit", "/nowhere.srt"])

    assert isinstance(claimed, InstanceServer) and claimed.is_listening()
    claimed.close()
    assert not Path(path).exists()


def test_a_broken_file_from_a_later_launch_does_not_end_the_running_app(
    qtbot: QtBot, sample_files: tuple[Path, Path], tmp_path: Path
) -> None:
    """Two real processes: `proofreader edit good.srt` runs; a later launch hands it a file
    that cannot be read; the running app says so in its window and keeps running."""
    translation, _original = sample_files
    broken = tmp_path / "broken.srt"
    broken.write_bytes(b"1\nthis is not a subtitle file\n\n")
    home = tmp_path / "home"
    address = server_address(AppPaths.under(home).data)
    env = {"PROOFREADER_BENCH_EXIT_ON_SHOWN": "0"}  # the first one stays up
    first = _launch(home, "edit", str(translation), cwd=tmp_path, extra=env)
    try:
        deadline = time.monotonic() + 60
        while send_to_running(address, []) is not Delivery.DELIVERED:
            assert first.poll() is None and time.monotonic() < deadline, first.communicate()
            time.sleep(0.1)  # poll: the first window is starting

        second = _launch(home, str(broken), cwd=tmp_path)
        out, err = _finish(qtbot, second)
        assert second.returncode == 0 and "already running" in out, err

        assert send_to_running(address, []) is Delivery.DELIVERED  # still there, answering
        assert first.poll() is None
    finally:
        first.terminate()
        _out, first_err = first.communicate(timeout=30)
        QLocalServer.removeServer(address)  # terminated: its socket file stays behind
    assert "Cannot read the translation" not in first_err  # a box in its window instead
