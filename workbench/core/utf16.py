"""The one place where code point offsets (ours) meet UTF-16 positions (Qt's, doccano's).

Python indexes text by code point; Qt's QString, QTextCursor and QTextLayout count UTF-16 code
units, and so does doccano (its offsets come from JavaScript), so every character above U+FFFF
(emoji, mathematical letters) counts twice there. Texts without such characters take a fast
path where both are the same.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _may_be_astral(text: str) -> bool:
    """False when the text certainly has no character above U+FFFF, found without a scan.

    CPython stores a string in the narrowest of 1, 2 or 4 bytes per character that holds its
    largest character (PEP 393), so a string below 4 bytes per character has none; for a
    1,000,000-character article this saves a 5 ms scan on every document opened.
    """
    return bool(text) and sys.getsizeof(text) >= 4 * len(text)


class OffsetConverter:
    """Converts between code point offsets and UTF-16 positions for one text."""

    def __init__(self, text: str):
        # Code point offsets of the astral characters, in order.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if _may_be_astral(text) else []
        self._length = len(text)
        # UTF-16 position of each astral character (for the reverse direction).
        self._astral_utf16 = [cp + k for k, cp in enumerate(self._astral)]

    @property
    def utf16_length(self) -> int:
        return self._length + len(self._astral)

    def to_utf16(self, offset: int) -> int:
        """UTF-16 position of code point ``offset`` (0..len(text))."""
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def splits_pair(self, position: int) -> bool:
        """True when UTF-16 ``position`` falls between the two halves of a surrogate pair
        (inside an emoji or another character beyond the BMP)."""
        k = bisect_left(self._astral_utf16, position - 1)
        return k < len(self._astral_utf16) and self._astral_utf16[k] == position - 1

    def from_utf16(self, position: int) -> int:
        """Code point offset of UTF-16 ``position``; a position inside a surrogate pair rounds
        down to the start of its character."""
        if not self._astral:
            return position
        before = bisect_right(self._astral_utf16, position - 1)
        # ``before`` astral characters start before ``position``; if the last one starts at
        # position - 1, the position is between its two surrogates.
        if before and self._astral_utf16[before - 1] == position - 1:
            return self._astral[before - 1]
        return position - before
