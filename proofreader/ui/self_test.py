"""`proofreader --demo --self-test`: drive the real window through the whole HeyGen workflow.

The steps use the widgets and actions a user uses (the New Proofread command and its dialog,
the sessions list, the cue editor pane, Upload Corrections, Generate, the results bar), on the
demo sandbox of a throw-away home folder (app.py sets it up). Each step waits for what a user
would see, with a timeout, and prints one line; the first failure ends the run. Prompts that
would wait for a click ("Upload anyway?") are answered here, as the user would.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtWidgets import QMessageBox

from proofreader.library import Session, SessionStatus
from proofreader.ui.renders.renders_ui import RendersUi
from proofreader.ui.sessions.sessions_ui import SessionsUi
from proofreader.workspace.document_source import SAMPLE_DIR

if TYPE_CHECKING:
    from proofreader.ui.connection.context import AppContext
    from proofreader.ui.main_window import MainWindow

T = TypeVar("T")

SAMPLE_VIDEO = SAMPLE_DIR / "talk.mp4"
LANGUAGES = ("Spanish (Spain)", "French (France)")
TITLE = "Self-test talk"
EDIT_SUFFIX = " (revisado)"
STEP_TIMEOUT_S = 60.0
STEP_TIMEOUT_ENV = "PROOFREADER_SELF_TEST_TIMEOUT"  # seconds per step (tests shorten it)
POLL_S = 0.05


class StepFailed(Exception):
    """A step's result was not what a user should see; the message is one sentence."""


@dataclass
class _State:
    ids: tuple[str, ...] = ()
    spanish: str = ""
    edited_text: str = ""
    downloads: Path | None = None


class SelfTest:
    """The steps, run in order on the window's qasync loop; `run()` returns the exit code."""

    def __init__(
        self,
        window: MainWindow,
        context: AppContext,
        *,
        step_timeout_s: float = STEP_TIMEOUT_S,
        out: Callable[[str], None] = lambda line: print(line, flush=True),
    ) -> None:
        self.window = window
        self.context = context
        self.timeout_s = step_timeout_s
        self.out = out
        self.sessions = _extension(window, SessionsUi)
        self.renders = _extension(window, RendersUi)
        self.state = _State()

    def steps(self) -> list[tuple[str, Callable[[], Awaitable[str]]]]:
        return [
            ("new proofread", self.new_proofread),
            ("wait for ready", self.wait_ready),
            ("open for review", self.open_spanish),
            ("edit a cue", self.edit_cue),
            ("upload corrections", self.upload),
            ("generate", self.generate),
            ("wait for the render", self.wait_render),
            ("download results", self.download),
        ]

    async def run(self) -> int:
        steps = self.steps()
        total = len(steps)
        with tempfile.TemporaryDirectory(prefix="proofreader-self-test-") as downloads:
            self.state.downloads = Path(downloads)
            for number, (name, step) in enumerate(steps, start=1):
                self.window.last_error = ""
                try:
                    detail = await asyncio.wait_for(step(), self.timeout_s)
                except StepFailed as exc:
                    return self._fail(number, total, name, str(exc))
                except TimeoutError:
                    why = self.window.last_error or "the window did not show the expected result"
                    sentence = f"timed out after {self.timeout_s:g} s: {why}"
                    return self._fail(number, total, name, sentence)
                except Exception as exc:  # a bug in the app: still one line, never a traceback
                    return self._fail(number, total, name, f"{type(exc).__name__}: {exc}")
                self.out(f"ok   {number}/{total} {name}: {detail}")
        self.out(f"self-test passed: {total}/{total} steps")
        return 0

    def _fail(self, number: int, total: int, name: str, sentence: str) -> int:
        self.out(f"FAIL {number}/{total} {name}: {sentence}")
        return 1

    # ----- waiting -----

    async def until(self, condition: Callable[[], T | bool | None]) -> T:
        """Poll `condition` until it is truthy (the step's timeout bounds it); the error box
        the window showed meanwhile, if any, fails the step at once."""
        while True:
            value = condition()
            if value:
                return value  # type: ignore[return-value]
            error = self.window.last_error
            if error:
                raise StepFailed(error)
            await asyncio.sleep(POLL_S)

    def _session(self, proofread_id: str) -> Session | None:
        return self.sessions.model.session(proofread_id)

    def _title_of(self, session: Session) -> str | None:
        project = self.context.store.get_project(session.project_id)
        return None if project is None else project.title

    def _check_not_failed(self, session: Session | None) -> None:
        if session is not None and session.status in (SessionStatus.FAILED, SessionStatus.EXPIRED):
            reason = session.failure_message or "no reason given"
            raise StepFailed(f"the session became {session.status.value} ({reason})")

    # ----- the steps -----

    async def new_proofread(self) -> str:
        if "Proofreader" not in self.window.windowTitle():
            raise StepFailed(f"the window is titled {self.window.windowTitle()!r}")
        await self.until(lambda: self.context.service is not None and self.context.is_demo)
        registry = self.window.registry
        action = registry.action("file.new_proofread")
        await self.until(action.isEnabled)
        before = {s.proofread_id for s in self.sessions.model.sessions()}
        action.trigger()
        dialog = await self.until(lambda: self.sessions.controller.new_dialog)
        dialog.source.set_file(SAMPLE_VIDEO)
        await self.until(dialog.languages.is_loaded)
        dialog.languages.set_selected(LANGUAGES)
        dialog.title_edit.setText(TITLE)
        await self.until(dialog.start_button.isEnabled)
        dialog.start_button.click()

        def created() -> list[Session]:
            new = [
                s
                for s in self.sessions.model.sessions()
                if s.proofread_id not in before and self._title_of(s) == TITLE
            ]
            return new if len(new) >= len(LANGUAGES) else []

        sessions = await self.until(created)
        languages = sorted(s.language for s in sessions)
        if languages != sorted(LANGUAGES):
            raise StepFailed(f"the sessions are in {', '.join(languages)}, not the two chosen")
        self.state.ids = tuple(s.proofread_id for s in sessions)
        self.state.spanish = next(s.proofread_id for s in sessions if s.language == LANGUAGES[0])
        return f"{len(sessions)} sessions created"

    async def wait_ready(self) -> str:
        def ready() -> bool:
            sessions = [self._session(i) for i in self.state.ids]
            for session in sessions:
                self._check_not_failed(session)
            return all(s is not None and s.status is SessionStatus.READY for s in sessions)

        started = time.monotonic()
        await self.until(ready)
        return f"{len(self.state.ids)} sessions ready after {time.monotonic() - started:.1f} s"

    async def open_spanish(self) -> str:
        panel = self.sessions.panel
        panel.select(self.state.spanish)
        index = panel.tree.currentIndex()
        if panel.current_session_id() != self.state.spanish:
            raise StepFailed("the Spanish session is not in the sessions list")
        panel.tree.activated.emit(index)  # what a double-click or Enter does

        def opened() -> bool:
            session = self.window.session
            return session is not None and session.key == self.state.spanish

        await self.until(opened)
        session = self.window.session
        assert session is not None
        cues = len(session.document.to_cues())
        if cues == 0:
            raise StepFailed("the session opened with no cues")
        return f"{session.title} opened with {cues} cues"

    async def edit_cue(self) -> str:
        self.window.select_row(0)
        pane = await self.until(lambda: self.window.area.pane)
        await self.until(lambda: pane.row == 0)
        edit = pane.translation_edit
        edit.setFocus()
        edit.moveCursor(edit.textCursor().MoveOperation.End)
        edit.insertPlainText(EDIT_SUFFIX)
        session = self.window.session
        assert session is not None
        text = session.document.to_cues()[0].text
        if not text.endswith(EDIT_SUFFIX):
            raise StepFailed(f"cue 1 reads {text!r} after typing into the cue editor")
        self.state.edited_text = text
        return f"cue 1 now reads {text!r}"

    async def upload(self) -> str:
        uploader = self.sessions.uploader
        action = self.window.registry.action("review.upload")
        await self.until(action.isEnabled)
        action.trigger()

        def answered_or_done() -> bool:
            if uploader.findings_dialog is not None:
                raise StepFailed("the checks found errors that block the upload")
            prompt = uploader.prompt
            if prompt is not None:  # "Upload anyway?": the self-test accepts its warnings
                prompt.button(QMessageBox.StandardButton.Yes).click()
            session = self._session(self.state.spanish)
            self._check_not_failed(session)
            return session is not None and session.status is SessionStatus.UPLOADED

        await self.until(answered_or_done)
        await self.until(lambda: uploader.uploading is None)
        return "the session is uploaded"

    async def generate(self) -> str:
        action = self.window.registry.action("review.generate")
        self.window.registry.update_enabled()
        await self.until(action.isEnabled)
        action.trigger()
        dialog = await self.until(lambda: self.renders.generate_dialog)
        dialog.captions.setChecked(True)
        render_ids: list[str] = []
        dialog.generated.connect(render_ids.append)
        dialog.generate_button.click()

        def started() -> str | None:
            if render_ids:
                return render_ids[0]
            # the dialog closes itself (and is deleted) once the render has started
            if shiboken6.isValid(dialog) and dialog.error.text():
                raise StepFailed(dialog.error.text())
            return None

        render_id = await self.until(started)
        return f"render {render_id} started with captions"

    async def wait_render(self) -> str:
        def done() -> bool:
            session = self._session(self.state.spanish)
            self._check_not_failed(session)
            return session is not None and session.status is SessionStatus.DONE

        started = time.monotonic()
        await self.until(done)
        return f"the render finished after {time.monotonic() - started:.1f} s"

    async def download(self) -> str:
        results = self.renders.results
        folder = self.state.downloads
        assert folder is not None
        await self.until(results.can_download)
        results.download(folder)
        files = await self.until(lambda: not results.is_downloading() and results.files())
        captions = [f for f in files if f.suffix.lower() == ".srt"]
        if not captions:
            names = ", ".join(f.name for f in files)
            raise StepFailed(f"no SRT captions among the downloaded files ({names})")
        text = captions[0].read_text(encoding="utf-8-sig")
        if EDIT_SUFFIX.strip() not in text:
            raise StepFailed(f"the downloaded captions {captions[0].name} lack the edit")
        return f"{len(files)} files; the captions contain the edit"


def _extension(window: MainWindow, kind: type[T]) -> T:
    for extension in window.extensions:
        if isinstance(extension, kind):
            return extension
    raise RuntimeError(f"the window has no {kind.__name__}")


def step_timeout(environ: Mapping[str, str] | None = None) -> float:
    """Seconds each step may take: PROOFREADER_SELF_TEST_TIMEOUT when it is a positive number."""
    raw = (os.environ if environ is None else environ).get(STEP_TIMEOUT_ENV, "")
    try:
        value = float(raw)
    except ValueError:
        return STEP_TIMEOUT_S
    return value if value > 0 else STEP_TIMEOUT_S


def start_self_test(
    window: MainWindow, context: AppContext, on_finished: Callable[[int], None]
) -> asyncio.Task[None]:
    """Run the self-test on the running loop; `on_finished(exit_code)` is called at the end."""

    async def run() -> None:
        code = 1
        try:
            code = await SelfTest(window, context, step_timeout_s=step_timeout()).run()
        finally:
            on_finished(code)

    return asyncio.ensure_future(run())
