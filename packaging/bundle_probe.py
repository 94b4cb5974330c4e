"""A check of the trimmed bundle: the Qt pieces the app needs are still there and work.

Run by the frozen launcher when PROOFREADER_BUNDLE_PROBE=1 (packaging/ci_smoke.sh does): opens
a QApplication on the current platform plugin, renders the SVG icon, and decodes a frame of the
sample video through Qt Multimedia's FFmpeg back-end, i.e. what pruning plugins could break.
Prints one line per check and returns 0 when all pass.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, QUrl
from PySide6.QtGui import QIcon, QImageReader
from PySide6.QtMultimedia import QAudioOutput, QMediaFormat, QMediaPlayer, QVideoFrame
from PySide6.QtMultimediaWidgets import QGraphicsVideoItem
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

from proofreader.sandbox.media import SAMPLE_DIR

FRAME_TIMEOUT_MS = 20_000


def _icon_path() -> Path:
    return SAMPLE_DIR.parent / "icons" / "proofreader.svg"


def _first_frame(video: Path) -> tuple[bool, str]:
    """Play `video` in a shown video item (as the preview player does) until a frame arrives."""
    scene = QGraphicsScene()
    item = QGraphicsVideoItem()
    scene.addItem(item)
    view = QGraphicsView(scene)
    view.resize(480, 300)
    view.show()
    player = QMediaPlayer()
    audio = QAudioOutput()
    audio.setVolume(0.0)
    player.setAudioOutput(audio)
    player.setVideoOutput(item)
    sink = item.videoSink()
    loop = QEventLoop()
    frames: list[QVideoFrame] = []
    errors: list[str] = []

    def on_frame(frame: QVideoFrame) -> None:
        if frame.isValid() and not frames:
            frames.append(frame)
            loop.quit()

    def on_error(_error: QMediaPlayer.Error, message: str) -> None:
        errors.append(message)
        loop.quit()

    sink.videoFrameChanged.connect(on_frame)
    player.errorOccurred.connect(on_error)
    QTimer.singleShot(FRAME_TIMEOUT_MS, loop.quit)
    player.setSource(QUrl.fromLocalFile(str(video)))
    player.play()
    if not frames and not errors:
        loop.exec()
    player.stop()
    view.close()
    if frames:
        size = frames[0].size()
        return True, f"{size.width()}x{size.height()} frame, duration {player.duration()} ms"
    return False, errors[0] if errors else f"no frame within {FRAME_TIMEOUT_MS} ms"


def main() -> int:
    app = QApplication(["proofreader-probe"])
    results: list[tuple[str, bool, str]] = []
    results.append(("platform", bool(app.platformName()), app.platformName()))

    icon = QIcon(str(_icon_path()))
    pixmap = icon.pixmap(64, 64)
    results.append(("svg icon", not pixmap.isNull(), str(_icon_path())))

    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    wanted = {"png", "jpg", "svg", "ico", "gif"}
    results.append(("image formats", wanted <= formats, ", ".join(sorted(formats))))

    decodable = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    results.append(("media back-end", bool(decodable), f"{len(decodable)} decodable formats"))

    video = SAMPLE_DIR / "talk.mp4"
    results.append(("sample media", video.is_file(), str(video)))
    if video.is_file():
        ok, detail = _first_frame(video)
        results.append(("video decode", ok, detail))

    for name, ok, detail in results:
        print(f"probe {'ok  ' if ok else 'FAIL'} {name}: {detail}")
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
