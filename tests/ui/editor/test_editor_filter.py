"""CueFilterProxy: only flagged, only edited, only unreviewed; kept current after edits."""

from __future__ import annotations

import pytest

from proofreader.subtitles.document import ReviewState
from proofreader.subtitles.edits import SetReviewState, SetText, SetTimes
from proofreader.ui.editor import CueFilterProxy, FilterMode


@pytest.fixture
def proxy(editor_parts, qtmodeltester):
    proxy = CueFilterProxy()
    proxy.setSourceModel(editor_parts.model)
    qtmodeltester.check(proxy)
    return proxy


def shown(proxy: CueFilterProxy) -> list[int]:
    """Document rows the filter shows, in order."""
    return [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]


def test_all_shows_every_cue(proxy):
    assert shown(proxy) == [0, 1, 2, 3, 4, 5]


def test_flagged_shows_cues_with_findings_or_flagged_for_review(proxy, editor_parts):
    proxy.set_mode(FilterMode.FLAGGED)
    assert shown(proxy) == [3, 4]  # empty, untranslated
    editor_parts.undo.push(SetReviewState((0,), ReviewState.FLAGGED))
    assert shown(proxy) == [0, 3, 4]


def test_flagged_follows_the_checks_as_cues_are_fixed_and_broken(proxy, editor_parts):
    proxy.set_mode(FilterMode.FLAGGED)
    undo = editor_parts.undo
    undo.push(SetText(3, "Gracias por ver este vídeo."))
    assert shown(proxy) == [4]
    undo.push(SetText(1, ""))
    assert shown(proxy) == [1, 4]
    undo.stack.undo()
    undo.stack.undo()
    assert shown(proxy) == [3, 4]


def test_edited_shows_text_and_timing_edits(proxy, editor_parts):
    proxy.set_mode(FilterMode.EDITED)
    assert shown(proxy) == []
    editor_parts.undo.push(SetText(2, "Esta línea va bien."))
    editor_parts.undo.push(SetTimes(5, 13600, 15000))
    assert shown(proxy) == [2, 5]
    editor_parts.undo.stack.undo()
    assert shown(proxy) == [2]


def test_unreviewed_hides_cues_as_they_are_reviewed(proxy, editor_parts):
    proxy.set_mode(FilterMode.UNREVIEWED)
    editor_parts.undo.push(SetReviewState((1, 2), ReviewState.REVIEWED))
    assert shown(proxy) == [0, 3, 4, 5]
    proxy.set_mode(FilterMode.ALL)
    assert shown(proxy) == [0, 1, 2, 3, 4, 5]


def test_the_pinned_cue_stays_visible_until_another_is_chosen(proxy, editor_parts):
    proxy.set_mode(FilterMode.FLAGGED)
    proxy.set_pinned_row(3)  # the cue being fixed in the pane
    editor_parts.undo.push(SetText(3, "Gracias por ver este vídeo."))
    assert shown(proxy) == [3, 4]  # fixed, but it does not vanish under the cursor
    proxy.set_pinned_row(4)
    assert shown(proxy) == [4]
