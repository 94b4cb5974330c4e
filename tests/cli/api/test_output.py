"""Progress is drawn on a terminal and nowhere else."""

from __future__ import annotations

import io

from proofreader.cli.api.output import Reporter
from proofreader.workflow import PollUpdate


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


def test_a_terminal_gets_transfer_and_wait_progress_on_one_line() -> None:
    stream = Terminal()
    reporter = Reporter(stream, clock=Clock())
    progress = reporter.transfer("Uploading", "talk.mp4")
    assert progress is not None
    progress(512 * 1024, 1024 * 1024)
    progress(1024 * 1024, 1024 * 1024)
    waiting = reporter.waiting("proofread")
    assert waiting is not None
    waiting(PollUpdate("p1", "processing", 75.0))
    reporter.finish()
    text = stream.getvalue()
    assert "\rUploading talk.mp4: 50% (512.0 KB of 1.0 MB)" in text
    assert "Uploading talk.mp4: 100%" in text
    assert "\rWaiting for proofread p1: processing, 1 min 15 s" in text
    assert text.endswith("\n")


def test_a_pipe_gets_no_progress_but_does_get_notes() -> None:
    stream = io.StringIO()
    reporter = Reporter(stream)
    assert reporter.transfer("Uploading", "talk.mp4") is None
    assert reporter.waiting("proofread") is None
    reporter.hint("Follow it with …")
    reporter.note("Warning: something to know.")
    assert stream.getvalue() == "Warning: something to know.\n"
