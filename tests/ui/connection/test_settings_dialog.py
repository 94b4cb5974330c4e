"""Preferences: validated as typed, saved on OK, check limits per language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from proofreader.library import Settings, load_settings
from proofreader.subtitles.thresholds import thresholds_for
from proofreader.ui.connection.context import AppContext
from proofreader.ui.connection.settings_dialog import SettingsDialog
from proofreader.workspace.check_limits import overrides_for, thresholds_with_settings
from tests.ui.connection_support import Loop, MakeContext


def open_dialog(qtbot: QtBot, context: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(context, environ={})
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_plain_http_to_another_computer_is_refused_inline(
    qtbot: QtBot, qloop: Loop, make_context: MakeContext
) -> None:
    dialog = open_dialog(qtbot, make_context())
    assert dialog.ok_button.isEnabled()

    dialog.base_edit.setText("http://api.example.com")

    assert "plain http" in dialog.base_error.text() and not dialog.base_error.isHidden()
    assert not dialog.ok_button.isEnabled()
    for fine in ("https://api.example.com/", "http://localhost:8123", "http://[::1]:9000", ""):
        dialog.base_edit.setText(fine)
        assert dialog.base_error.isHidden(), fine
        assert dialog.ok_button.isEnabled(), fine


def test_ok_saves_every_setting_to_the_file(
    qtbot: QtBot, qloop: Loop, make_context: MakeContext, tmp_path: Path
) -> None:
    context = make_context()
    changed: list[bool] = []
    context.settings_changed.connect(lambda: changed.append(True))
    dialog = open_dialog(qtbot, context)
    folder = tmp_path / "renders"

    dialog.base_edit.setText("https://api.example.com/")
    dialog.poll_spin.setValue(45)
    dialog.folder_edit.setText(str(folder))
    dialog.thresholds.select_language("German")
    dialog.thresholds.spins["max_cps"].setValue(15)
    dialog.thresholds.spins["min_duration_ms"].setValue(1.2)  # shown in seconds
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    saved = load_settings(context.paths.settings_file())
    assert saved == context.settings
    assert saved.api_base == "https://api.example.com"
    assert saved.poll_interval_s == 45
    assert saved.download_dir == folder
    assert saved.check_thresholds == {"German": {"max_cps": 15, "min_duration_ms": 1200}}
    assert changed == [True]
    assert thresholds_with_settings("German (Germany)", saved.check_thresholds).max_cps == 15


def test_a_limit_back_at_default_is_forgotten(
    qtbot: QtBot, qloop: Loop, make_context: MakeContext
) -> None:
    context = make_context(Settings(check_thresholds={"Spanish": {"max_cps": 15}}))
    dialog = open_dialog(qtbot, context)
    dialog.thresholds.select_language("Spanish")
    spin = dialog.thresholds.spins["max_cps"]
    assert spin.value() == 15
    assert dialog.thresholds.spins["max_chars_per_line"].text() == "Default (42 chars)"

    spin.setValue(spin.minimum())  # scrolled down to "Default"

    assert spin.text() == "Default (17 chars/s)"
    assert dialog.thresholds.overrides() == {}


def test_contradicting_durations_block_ok(
    qtbot: QtBot, qloop: Loop, make_context: MakeContext
) -> None:
    dialog = open_dialog(qtbot, make_context())
    dialog.thresholds.spins["min_duration_ms"].setValue(8)  # all languages: longest is 7 s

    assert "shortest cue must be shorter" in dialog.thresholds_error.text()
    assert not dialog.ok_button.isEnabled()


def test_a_relative_download_folder_is_refused(
    qtbot: QtBot, qloop: Loop, make_context: MakeContext
) -> None:
    dialog = open_dialog(qtbot, make_context())
    dialog.folder_edit.setText("renders")

    assert "full path" in dialog.folder_error.text()
    assert not dialog.ok_button.isEnabled()


def test_choosing_the_interface_language_saves_it_for_next_time(
    qtbot: QtBot, qloop: Loop, make_context: MakeContext
) -> None:
    context = make_context()
    dialog = open_dialog(qtbot, context)
    combo = dialog.language_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["System default", "English", "Español"]  # each in its own language
    assert combo.currentData() == ""
    assert "next time Proofreader starts" in dialog.language_note.text()

    combo.setCurrentIndex(combo.findText("Español"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert load_settings(context.paths.settings_file()).interface_language == "es"
    reopened = open_dialog(qtbot, context)
    assert reopened.language_combo.currentText() == "Español"


def test_overrides_apply_from_general_to_specific() -> None:
    overrides = {
        "*": {"max_cps": 16, "max_lines": 3},
        "Spanish": {"max_cps": 15},
        "Spanish (Mexico)": {"max_cps": 14},
        "German": {"max_cps": 12},
    }

    assert overrides_for(overrides, "Spanish (Spain)") == {"max_cps": 15, "max_lines": 3}
    assert overrides_for(overrides, "Spanish (Mexico)") == {"max_cps": 14, "max_lines": 3}
    assert overrides_for(overrides, None) == {"max_cps": 16, "max_lines": 3}
    limits = thresholds_with_settings("es", overrides)
    assert (limits.max_cps, limits.max_lines) == (15, 3)
    assert limits.max_chars_per_line == thresholds_for("es").max_chars_per_line


def test_unusable_overrides_never_stop_the_checks() -> None:
    limits = thresholds_with_settings(
        "French", {"French": {"max_cps": "fast", "bogus": 1, "max_chars_per_line": 40}}
    )
    assert limits.max_chars_per_line == 40
    assert limits.max_cps == thresholds_for("French").max_cps
