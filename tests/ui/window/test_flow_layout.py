"""FlowLayout: a short row of figures wraps in a narrow pane instead of widening it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from proofreader.ui.flow_layout import FlowLayout


def test_items_wrap_onto_more_lines_when_the_width_runs_out(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host, spacing=16)
    labels = [QLabel(text) for text in ("CPS 19.6 / 17", "Fit 116%", "70 characters")]
    for label in labels:
        layout.addWidget(label)
    one_line = layout.sizeHint().width()
    host.resize(one_line, 100)
    host.show()
    qtbot.waitUntil(lambda: len({label.y() for label in labels}) == 1)
    assert layout.minimumSize().width() < one_line  # it can be narrower than one line

    narrow = max(label.sizeHint().width() for label in labels)
    host.resize(narrow, 100)
    qtbot.waitUntil(lambda: len({label.y() for label in labels}) == 3)  # one a line
    assert all(label.x() + label.width() <= narrow for label in labels)  # none cut
    assert layout.heightForWidth(narrow) > layout.heightForWidth(one_line)
