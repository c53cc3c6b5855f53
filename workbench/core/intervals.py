"""An index of spans by position, so that a view asks only for what it shows.

Spans are kept sorted by start; a query bisects to the spans that start early enough to reach
its range. Spans longer than ``LONG`` characters (a whole-article quote) sit in a short list of
their own, so that one of them does not make every query look at the whole document.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from operator import attrgetter

from workbench.core.model import Span

LONG = 4096
_start = attrgetter("start")


class SpanIndex:
    def __init__(self, spans: Iterable[Span] = ()):
        self._spans: dict[str, Span] = {s.id: s for s in spans}
        self._long: dict[str, Span] = {}
        short = []
        for span in self._spans.values():
            if span.end - span.start > LONG:
                self._long[span.id] = span
            else:
                short.append(span)
        short.sort(key=_start)
        self._order: list[Span] = short
        self._starts: list[int] = [s.start for s in short]

    def __len__(self) -> int:
        return len(self._spans)

    def __iter__(self):
        return iter(self._spans.values())

    def get(self, span_id: str) -> Span | None:
        return self._spans.get(span_id)

    def add(self, span: Span) -> None:
        self._spans[span.id] = span
        if span.end - span.start > LONG:
            self._long[span.id] = span
            return
        position = bisect_left(self._starts, span.start)
        self._starts.insert(position, span.start)
        self._order.insert(position, span)

    def remove(self, span_id: str) -> Span | None:
        span = self._spans.pop(span_id, None)
        if span is None or self._long.pop(span_id, None) is not None:
            return span
        position = bisect_left(self._starts, span.start)
        while self._order[position].id != span_id:
            position += 1
        del self._order[position]
        del self._starts[position]
        return span

    def replace(self, span: Span) -> None:
        self.remove(span.id)
        self.add(span)

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans that share at least one character with [start, end), ordered by position."""
        lo = bisect_left(self._starts, start - LONG)
        hi = bisect_left(self._starts, max(end, start + 1))
        found = [s for s in self._order[lo:hi] if s.end > start]
        if self._long:
            found.extend(s for s in self._long.values() if s.start < end and s.end > start)
        found.sort(key=lambda s: (s.start, -s.end, s.id))
        return found

    def at(self, offset: int) -> list[Span]:
        """Spans covering ``offset``, innermost (shortest) first."""
        spans = self.overlapping(offset, offset + 1)
        return sorted(spans, key=lambda s: (s.end - s.start, s.start))


def innermost_segments(spans: list[Span], start: int, end: int) -> list[tuple[int, int, Span]]:
    """Cut [start, end) at every span boundary; each piece gets its shortest covering span."""
    cuts = sorted({start, end, *(max(start, min(end, p)) for s in spans for p in (s.start, s.end))})
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in spans if s.start <= a and s.end >= b]
        if covering:
            inner = min(covering, key=lambda s: (s.end - s.start, -s.start))
            if pieces and pieces[-1][2] is inner and pieces[-1][1] == a:
                pieces[-1] = (pieces[-1][0], b, inner)
            else:
                pieces.append((a, b, inner))
    return pieces
