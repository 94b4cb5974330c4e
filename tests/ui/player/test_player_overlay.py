"""The subtitle over the picture follows the cues, live typing and the playhead (no video)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from proofreader.subtitles.cue import Cue
from proofreader.ui.player import PreviewPlayer

CUES = [
    Cue(0, 1000, "uno"),
    Cue(1500, 2500, "<i>dos</i> & <script>x</script>"),
    Cue(3000, 4000, ""),
]


@pytest.fixture
def player(qtbot):
    widget = PreviewPlayer()
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    widget.set_cues(CUES, originals=["one", "two", "three"])
    return widget


def _fragments(player: PreviewPlayer) -> list[tuple[str, bool]]:
    """(text, italic) for each run of the rendered subtitle."""
    doc = player.overlay.text_item.document()
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            out.append((frag.text(), frag.charFormat().fontItalic()))
            it += 1
        block = block.next()
    return out


def test_without_video_a_placeholder_says_so_and_subtitles_still_show(player):
    assert player.error_text() == "No video: subtitles only"
    assert not player.has_media()
    player.show_text_now("Hola")
    assert player.overlay.is_shown()
    assert player.overlay.text_item.toPlainText() == "Hola"


def test_overlay_shows_the_cue_under_the_playhead(player, qtbot):
    assert player.overlay.text_item.toPlainText() == "uno"
    with qtbot.waitSignal(player.playhead_cue_changed) as blocker:
        player.seek(2000)
    assert blocker.args == [1]
    assert player.overlay.text_item.toPlainText() == "dos & <script>x</script>"
    player.seek(1200)  # the gap between cues
    assert not player.overlay.is_shown()


def test_only_italic_bold_underline_are_interpreted(player):
    player.seek(2000)
    fragments = _fragments(player)
    assert ("dos", True) in fragments
    assert all(not italic for text, italic in fragments if "script" in text)
    html = player.overlay.text_item.toHtml()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "&amp;" in html


def test_typing_updates_the_overlay_at_once_and_moving_on_restores_the_cue(player):
    player.seek(500)
    player.update_cue(0, Cue(0, 1000, "uno corregido"))
    assert player.overlay.text_item.toPlainText() == "uno corregido"
    player.show_text_now("<b>tres</b> en vivo")
    assert player.overlay.text_item.toPlainText() == "tres en vivo"
    player.seek(600)  # same cue: the typed text stays
    assert player.overlay.text() == "<b>tres</b> en vivo"
    player.seek(2000)  # another cue: back to following the playhead
    assert player.overlay.text_item.toPlainText() == "dos & <script>x</script>"


def test_original_is_an_optional_smaller_line_above(player):
    player.seek(500)
    assert player.overlay.text_item.toPlainText() == "uno"
    player.set_show_original(True)
    doc = player.overlay.text_item.document()
    assert doc.toPlainText() == "one\nuno"
    first, second = doc.firstBlock(), doc.firstBlock().next()
    small = first.begin().fragment().charFormat().font().pixelSize()
    large = second.begin().fragment().charFormat().font().pixelSize()
    if large <= 0:  # inherits the item's font
        large = player.overlay.text_item.font().pixelSize()
    assert 0 < small < large


def test_right_to_left_text_is_laid_out_right_to_left(player):
    player.show_text_now("مرحبا بالعالم\nשלום")
    block = player.overlay.text_item.document().firstBlock()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    cursor = QTextCursor(block)
    assert cursor.block().text().startswith("مرحبا")


def test_text_sits_at_the_bottom_of_the_frame_and_scales_with_it(player, qtbot):
    player.show_text_now("Una línea")
    frame = player.view.video_rect()
    box = player.overlay.box.sceneBoundingRect()
    assert frame.contains(box)
    assert box.center().y() > frame.center().y() + frame.height() / 4
    assert player.overlay.box.zValue() > player.view.video_item.zValue()
    small = player.overlay.font_pixel_size()
    player.resize(1280, 960)
    qtbot.waitUntil(lambda: player.overlay.font_pixel_size() > small)


def test_subtitles_only_preview_can_play_a_cue(player, qtbot):
    player.play_cue(1500, 1700)
    qtbot.waitUntil(lambda: player.is_playing())
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=3000)
    assert player.position() == 1699
    assert player.overlay.text_item.toPlainText().startswith("dos")
