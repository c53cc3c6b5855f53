"""The span index: what a view asks for is what overlaps, however the spans nest."""

import random

from hypothesis import given
from hypothesis import strategies as st

from workbench.core.intervals import LONG, SpanIndex, innermost_segments
from workbench.core.model import Span


def span(sid, start, end, label="PER"):
    return Span(sid, start, end, label, "x" * (end - start))


@given(
    st.lists(st.tuples(st.integers(0, 20000), st.integers(1, 6000)), max_size=40),
    st.integers(0, 20000),
    st.integers(1, 3000),
)
def test_overlapping_equals_a_linear_scan(pairs, qstart, qlen):
    spans = [span(f"s{i}", a, a + n) for i, (a, n) in enumerate(pairs)]
    index = SpanIndex(spans)
    expected = {s.id for s in spans if s.start < qstart + qlen and s.end > qstart}
    assert {s.id for s in index.overlapping(qstart, qstart + qlen)} == expected


def test_add_remove_replace_keep_queries_right():
    rng = random.Random(3)
    index = SpanIndex()
    live = {}
    for step in range(500):
        if live and rng.random() < 0.4:
            sid = rng.choice(sorted(live))
            index.remove(sid)
            del live[sid]
        else:
            start = rng.randrange(10000)
            length = rng.choice([3, 50, LONG + 10])
            live[f"s{step}"] = span(f"s{step}", start, start + length)
            index.add(live[f"s{step}"])
        a = rng.randrange(10000)
        expected = {s.id for s in live.values() if s.start < a + 100 and s.end > a}
        assert {s.id for s in index.overlapping(a, a + 100)} == expected
    assert len(index) == len(live)


def test_innermost_segments_colour_nested_spans_by_the_inner_one():
    title, gpe = span("t", 0, 30, "TITLE"), span("g", 6, 11, "GPE")
    pieces = [(a, b, s.id) for a, b, s in innermost_segments([title, gpe], 0, 30)]
    assert pieces == [(0, 6, "t"), (6, 11, "g"), (11, 30, "t")]
    assert span("x", 0, 1) not in [p[2] for p in innermost_segments([], 0, 5)]
