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


def test_a_long_status_message_ends_in_an_ellipsis_before_the_permanent_widgets(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from proofreader.ui.elided_label import ElidingStatusBar

    bar = ElidingStatusBar()
    qtbot.addWidget(bar)
    badge = QLabel("0 / 8 reviewed · 0 errors · 13 warnings")
    bar.addPermanentWidget(badge)
    bar.resize(420, 24)
    bar.show()
    bar.showMessage(SENTENCE * 2)
    qtbot.waitUntil(lambda: badge.geometry().left() > 0)
    shown = bar.shown_message()
    assert shown.endswith("…") and len(shown) < len(SENTENCE)
    assert bar.fontMetrics().horizontalAdvance(shown) < badge.geometry().left()
    assert bar.toolTip() == SENTENCE * 2
    bar.showMessage("Saved.")
    assert bar.shown_message() == "Saved."
