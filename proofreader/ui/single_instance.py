"""One window per user and library: a second launch hands its file to the running window.

The first instance listens on a local socket whose name is a hash of the user and the app's
data folder (so PROOFREADER_HOME, tests and self-tests never meet the real app). A later
launch connects, sends its window arguments (paths made absolute) as one JSON line, waits for
"ok" and exits; the running window opens the file and comes to the front. A socket left
behind by a crash is removed when listening on it fails. A lock file makes the
check-then-listen step atomic when two launches race (a double-click on two files).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1000
ANSWER_TIMEOUT_MS = 5000
LOCK_TIMEOUT_MS = 5000
_MAX_MESSAGE = 64 * 1024
_OK = b"ok\n"


class Delivery(Enum):
    """What happened to a launch's arguments."""

    NOT_RUNNING = "not running"  # no window to hand them to: this launch opens its own
    DELIVERED = "delivered"  # the running window took them
    NO_ANSWER = "no answer"  # something listens but does not answer (a hung window)


def server_address(app_root: Path, user: str | None = None) -> str:
    """The socket for this user and data folder: a private file in XDG_RUNTIME_DIR on Linux,
    else a name Qt places in the temporary folder (Unix) or the named-pipe space (Windows)."""
    try:
        who = user if user is not None else getpass.getuser()
    except Exception:  # no user name in a bare container: the home folder still differs
        who = str(Path.home())
    digest = hashlib.sha256(f"{who}\0{app_root.absolute()}".encode()).hexdigest()[:16]
    name = f"proofreader-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform.startswith("linux") and runtime and Path(runtime).is_dir():
        return str(Path(runtime) / name)
    return name


def _lock_path(address: str) -> str:
    if os.path.isabs(address):
        return address + ".lock"
    return str(Path(QDir.tempPath()) / f"{address}.lock")


def send_to_running(address: str, argv: Sequence[str]) -> Delivery:
    """Give `argv` to the instance listening on `address`, if there is one."""
    socket = QLocalSocket()
    socket.connectToServer(address)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return Delivery.NOT_RUNNING
    try:
        socket.write(json.dumps({"argv": list(argv)}).encode() + b"\n")
        socket.flush()
        answer = b""
        while b"\n" not in answer and socket.waitForReadyRead(ANSWER_TIMEOUT_MS):
            answer += bytes(socket.readAll().data())
        return Delivery.DELIVERED if answer == _OK else Delivery.NO_ANSWER
    finally:
        socket.abort()


class InstanceServer(QObject):
    """Listens for later launches; `received` carries each one's window arguments."""

    received = Signal(list)

    def __init__(self, address: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.address = address
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening. Called when nothing answered on the address, so a socket that is
        in the way was left by a crashed instance: it is removed and listening tried again."""
        if self._server.listen(self.address):
            return True
        log.info("Removing a stale instance socket: %s", self._server.errorString())
        QLocalServer.removeServer(self.address)
        if self._server.listen(self.address):
            return True
        log.warning("Cannot listen for other launches: %s", self._server.errorString())
        return False

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        """Stop listening (the socket file goes away with it)."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data and len(data) < _MAX_MESSAGE:
            self._buffers[socket] = data
            return
        self._buffers[socket] = b""
        argv = _parse(data.split(b"\n", 1)[0])
        socket.write(_OK if argv is not None else b"error\n")
        socket.flush()
        socket.disconnectFromServer()
        if argv is not None:
            log.info("Another launch asked to open: %s", argv or "(no file)")
            self.received.emit(argv)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def _parse(line: bytes) -> list[str] | None:
    try:
        message = json.loads(line.decode("utf-8"))
    except ValueError:
        return None
    argv = message.get("argv") if isinstance(message, dict) else None
    if isinstance(argv, list) and all(isinstance(arg, str) for arg in argv):
        return argv
    return None


def claim(address: str, argv: Sequence[str]) -> InstanceServer | Delivery:
    """Become the running instance (an InstanceServer, listening or not), or hand `argv` to
    the one that is (its Delivery)."""
    lock = QLockFile(_lock_path(address))
    locked = lock.tryLock(LOCK_TIMEOUT_MS)  # without it: still start, only the race is open
    try:
        delivery = send_to_running(address, argv)
        if delivery is not Delivery.NOT_RUNNING:
            return delivery
        server = InstanceServer(address)
        server.listen()
        return server
    finally:
        if locked:
            lock.unlock()


def bring_to_front(window: QWidget) -> None:
    """Show, un-minimise, raise and activate (the window manager may still refuse focus)."""
    window.show()
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
