"""Arabic-aware tokens: words (with their harakat, tatweel and proclitics) and punctuation.

A word is a run of letters, marks, digits, tatweel and joiners, so "وقال" and "للأمم" stay one
token with their proclitics, as Arabic NER corpora keep them; every other visible grapheme
(punctuation, an emoji) is a token of its own. Offsets are code points, end excluded.
"""

from __future__ import annotations

import bisect

import regex

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}_\u200c\u200d]+|(?!\s)\X", regex.DOTALL)


def tokenize(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN.finditer(text)]


def tokens_in(tokens: list[tuple[int, int]], starts: list[int], start: int, end: int) -> range:
    """Indices of the tokens that overlap ``[start, end)``; ``starts`` are the tokens' starts."""
    first = bisect.bisect_right(starts, start) - 1
    if first < 0 or tokens[first][1] <= start:
        first += 1
    last = bisect.bisect_left(starts, end)
    return range(first, last)
