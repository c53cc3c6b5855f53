"""The one matching rule of search, read from a stream: the same matches, with the same text
around them, however the text is cut into chunks and pieces, as folding the whole text at once
and looking for the folded query in it."""

from __future__ import annotations

import random
import unicodedata

import pytest

from workbench.core import search
from workbench.core.search import chunked, find_all, fold, matches

ALPHABET = [*"الأمةىي aF", "\u064e", "\u0651", "\u0640", "  ", "\n", "ß", "ﬁ", "\u200d"]


def whole_text_answer(text: str, query: str) -> list[tuple[int, int]]:
    """Fold every character of the whole text, remembering where each folded one came from,
    and look for the folded query: the rule written the slow, obvious way."""
    folded, origin, after_space = [], [], False
    for i, char in enumerate(text):
        for out in fold(char) if not char.isspace() else " ":
            if out == " ":
                if after_space:
                    continue
                after_space = True
            else:
                after_space = False
            folded.append(out)
            origin.append(i)
    haystack, needle = "".join(folded), " ".join(fold(query).split())
    found, at = [], 0
    while needle and (at := haystack.find(needle, at)) >= 0:
        start, end = origin[at], origin[at + len(needle) - 1] + 1
        while end < len(text) and fold(text[end]) == "" and not text[end].isspace():
            end += 1  # the marks on the last letter belong to the match
        found.append((start, end))
        at += len(needle)
    return found


@pytest.mark.parametrize("piece", [1, 3, 1024])
def test_streamed_matches_equal_the_whole_text_answer(monkeypatch, piece):
    monkeypatch.setattr(search, "PIECE", piece)
    rng = random.Random(piece)
    for _ in range(600):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 200)))
        text = unicodedata.normalize("NFC", text)
        query = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 4)))
        expected = whole_text_answer(text, query)
        for size in (1, 7, 500):
            hits = list(matches(chunked(text, size), query, context=5))
            assert [(h.start, h.end) for h in hits] == expected, (text, query, size)
            if piece >= 5:  # pieces at least as long as the context keep all of it
                for h in hits:
                    assert h.text == text[h.start : h.end]
                    assert h.before == text[max(0, h.start - 5) : h.start]
                    assert h.after == text[h.end : h.end + 5]


def test_part_of_a_word_matches_and_the_limit_is_kept():
    text = "قالت الأُمَـمُ المتحدة إن الأمم"
    assert find_all(text, "الأم") == [(5, 12), (26, 30)]
    assert text[5:12] == "الأُمَـ"
    assert find_all(text, "الامم", limit=1) == [(5, 14)]
    assert find_all(text, "الامم", limit=0) == []
