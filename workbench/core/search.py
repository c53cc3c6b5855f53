"""Arabic-insensitive matching: fold away what writers vary but readers do not notice."""

from __future__ import annotations

import re
import unicodedata

# Harakat, shadda, sukun, superscript alef, Quranic marks; tatweel; joiners.
_IGNORED = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def fold(text: str) -> str:
    """A search key: no diacritics or tatweel, one alef, ى as ي, ة as ه, lower case."""
    text = unicodedata.normalize("NFC", text)
    return _IGNORED.sub("", text).translate(_LETTERS).casefold()


def _fold_char(char: str) -> str:
    return "" if _IGNORED.match(char) else char.translate(_LETTERS).casefold()


def folded_positions(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` with, for each of its characters, the offset it came from in ``text``
    (an NFC text), so that a match in the folded text can be shown in the original."""
    out: list[str] = []
    positions: list[int] = []
    for i, char in enumerate(text):
        folded = _fold_char(char)
        out.append(folded)
        positions.extend([i] * len(folded))
    return "".join(out), positions


def find_all(text: str, query: str, limit: int | None = None) -> list[tuple[int, int]]:
    """Where ``query`` occurs in ``text`` ignoring harakat, tatweel, alef forms, ى/ي and ة/ه:
    code point ranges of the original text, widened over the marks that follow a match."""
    words = fold(query).split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(map(re.escape, words)))  # any white space between words
    folded, positions = folded_positions(text)
    found = []
    for match in pattern.finditer(folded):
        start = positions[match.start()]
        end = positions[match.end() - 1] + 1
        while end < len(text) and _IGNORED.match(text[end]):
            end += 1  # the harakat on the last letter belong to the match
        found.append((start, end))
        if limit is not None and len(found) >= limit:
            break
    return found
