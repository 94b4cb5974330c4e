"""Status lines are cut with "…" when narrow (never clipped mid-letter), the tooltip whole."""

from __future__ import annotations

from proofreader.ui.elided_label import ElidedLabel

SENTENCE = "HeyGen is rendering the final video: follow it in the jobs panel."


def test_a_narrow_label_elides_and_keeps_the_whole_sentence_in_its_tooltip(qtbot) -> None:
    label = ElidedLabel(SENTENCE)
    qtbot.addWidget(label)
    label.resize(140, 24)
    label.show()
    assert label.is_elided() and label.shown_text().endswith("…")
    assert label.toolTip() == SENTENCE
    assert label.minimumSizeHint().width() < 140  # it never asks the window for more room
    label.resize(label.fontMetrics().horizontalAdvance(SENTENCE) + 20, 24)
    assert not label.is_elided() and label.shown_text() == SENTENCE
