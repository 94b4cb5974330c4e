"""run_async: results to on_done, failures as one sentence, work tied to its widget."""

from __future__ import annotations

import asyncio
import logging

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from proofreader.heygen import NotFoundError
from proofreader.ui.async_ops import Notifier, UserFacingError, pending_count, run_async
from tests.ui.connection_support import Loop


async def answer(value: int) -> int:
    await asyncio.sleep(0)
    return value


async def fail(exc: Exception) -> None:
    await asyncio.sleep(0)
    raise exc


def test_the_result_goes_to_on_done(qloop: Loop) -> None:
    results: list[int] = []

    async def start() -> None:
        run_async(answer(42), on_done=results.append)

    qloop.run(start())
    qloop.wait(lambda: results)

    assert results == [42]


def test_a_heygen_error_becomes_its_sentence(qloop: Loop) -> None:
    sentences: list[str] = []
    error = NotFoundError(status=404, detail="Proofread not found")

    async def start() -> None:
        run_async(fail(error), on_error=sentences.append, what="refresh")

    qloop.run(start())
    qloop.wait(lambda: sentences)

    assert sentences == [str(error)]
    assert "Traceback" not in sentences[0]


def test_an_unexpected_error_is_a_sentence_for_the_user_and_a_traceback_in_the_log(
    qloop: Loop, caplog: pytest.LogCaptureFixture
) -> None:
    notifier = Notifier()
    shown: list[str] = []
    notifier.error.connect(shown.append)

    async def start() -> None:
        run_async(fail(KeyError("boom")), notifier=notifier, what="open the thing")

    with caplog.at_level(logging.ERROR):
        qloop.run(start())
        qloop.wait(lambda: shown)

    assert shown[0].startswith("Something went wrong:")
    assert shown[0].endswith("(details in the log).")
    assert notifier.last_error == shown[0]
    assert "open the thing failed unexpectedly" in caplog.text
    assert "KeyError" in caplog.text


def test_a_user_facing_error_is_shown_as_written(qloop: Loop) -> None:
    sentences: list[str] = []

    async def start() -> None:
        run_async(fail(UserFacingError("Paste the key first.")), on_error=sentences.append)

    qloop.run(start())
    qloop.wait(lambda: sentences)

    assert sentences == ["Paste the key first."]


def test_work_stops_when_its_widget_goes_away(qtbot: QtBot, qloop: Loop) -> None:
    owner = QObject()
    called: list[object] = []
    never = asyncio.Event()

    async def start() -> asyncio.Task[bool]:
        return run_async(never.wait(), on_done=called.append, on_error=called.append,
                         parent=owner)  # fmt: skip

    task = qloop.run(start())
    owner.deleteLater()
    qloop.wait(task.done)

    assert task.cancelled()
    assert called == []
    assert pending_count() == 0
