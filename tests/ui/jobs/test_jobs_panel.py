"""The jobs panel: progress, cancel and retry buttons, error sentences, clear finished; faults
during a start are shown as sentences, a retry finishes it and nothing is created twice; the
desktop notification falls back to the status bar without a tray."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from proofreader.heygen import ProofreadOptions
from proofreader.library import SessionStatus
from proofreader.ui.jobs.jobs_panel import JobsPanel
from proofreader.ui.jobs.tray_notifier import TrayNotifier
from proofreader.ui.sessions.new_proofread_dialog import ProofreadRequest
from proofreader.ui.sessions.sessions_controller import SessionsController
from proofreader.ui.sessions.sessions_model import SessionsModel
from proofreader.workflow import Job, JobHandle, JobKind, JobState
from proofreader.workflow.sources import MediaSource
from tests.ui.sessions_support import Flow, flow_fixture  # noqa: F401  (the flow fixture)

LANGUAGES = ("Spanish (Spain)", "French (France)")


def visible(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window())


def test_cancel_and_retry_buttons_drive_the_job(qtbot: QtBot, flow: Flow) -> None:
    panel = JobsPanel(flow.jobs)
    qtbot.addWidget(panel)
    panel.show()
    gate, busy = asyncio.Event(), asyncio.Event()
    runs: list[int] = []

    async def work(handle: JobHandle) -> str:
        runs.append(1)
        handle.status("Downloading")
        await busy.wait()
        handle.progress(250_000, 1_000_000)
        await gate.wait()
        return "done"

    task = flow.jobs.run(JobKind.DOWNLOAD, "Downloading talk.mp4", work)
    job_id = task.get_name()
    flow.wait(lambda: panel.row_for(job_id) is not None)
    row = panel.row_for(job_id)
    assert row is not None
    # No size known yet: a busy bar says it works (HeyGen's renders never give a percentage)
    flow.wait(lambda: "Downloading" in row.status.text())
    assert visible(row.progress) and row.progress.maximum() == 0
    busy.set()
    flow.wait(lambda: row.progress.value() == 250)
    assert visible(row.progress) and row.progress.format() == "25 %"
    assert "250.0 KB of 1.0 MB" in row.status.text()
    assert visible(row.cancel_button) and not visible(row.retry_button)
    assert panel.summary.text() == "1 running"

    row.cancel_button.click()
    flow.wait(lambda: flow.jobs.get(job_id).state is JobState.CANCELLED)
    flow.wait(lambda: visible(row.retry_button))
    assert not visible(row.cancel_button) and not visible(row.progress)
    assert row.status.text().startswith("Cancelled after")

    row.retry_button.click()
    flow.wait(lambda: len(runs) == 2 and visible(row.cancel_button))
    gate.set()
    flow.wait(lambda: flow.jobs.get(job_id).state is JobState.DONE)
    flow.wait(lambda: "took" in row.status.text())
    assert panel.clear_button.isEnabled()
    panel.clear_button.click()
    assert panel.row_for(job_id) is None and visible(panel.empty)


def test_faults_during_a_start_show_a_sentence_and_a_retry_creates_once(
    qtbot: QtBot, flow: Flow
) -> None:
    panel = JobsPanel(flow.jobs)
    qtbot.addWidget(panel)
    model = SessionsModel(flow.store)
    controller = SessionsController(model)
    controller.attach(flow.store, flow.service)
    errors: list[str] = []
    controller.error.connect(lambda _title, sentence: errors.append(sentence))
    request = ProofreadRequest(
        MediaSource("url", flow.sandbox.sample_video_url), LANGUAGES, "Flaky", ProofreadOptions()
    )

    faults = flow.sandbox.faults
    armed: list[str] = []

    def fail_once_started(job: Job) -> None:
        if not armed:  # HeyGen fails for a while as soon as the start job runs
            armed.append(job.id)
            faults.server_error_next = 20

    flow.jobs.add_listener(fail_once_started)
    controller.start(request)
    flow.wait(lambda: errors)
    assert "server error" in errors[0] and "\n" not in errors[0]
    (job,) = flow.jobs.jobs()
    job = flow.jobs.get(job.id)
    assert job.state is JobState.FAILED and job.can_retry
    row = panel.row_for(job.id)
    assert row is not None and row.error.text() == job.error
    assert flow.sandbox.created_counts()["proofreads"] == 0
    assert model.rowCount() == 0

    faults.reset()
    row.retry_button.click()
    flow.wait(lambda: flow.jobs.get(job.id).state is JobState.DONE)
    flow.wait(lambda: model.rowCount() == 1)
    assert flow.sandbox.created_counts()["proofreads"] == len(LANGUAGES)

    # A create that HeyGen carried out but whose answer was lost is never retried blindly.
    flow.sandbox.faults.drop_after_create_next = 1
    controller.start(
        request.__class__(request.source, ("German (Germany)",), "Lost", request.options)
    )
    flow.wait(lambda: len(errors) == 2)
    assert "may have been created" in errors[1]
    lost = [j for j in flow.jobs.jobs() if j.title.endswith("'Lost'")]
    assert lost and not lost[0].can_retry
    flow.wait(lambda: panel.row_for(lost[0].id) is not None)
    lost_row = panel.row_for(lost[0].id)
    assert lost_row is not None and not visible(lost_row.retry_button)
    assert flow.sandbox.created_counts()["proofreads"] == len(LANGUAGES) + 1


def test_a_ready_session_is_announced_in_the_status_bar_without_a_tray(
    qtbot: QtBot, flow: Flow
) -> None:
    shown: list[str] = []
    notifier = TrayNotifier(shown.append, use_tray=False)
    notifier.set_service(flow.service)
    proofread_id = flow.ready_session()
    flow.wait(lambda: shown)
    assert shown == ["'Talk' (Spanish (Spain)) is ready to review."]
    assert notifier.last_notice is not None and notifier.last_notice.proofread_id == proofread_id
    assert flow.status(proofread_id) is SessionStatus.READY
    notifier.set_service(None)
