"""An index of spans by position, so that a view asks only for what it shows.

Buckets of fixed width hold the spans that overlap them; a query looks at the few buckets its
range covers. Adding or removing one span touches only its buckets.
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.core.model import Span

BUCKET = 2048


class SpanIndex:
    def __init__(self, spans: Iterable[Span] = ()):
        self._buckets: dict[int, dict[str, Span]] = {}
        self._spans: dict[str, Span] = {}
        for span in spans:
            self.add(span)

    def __len__(self) -> int:
        return len(self._spans)

    def __iter__(self):
        return iter(self._spans.values())

    def get(self, span_id: str) -> Span | None:
        return self._spans.get(span_id)

    def add(self, span: Span) -> None:
        self._spans[span.id] = span
        for bucket in range(span.start // BUCKET, (span.end - 1) // BUCKET + 1):
            self._buckets.setdefault(bucket, {})[span.id] = span

    def remove(self, span_id: str) -> Span | None:
        span = self._spans.pop(span_id, None)
        if span is not None:
            for bucket in range(span.start // BUCKET, (span.end - 1) // BUCKET + 1):
                self._buckets.get(bucket, {}).pop(span_id, None)
        return span

    def replace(self, span: Span) -> None:
        self.remove(span.id)
        self.add(span)

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans that share at least one character with [start, end), ordered by position."""
        found: dict[str, Span] = {}
        for bucket in range(start // BUCKET, max(start, end - 1) // BUCKET + 1):
            for span in self._buckets.get(bucket, {}).values():
                if span.start < end and span.end > start:
                    found[span.id] = span
        return sorted(found.values(), key=lambda s: (s.start, -s.end, s.id))

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
