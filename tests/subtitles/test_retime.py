"""Dragging a cue's edge: snapping to the neighbour, the minimum gap, start before end."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from proofreader.subtitles.retime import Edge, EdgeDrag, neighbours

SPANS = [(1000, 3000), (3500, 5000), (6000, 8000)]
GAP = 83.3  # two frames at 24 fps: 84 ms once rounded up


def test_the_end_moves_freely_where_there_is_room() -> None:
    drag = EdgeDrag.begin(SPANS, 0, Edge.END, min_gap_ms=GAP)
    assert drag.times_at(2500) == (1000, 2500)
    assert drag.times_at(3200) == (1000, 3200)


def test_the_end_stops_the_minimum_gap_before_the_next_cue() -> None:
    drag = EdgeDrag.begin(SPANS, 0, Edge.END, min_gap_ms=GAP)
    assert drag.times_at(4000) == (1000, 3500 - 84)
    assert drag.times_at(99_000) == (1000, 3416)


def test_the_start_stops_the_minimum_gap_after_the_previous_cue() -> None:
    drag = EdgeDrag.begin(SPANS, 1, Edge.START, min_gap_ms=GAP)
    assert drag.times_at(3050) == (3000 + 84, 5000)
    assert drag.times_at(3300) == (3300, 5000)


def test_an_edge_snaps_to_the_neighbour_within_the_snap_distance() -> None:
    drag = EdgeDrag.begin(SPANS, 0, Edge.END, min_gap_ms=GAP)
    assert drag.times_at(3350, snap_ms=100) == (1000, 3416)
    assert drag.times_at(3300, snap_ms=100) == (1000, 3300)  # farther than 100 ms: no snap
    start = EdgeDrag.begin(SPANS, 2, Edge.START, min_gap_ms=0)
    assert start.times_at(5040, snap_ms=50) == (5000, 8000)  # no gap: on the neighbour's end


def test_extra_snap_points_such_as_the_playhead() -> None:
    drag = EdgeDrag.begin(SPANS, 1, Edge.END, min_gap_ms=GAP, extra_snaps=(5500,))
    assert drag.times_at(5530, snap_ms=40) == (3500, 5500)


def test_start_never_reaches_end() -> None:
    drag = EdgeDrag.begin(SPANS, 1, Edge.START, min_gap_ms=GAP, min_length_ms=40)
    assert drag.times_at(9000) == (4960, 5000)
    end = EdgeDrag.begin(SPANS, 1, Edge.END, min_gap_ms=GAP, min_length_ms=40)
    assert end.times_at(0) == (3500, 3540)


def test_the_first_cue_stops_at_zero_and_the_last_is_free() -> None:
    first = EdgeDrag.begin(SPANS, 0, Edge.START, min_gap_ms=GAP)
    assert first.times_at(-500) == (0, 3000)
    last = EdgeDrag.begin(SPANS, 2, Edge.END, min_gap_ms=GAP)
    assert last.times_at(60_000) == (6000, 60_000)


def test_a_cue_already_too_close_may_stay_but_not_come_closer() -> None:
    spans = [(1000, 3000), (3020, 5000)]  # 20 ms gap, less than the minimum
    drag = EdgeDrag.begin(spans, 1, Edge.START, min_gap_ms=GAP)
    assert drag.times_at(3020) == (3020, 5000)
    assert drag.times_at(2000) == (3020, 5000)
    assert drag.times_at(3200) == (3200, 5000)


def test_neighbours_follow_time_not_document_order() -> None:
    spans = [(6000, 8000), (1000, 3000), (3500, 5000)]
    assert neighbours(spans, 2) == ((1000, 3000), (6000, 8000))
    assert neighbours(spans, 1) == (None, (3500, 5000))
    drag = EdgeDrag.begin(spans, 2, Edge.END, min_gap_ms=0)
    assert drag.times_at(7000) == (3500, 6000)


@given(
    st.integers(0, 20_000),
    st.sampled_from(list(Edge)),
    st.integers(-5000, 30_000),
    st.floats(0, 500),
    st.integers(1, 100),
)
def test_the_result_always_keeps_the_rules(
    row_seed: int, edge: Edge, target: int, snap: float, min_length: int
) -> None:
    spans = [(0, 900), (1000, 2000), (2100, 2500), (4000, 9000)]
    row = row_seed % len(spans)
    drag = EdgeDrag.begin(spans, row, edge, min_gap_ms=GAP, min_length_ms=min_length)
    start, end = drag.times_at(target, snap)
    assert 0 <= start < end
    before, after = neighbours(spans, row)
    if before is not None and spans[row][0] - before[1] >= 84:
        assert start - before[1] >= 84
    if after is not None and after[0] - spans[row][1] >= 84:
        assert after[0] - end >= 84
    moved = (start, end) != spans[row]
    assert not moved or (start == spans[row][0] if edge is Edge.END else end == spans[row][1])
