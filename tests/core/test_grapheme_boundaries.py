"""The quick check of grapheme boundaries (two plain neighbours) agrees with a full Unicode
segmentation of the whole text, whatever the mix of letters, marks, joiners, Hangul, flags,
prepended signs and line breaks, on short lines and on one long line."""

from __future__ import annotations

import random

import regex

from workbench.core.text import grapheme_bounds, is_grapheme_boundary

ALPHABET = [
    *"abc زيتون الأمم,.؟١٢٣ ـ",  # plain letters, digits, punctuation, tatweel, space
    "\u064e", "\u0651", "\u0670",  # harakat, shadda, superscript alef
    "\u200d", "\u200c", "\u0301",  # joiners, a combining accent
    "\r", "\n", "\r\n",
    "\u0600",  # an Arabic number sign (prepends to what follows)
    "\u1100", "\u1161", "\uac00",  # Hangul jamo and a syllable
    "\U0001f1f8", "\U0001f1e6",  # regional indicators (a flag)
    "\U0001f469", "\U0001f3fd",  # an emoji and a skin tone
    "\u0915", "\u094d",  # Devanagari ka and virama (conjuncts)
    "\u0e33",  # Thai sara am (a spacing mark that is a letter)
]  # fmt: skip


def clusters(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(r"\X", text, regex.DOTALL)]


def test_quick_boundaries_agree_with_full_segmentation():
    rng = random.Random(20261128)
    for round_ in range(400):
        length = rng.randrange(1, 120) if round_ < 390 else 700  # longer than the window
        pieces = [rng.choice(ALPHABET) for _ in range(length)]
        if round_ % 2:
            pieces = [p for p in pieces if p not in ("\r", "\n", "\r\n")]  # one line
        text = "".join(pieces)
        spans = clusters(text)
        starts = {s for s, _ in spans} | {len(text)}
        owner = {i: span for span in spans for i in range(*span)}
        for offset in range(len(text) + 1):
            assert is_grapheme_boundary(text, offset) == (offset in starts), (text, offset)
            if offset < len(text):
                assert grapheme_bounds(text, offset) == owner[offset], (text, offset)
