"""The direct translation dialog on a real service and sandbox: several languages, every
option sent as set, checks before anything is created, and never created twice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from proofreader.heygen import FpsMode, Mode, SrtRole
from proofreader.ui.translations import DirectTranslationDialog
from proofreader.workflow import JobKind, JobState
from tests.ui.render_support import WAIT_MS, Rig, drive, service_rig
from tests.workflow.helpers import TALK

THREE = ("Spanish (Spain)", "French (France)", "German (Germany)")


@pytest.fixture
def rig(qtbot, tmp_path: Path) -> Iterator[Rig]:
    with service_rig(qtbot, tmp_path) as made:
        yield made


def open_dialog(qtbot, rig: Rig) -> DirectTranslationDialog:
    dialog = DirectTranslationDialog(rig.service, recent_languages=("French (France)",))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.languages.is_loaded, timeout=WAIT_MS)
    return dialog


def test_one_translation_per_language_with_the_options_as_set(qtbot, rig: Rig) -> None:
    dialog = open_dialog(qtbot, rig)
    assert dialog.languages.languages()[0] == "French (France)"  # recent first
    dialog.source.set_kind("url")
    qtbot.keyClicks(dialog.source.url, rig.sandbox.sample_video_url)
    qtbot.keyClicks(dialog.title_edit, "Product tour")
    dialog.languages.set_selected(THREE)
    assert "3 translations: Spanish (Spain), French (France), German (Germany)" in (
        dialog.languages.status.text()
    )
    assert "× 3 languages" in dialog.cost.text()

    form = dialog.options
    assert form.dynamic.isChecked()  # the service's default, shown
    assert form.selected_mode() is Mode.SPEED
    form.mode.setCurrentIndex(form.mode.findData(Mode.PRECISION))
    form.audio_only.setChecked(True)
    assert form.audio_warning.isVisible()
    assert "lip-sync" in form.audio_warning.text()
    form.captions.setChecked(True)
    form.speakers.setValue(2)
    assert not form.advanced.is_open()
    form.advanced.set_open(True)
    form.start.setValue(2.0)
    form.end.setValue(12.0)
    form.fps.setCurrentIndex(form.fps.findData(FpsMode.CFR))
    form.input_language.setCurrentIndex(form.input_language.findText("English"))
    qtbot.keyClicks(form.callback_id, "tour-1")
    options = form.options("Product tour")
    assert (options.mode, options.speaker_num, options.translate_audio_only) == (
        Mode.PRECISION,
        2,
        True,
    )
    assert (options.enable_dynamic_duration, options.enable_caption) == (True, True)
    assert (options.start_time, options.end_time, options.fps_mode) == (2.0, 12.0, FpsMode.CFR)
    assert options.srt_role is None and options.callback_url is None

    assert dialog.start_button.isEnabled()
    with qtbot.waitSignal(dialog.created, timeout=WAIT_MS) as created:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert not dialog.start_button.isEnabled()
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        dialog.submit()
    ids: list[str] = created.args[0]
    assert len(ids) == 3 and len(set(ids)) == 3
    assert not dialog.isVisible()
    assert rig.sandbox.created_counts()["video_translations"] == 3

    renders = [job for job in rig.jobs.jobs() if job.kind is JobKind.RENDER]
    assert len(renders) == 3
    qtbot.waitUntil(lambda: all(rig.jobs.get(j.id).state is JobState.DONE for j in renders))
    made = [drive(qtbot, rig.service.translations.get(tid)) for tid in ids]
    assert [t.output_language for t in made] == list(THREE)
    for translation in made:
        assert translation.title == "Product tour"
        assert translation.callback_id == "tour-1"
        assert translation.translate_audio_only is True
        assert translation.duration == pytest.approx(10.0)  # only 2 s to 12 s
        assert translation.srt_caption_url  # captions were asked for


def test_nothing_is_sent_until_the_request_is_sound(qtbot, rig: Rig, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, rig)
    assert not dialog.start_button.isEnabled()
    assert "Choose the video to translate" in dialog.problem.text()
    dialog.source.set_file(TALK)
    qtbot.waitUntil(lambda: dialog.source.duration_s() is not None, timeout=WAIT_MS)
    assert dialog.title_edit.text() == "talk"  # suggested from the file name
    assert dialog.problem.text() == "Tick at least one target language."
    dialog.languages.set_selected(["Italian (Italy)"])
    assert "Cost: 1 min × 1 language = 1 min of credit." in dialog.cost.text()
    assert dialog.start_button.isEnabled()

    form = dialog.options
    form.start.setValue(20.0)
    form.end.setValue(10.0)
    assert "end of the part" in dialog.problem.text()
    assert not dialog.start_button.isEnabled()
    form.end.setValue(0.0)  # "the end"
    form.callback_url.setText("http://example.com/hook")
    assert "https://" in dialog.problem.text()
    form.callback_url.clear()
    form.srt.edit.setText(str(tmp_path / "missing.srt"))
    assert "does not exist" in dialog.problem.text()
    dialog.submit()
    assert rig.sandbox.created_counts()["video_translations"] == 0


def test_a_local_video_with_your_own_translation_srt(qtbot, rig: Rig, tmp_path: Path) -> None:
    own = tmp_path / "mine.srt"
    own.write_text("1\n00:00:01,000 --> 00:00:03,000\nMi propia traducción.\n", encoding="utf-8")
    dialog = open_dialog(qtbot, rig)
    dialog.source.set_file(TALK)
    dialog.languages.set_selected(["Spanish (Spain)"])
    form = dialog.options
    form.advanced.set_open(True)
    form.srt.edit.setText(str(own))
    form.srt_role.setCurrentIndex(form.srt_role.findData(SrtRole.OUTPUT))
    form.captions.setChecked(True)
    qtbot.waitUntil(dialog.start_button.isEnabled, timeout=WAIT_MS)

    with qtbot.waitSignal(dialog.created, timeout=WAIT_MS) as created:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    (translation_id,) = created.args[0]
    (upload,) = [job for job in rig.jobs.jobs() if job.kind is JobKind.UPLOAD]
    assert upload.state is JobState.DONE  # the video and the SRT went up in one job
    qtbot.waitUntil(
        lambda: all(j.finished for j in rig.jobs.jobs() if j.kind is JobKind.RENDER),
        timeout=WAIT_MS,
    )
    files = drive(qtbot, rig.service.translations.download_outputs(translation_id, tmp_path / "o"))
    caption = next(path for path in files if path.suffix == ".srt")
    assert caption.read_bytes() == own.read_bytes()


def test_a_refused_create_is_a_sentence_and_the_dialog_stays(qtbot, rig: Rig) -> None:
    dialog = open_dialog(qtbot, rig)
    dialog.source.set_kind("asset")
    qtbot.keyClicks(dialog.source.asset, "no-such-asset")
    dialog.languages.set_selected(["Spanish (Spain)"])
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.start_button.isEnabled, timeout=WAIT_MS)
    assert dialog.isVisible()
    sentence = dialog.problem.text()
    assert sentence and "Traceback" not in sentence
    assert dialog.start_button.text() == "&Translate"
    assert rig.sandbox.created_counts()["video_translations"] == 0


def test_brand_glossaries_are_offered_by_name_and_sent_by_id(qtbot, rig: Rig) -> None:
    dialog = open_dialog(qtbot, rig)
    picker = dialog.options.glossary
    qtbot.waitUntil(lambda: picker.count() == 3, timeout=WAIT_MS)  # none + the account's two
    assert [picker.itemText(i) for i in range(picker.count())] == [
        "",
        "Product names",
        "Legal terms (keep in English)",
    ]
    picker.setCurrentIndex(picker.findText("Product names"))
    assert dialog.options.options("T").brand_glossary_id == "bg_sandbox_products"
    picker.setEditText("bg_typed_by_hand")  # an id HeyGen gave elsewhere still works
    assert dialog.options.options("T").brand_glossary_id == "bg_typed_by_hand"
    picker.setEditText("")
    assert dialog.options.options("T").brand_glossary_id is None
