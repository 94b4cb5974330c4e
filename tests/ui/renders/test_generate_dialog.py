"""The Generate dialog against a real service and sandbox: options, warnings, one render only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from proofreader.library import SessionStatus
from proofreader.ui.renders.generate_dialog import GenerateDialog
from proofreader.workflow import CAPTIONS_HELP, JobKind, JobState
from tests.ui.render_support import WAIT_MS, Rig, drive, service_rig, uploaded_session


@pytest.fixture
def rig(qtbot, tmp_path: Path) -> Iterator[Rig]:
    with service_rig(qtbot, tmp_path) as made:
        yield made


def open_dialog(qtbot, rig: Rig, proofread_id: str, **kwargs: object) -> GenerateDialog:
    dialog = GenerateDialog(rig.service, proofread_id, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_generate_with_captions_starts_one_render_even_when_clicked_twice(qtbot, rig: Rig) -> None:
    proofread_id, _ = uploaded_session(qtbot, rig)
    dialog = open_dialog(qtbot, rig, proofread_id, source_seconds=90.0)
    assert "2 min × 1 language = 2 min of credit" in dialog.cost.text()
    assert "slow and uses credit" in dialog.cost.text()
    dialog.captions.setChecked(True)

    with qtbot.waitSignal(dialog.generated, timeout=WAIT_MS) as started:
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
        assert not dialog.generate_button.isEnabled()  # locked while the request is out
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
        dialog.submit()  # a key press or a second click: still one request
    render_id = started.args[0]
    assert dialog.result() == GenerateDialog.DialogCode.Accepted
    assert not dialog.isVisible()

    (render,) = [job for job in rig.jobs.jobs() if job.kind is JobKind.RENDER]
    assert render.proofread_id == proofread_id
    qtbot.waitUntil(lambda: rig.jobs.get(render.id).state is JobState.DONE, timeout=WAIT_MS)
    session = rig.store.get_session(proofread_id)
    assert session is not None
    assert (session.status, session.video_translation_id) == (SessionStatus.DONE, render_id)
    assert rig.sandbox.created_counts()["generates"] == 1
    translation = drive(qtbot, rig.service.translations.get(render_id))
    assert translation.srt_caption_url  # captions were asked for
    assert translation.translate_audio_only is False


def test_audio_only_shows_the_lip_sync_warning_and_is_sent(qtbot, rig: Rig) -> None:
    proofread_id, _ = uploaded_session(qtbot, rig)
    dialog = open_dialog(qtbot, rig, proofread_id)
    assert not dialog.audio_warning.isVisible()
    dialog.audio_only.setChecked(True)
    assert dialog.audio_warning.isVisible()
    assert "lip-sync" in dialog.audio_warning.text()
    assert "precision" in dialog.audio_warning.text()
    dialog.audio_only.setChecked(False)
    assert not dialog.audio_warning.isVisible()
    dialog.audio_only.setChecked(True)
    # The length is not known here: the cost reminder states the rule instead.
    assert "minutes × 1 language" in dialog.cost.text()

    with qtbot.waitSignal(dialog.generated, timeout=WAIT_MS) as started:
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    translation = drive(qtbot, rig.service.translations.get(started.args[0]))
    assert translation.translate_audio_only is True


def test_the_callback_url_must_be_https_and_is_sent_with_its_id(qtbot, rig: Rig) -> None:
    proofread_id, _ = uploaded_session(qtbot, rig)
    dialog = open_dialog(qtbot, rig, proofread_id)
    assert not dialog.advanced.is_open()  # advanced options start collapsed
    dialog.advanced.set_open(True)
    qtbot.keyClicks(dialog.callback_url, "http://hooks.example.com/heygen")
    qtbot.keyClicks(dialog.callback_id, "order-42")

    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "https://" in dialog.error.text()
    assert dialog.isVisible() and dialog.generate_button.isEnabled()
    assert rig.sandbox.created_counts()["generates"] == 0

    dialog.callback_url.setText("https://hooks.example.com/heygen")
    with qtbot.waitSignal(dialog.generated, timeout=WAIT_MS) as started:
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible()
    translation = drive(qtbot, rig.service.translations.get(started.args[0]))
    assert translation.callback_id == "order-42"


def test_a_failed_start_is_a_sentence_and_the_dialog_can_try_again(qtbot, rig: Rig) -> None:
    proofread_id, _ = uploaded_session(qtbot, rig)
    dialog = open_dialog(qtbot, rig, proofread_id)
    rig.sandbox.faults.error_after_create_next = 1  # HeyGen starts it, then answers 503

    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    sentence = dialog.error.text()
    assert "server error" in sentence and "Traceback" not in sentence
    assert dialog.isVisible() and dialog.generate_button.isEnabled()
    assert dialog.generate_button.text() == "Generate"

    # Trying again reuses the same request key: HeyGen does not render twice.
    with qtbot.waitSignal(dialog.generated, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert rig.sandbox.created_counts()["generates"] == 1


def test_a_session_still_processing_cannot_be_generated(qtbot, tmp_path: Path) -> None:
    with service_rig(qtbot, tmp_path, proofread_delay_s=60.0) as slow:
        (proofread_id,) = drive(
            qtbot,
            slow.service.start_proofreads(slow.sandbox.sample_video_url, ["German (Germany)"], "T"),
        )
        dialog = open_dialog(qtbot, slow, proofread_id)
        assert not dialog.generate_button.isEnabled()
        assert "still preparing" in dialog.error.text()
        dialog.submit()
        assert slow.sandbox.created_counts()["generates"] == 0


def test_captions_are_explained_in_the_same_words_as_the_command_line(qtbot, rig: Rig) -> None:
    proofread_id, _ = uploaded_session(qtbot, rig)
    dialog = open_dialog(qtbot, rig, proofread_id, source_seconds=90.0)
    assert dialog.captions.text() == "Generate captions"
    hints = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"{CAPTIONS_HELP}." in hints
