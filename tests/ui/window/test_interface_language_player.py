"""The player in Spanish: the transport bar, the messages in the picture, the time ruler and the
waveform's buttons and status read in Spanish once the translators are installed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from proofreader.subtitles.cue import Cue
from proofreader.ui.player import PreviewPlayer
from proofreader.ui.player.waveform_loader import WaveformState, running_jobs
from proofreader.ui.player.waveform_timeline import WaveformTimeline
from proofreader.workspace.document_source import SAMPLE_DIR

NO_DEVICE = "No se ha encontrado ningún dispositivo de salida de audio; se reproduce sin sonido."


@pytest.fixture
def player(spanish: None, qtbot: QtBot) -> PreviewPlayer:
    made = PreviewPlayer()
    qtbot.addWidget(made)
    made.resize(900, 420)
    made.show()
    made.set_cues([Cue(1000, 2000, "uno"), Cue(6000, 9000, "dos")])
    return made


def test_the_transport_bar_reads_in_spanish(player: PreviewPlayer) -> None:
    bar = player.transport
    assert (bar.cue_button.text(), bar.loop_button.text()) == ("Subtítulo", "Repetir")
    assert bar.play_button.toolTip() == "Reproducir"
    assert bar.cue_button.toolTip().startswith("Reproducir solo el subtítulo actual")
    assert bar.loop_button.toolTip().startswith("Repetir el subtítulo actual")
    tips = {button.text(): button.toolTip() for button in bar.step_buttons}
    assert tips["−1f"] == "Retroceder 1 fotograma"
    assert tips["+5s"] == "Avanzar 5 segundos"
    assert bar.rate_combo.toolTip() == "Velocidad de reproducción"
    rates = [bar.rate_combo.itemText(i) for i in range(bar.rate_combo.count())]
    assert rates[:3] == ["0,5×", "0,75×", "1×"]
    assert bar.time_label.toolTip() == "Tiempo actual / duración"
    assert bar.volume_slider.toolTip() in {"Volumen", NO_DEVICE}
    assert bar.mute_button.toolTip() in {"Silenciar", NO_DEVICE}
    bar.set_playing(True)
    assert bar.play_button.toolTip() == "Pausar"
    bar.set_audio_available(True)
    bar.set_muted(True)
    assert bar.mute_button.toolTip() == "Activar el sonido"
    assert player.ruler.toolTip().startswith("Línea de tiempo:")


def test_the_messages_in_the_picture_read_in_spanish(
    qtbot: QtBot, player: PreviewPlayer, tmp_path: Path
) -> None:
    assert player.error_text() == "Sin vídeo: solo subtítulos"
    missing = tmp_path / "gone.mp4"
    with qtbot.waitSignal(player.media_error) as blocker:
        player.set_source(missing)
    assert blocker.args[0].startswith(f"No se ha encontrado el vídeo «{missing}»")


def test_the_waveform_reads_in_spanish(spanish: None, qtbot: QtBot) -> None:
    timeline = WaveformTimeline()
    qtbot.addWidget(timeline)
    assert timeline.fit_button.text() == "Ajustar"
    assert timeline.zoom_in_button.toolTip() == "Acercar (Ctrl+rueda)"
    assert timeline.view.toolTip().startswith("Forma de onda:")
    timeline.set_source(SAMPLE_DIR / "silent.mp4")
    qtbot.waitUntil(lambda: timeline.state() is WaveformState.NO_AUDIO, timeout=15_000)
    assert timeline.view.status() == "Sin audio"
    timeline.shutdown()
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=10_000)
