"""Reading a source's audio into Peaks off the GUI thread, once: the cache answers next time.

Each load runs in its own QThread: the disk cache is tried first, else a QAudioDecoder (the
FFmpeg backend the player uses, so no new native dependency) decodes to 8 kHz mono unsigned
8-bit, which a PeakBuilder reduces buffer by buffer. Partial peaks are sent a few times a second
so the waveform fills in while an hour-long track is read (9.5 s on a busy two-core machine:
Qt hands over one buffer per codec frame, 170,000 for an hour, which is most of the cost;
benchmarks/waveform.py measures it). A thread is never destroyed while it runs: running jobs
are kept in a module-level set until their thread has finished, and are cancelled and awaited
at exit.
"""

from __future__ import annotations

import atexit
import enum
import logging
import threading
import time
from array import array
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtMultimedia import QAudioBuffer, QAudioDecoder, QAudioFormat

from proofreader.media import PeakBuilder, PeakCache, Peaks
from proofreader.ui.i18n import translate
from proofreader.ui.media_logs import quiet_ffmpeg

log = logging.getLogger(__name__)

SAMPLE_RATE = 8000  # enough for an envelope; the decoder resamples (and mixes down) for us
PROGRESS_INTERVAL_S = 0.25
# Qt's FFmpeg backend says this (untranslated) for a file without sound; other FormatErrors,
# e.g. "Could not open file", are real failures
NO_AUDIO_STREAM = "The media doesn't contain an audio stream"
_WAIT_MS = 5000


class WaveformState(enum.Enum):
    NONE = "none"  # no source
    READING = "reading"
    READY = "ready"
    NO_AUDIO = "no_audio"
    FAILED = "failed"


class _Job:
    """One load, shared by the GUI thread (which may cancel it) and the worker."""

    def __init__(self, source: Path, cache: PeakCache | None) -> None:
        self.source = source
        self.cache = cache
        self.cancelled = threading.Event()
        self.thread = QThread()
        self.thread.setObjectName("waveform-decoder")
        self.worker = _DecodeWorker(self)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.ended.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        # Not worker.deleteLater: that destroys the worker (a Python subclass) in the finishing
        # thread, whose ~QObject holds Qt's connection lock while it waits for the GIL; a new
        # load's thread connecting its decoder holds the GIL and waits for that lock. The reaper
        # deletes it on the GUI thread instead, after the thread has finished.
        self.thread.finished.connect(_reaper().reap)

    def stop_and_wait(self) -> None:
        self.cancelled.set()
        self.thread.quit()
        self.thread.wait(_WAIT_MS)

    def delete_worker(self) -> None:
        """Destroy the worker (and its decoder) here, once its thread has finished."""
        if not self.thread.isRunning() and shiboken6.isValid(self.worker):
            shiboken6.delete(self.worker)


_RUNNING: set[_Job] = set()


class _Reaper(QObject):
    """Forgets a job once its thread has finished (in the GUI thread, so wait() is safe)."""

    @Slot()
    def reap(self) -> None:
        for job in [j for j in _RUNNING if j.thread is self.sender()]:
            job.thread.wait(_WAIT_MS)
            job.delete_worker()
            _RUNNING.discard(job)


_REAPER: list[_Reaper] = []


def _reaper() -> _Reaper:
    if not _REAPER:
        _REAPER.append(_Reaper())
    return _REAPER[0]


def running_jobs() -> int:
    """Loads whose thread has not finished yet (tests wait for 0 before they end)."""
    return len(_RUNNING)


@atexit.register
def _stop_all() -> None:
    for job in list(_RUNNING):
        job.stop_and_wait()
        job.delete_worker()
    _RUNNING.clear()


class _DecodeWorker(QObject):
    """Lives in the job's thread; emits partial and final peaks, or a failure."""

    progress = Signal(object, object)  # job, Peaks (partial)
    done = Signal(object, object)  # job, Peaks (complete; has_audio False: no sound track)
    failed = Signal(object, str)  # job, sentence
    ended = Signal()

    def __init__(self, job: _Job) -> None:
        super().__init__()
        self._job = job
        self._decoder: QAudioDecoder | None = None
        self._builder: PeakBuilder | None = None
        self._loop: QEventLoop | None = None
        self._sample_format = QAudioFormat.SampleFormat.Unknown
        self._last_progress = 0.0

    @Slot()
    def run(self) -> None:
        job = self._job
        cached = job.cache.load(job.source) if job.cache is not None else None
        if cached is not None:
            self._end(cached)
            return
        decoder = QAudioDecoder(self)  # deleted with the worker, in this thread
        quiet_ffmpeg()
        wanted = QAudioFormat()
        wanted.setSampleRate(SAMPLE_RATE)
        wanted.setChannelCount(1)
        wanted.setSampleFormat(QAudioFormat.SampleFormat.UInt8)
        decoder.setAudioFormat(wanted)
        decoder.bufferReady.connect(self._on_buffer)
        decoder.finished.connect(self._on_finished)
        decoder.error.connect(self._on_error)
        decoder.setSource(QUrl.fromLocalFile(str(job.source)))
        self._decoder = decoder
        self._last_progress = time.monotonic()
        decoder.start()
        # Wait inside this Python call: the thread keeps its Python thread state, so each of
        # the ~170,000 buffer slots of an hour does not create and destroy one (that doubled
        # the time). QThread.quit() ends this loop too.
        self._loop = QEventLoop()
        self._loop.exec()
        self._loop = None
        if self._decoder is not None:  # quit from outside (cancelled or shutting down)
            self._end(None)

    @Slot()
    def _on_buffer(self) -> None:
        decoder = self._decoder
        if decoder is None:
            return
        if self._job.cancelled.is_set():
            self._end(None)
            return
        buffer = decoder.read()
        builder = self._builder
        if builder is None:
            if not buffer.isValid():
                return
            fmt = buffer.format()
            self._sample_format = fmt.sampleFormat()
            builder = self._builder = PeakBuilder(fmt.sampleRate(), fmt.channelCount())
        if self._sample_format == QAudioFormat.SampleFormat.UInt8:
            builder.add(buffer.constData())
        else:
            builder.add(_unsigned_bytes(buffer))
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self.progress.emit(self._job, builder.snapshot())

    @Slot()
    def _on_finished(self) -> None:
        if self._decoder is None:
            return
        peaks = self._builder.finish() if self._builder is not None else Peaks.no_audio()
        if self._job.cache is not None and not self._job.cancelled.is_set():
            self._job.cache.store(self._job.source, peaks)
        self._end(peaks)

    @Slot(QAudioDecoder.Error)
    def _on_error(self, error: QAudioDecoder.Error) -> None:
        if self._decoder is None:
            return
        detail = self._decoder.errorString()
        if detail == NO_AUDIO_STREAM and self._builder is None:
            peaks = Peaks.no_audio()
            if self._job.cache is not None:
                self._job.cache.store(self._job.source, peaks)
            self._end(peaks)
            return
        log.warning("Could not read the audio of %s: %s (%s)", self._job.source, detail, error)
        sentence = translate(
            "WaveformLoader",
            "Could not read the audio of {name}; the cues can still be retimed without it.",
        )
        self.failed.emit(self._job, sentence.format(name=self._job.source.name))
        self._end(None)

    def _end(self, peaks: Peaks | None) -> None:
        decoder, self._decoder = self._decoder, None
        if decoder is not None:
            decoder.stop()
        if self._loop is not None:
            self._loop.quit()
        if peaks is not None and not self._job.cancelled.is_set():
            self.done.emit(self._job, peaks)
        self.ended.emit()


def _unsigned_bytes(buffer: QAudioBuffer) -> bytes:
    """The buffer's samples as unsigned 8-bit, if the decoder refused the format asked for."""
    data = bytes(buffer.constData())
    kind = buffer.format().sampleFormat()
    if kind == QAudioFormat.SampleFormat.Int16:
        return bytes((s >> 8) + 128 for s in array("h", data))
    if kind == QAudioFormat.SampleFormat.Int32:
        return bytes((s >> 24) + 128 for s in array("i", data))
    if kind == QAudioFormat.SampleFormat.Float:
        return bytes(min(255, max(0, round(x * 127 + 128))) for x in array("f", data))
    return b""


class WaveformLoader(QObject):
    """Loads one source at a time; a new load (or None) cancels the previous one."""

    peaks_changed = Signal(object)  # Peaks | None: partial while reading, then complete
    state_changed = Signal(object)  # WaveformState

    def __init__(self, cache: PeakCache | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._job: _Job | None = None
        self._source: Path | None = None
        self._state = WaveformState.NONE
        self._peaks: Peaks | None = None
        self._error = ""
        self._started = 0.0
        self.elapsed_s = 0.0  # how long the last load took (for the benchmark and the log)

    def source(self) -> Path | None:
        return self._source

    def state(self) -> WaveformState:
        return self._state

    def peaks(self) -> Peaks | None:
        return self._peaks

    def error_text(self) -> str:
        return self._error

    def load(self, source: Path | None) -> None:
        """Start reading `source` (None: nothing to show). Same source again: nothing to do."""
        if source == self._source and self._state is not WaveformState.FAILED:
            return
        self.cancel()
        self._source = source
        self._peaks = None
        self._error = ""
        self.peaks_changed.emit(None)
        if source is None or not source.is_file():
            self._set_state(WaveformState.NONE)
            return
        job = _Job(source, self._cache)
        job.worker.progress.connect(self._on_progress)
        job.worker.done.connect(self._on_done)
        job.worker.failed.connect(self._on_failed)
        self._job = job
        _RUNNING.add(job)
        self._started = time.perf_counter()
        self._set_state(WaveformState.READING)
        job.thread.start(QThread.Priority.LowPriority)

    def cancel(self) -> None:
        """Stop the current load (its results are dropped)."""
        job, self._job = self._job, None
        if job is not None:
            job.cancelled.set()

    def shutdown(self) -> None:
        """Cancel and wait for the current load (e.g. before the window closes)."""
        job = self._job
        self.cancel()
        if job is not None:
            job.stop_and_wait()

    @Slot(object, object)
    def _on_progress(self, job: _Job, peaks: Peaks) -> None:
        if job is self._job:
            self._peaks = peaks
            self.peaks_changed.emit(peaks)

    @Slot(object, object)
    def _on_done(self, job: _Job, peaks: Peaks) -> None:
        if job is not self._job:
            return
        self.elapsed_s = time.perf_counter() - self._started
        log.info("Waveform of %s ready in %.2f s", self._source, self.elapsed_s)
        self._peaks = peaks
        self.peaks_changed.emit(peaks)
        self._set_state(WaveformState.READY if peaks.has_audio else WaveformState.NO_AUDIO)

    @Slot(object, str)
    def _on_failed(self, job: _Job, sentence: str) -> None:
        if job is self._job:
            self._error = sentence
            self._set_state(WaveformState.FAILED)

    def _set_state(self, state: WaveformState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state)
