"""A source's offsets moved onto the normal text, for all of a document's spans in one sweep.

A source counts offsets in its raw text (code points, or UTF-16 code units for doccano); the
project counts code points of ``normalize_text(raw)`` (no BOM, LF newlines, NFC). Offset ``o``
becomes the length of the normal form of ``raw[:o]``. Normalisation never reaches across a
place where a fresh character starts (not a mark, not the LF of a CR LF), so that length is
found piece by piece: the offsets are sorted and each piece of text between two of them is
normalised once, which keeps the work linear in the text and the number of offsets.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from workbench.core.text import BOM, is_normal
from workbench.core.utf16 import OffsetConverter
from workbench.formats.records import Units

# How far inside a letter's marks an offset may fall and still be moved (a real letter carries a
# few marks; an offset deeper inside a longer run is refused instead of costing a search).
LOOK_BACK = 64


def restarts(raw: str, position: int) -> bool:
    """True when normalising ``raw[:position]`` and ``raw[position:]`` apart gives the normal
    form of the whole: the character there does not join the one before it (it is no mark, no
    Hangul vowel or final consonant, not the LF of a CR LF)."""
    if position <= 0 or position >= len(raw):
        return True
    char = raw[position]
    if char < "\u0300":
        return char != "\n" or raw[position - 1] != "\r"
    if "\u1160" <= char <= "\u11ff" or "\ud7b0" <= char <= "\ud7ff":
        return False
    return unicodedata.combining(char) == 0 and not unicodedata.category(char).startswith("M")


def normal_length(piece: str, at_start: bool) -> int:
    """The length of the normal form of ``piece`` (``at_start``: it begins the text)."""
    if at_start and piece.startswith(BOM):
        piece = piece[1:]
    if "\r" in piece:
        piece = piece.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", piece):
        piece = unicodedata.normalize("NFC", piece)
    return len(piece)


class SourceOffsets:
    """Offsets into one raw text, in the source's units, and their places in the normal text."""

    def __init__(self, raw: str, units: Units = "code points"):
        self.raw = raw
        self._utf16 = OffsetConverter(raw) if units == "utf-16" else None
        self.length = self._utf16.utf16_length if self._utf16 else len(raw)
        self.unchanged = self._utf16 is None and is_normal(raw)

    def problem(self, start: int, end: int) -> str | None:
        """What is wrong with the source's offsets ``[start, end)``, said in its own units;
        None when they are a range of the text."""
        if not 0 <= start < end <= self.length:
            return f"offsets [{start}, {end}) are outside the text (length {self.length}) or empty"
        if self._utf16 is not None:
            for offset in (start, end):
                if self._utf16.splits_pair(offset):
                    char = self.raw[self._utf16.from_utf16(offset)]
                    return (
                        f"offsets [{start}, {end}) in UTF-16 code units: {offset} falls inside "
                        f"{char!r} (U+{ord(char):04X}), which takes two units; does the file "
                        "count code points instead?"
                    )
        return None

    def moved(self, offsets: Iterable[int]) -> dict[int, int | None]:
        """Each offset (0..length) as a code point offset into the normal text; None for one
        that falls more than ``LOOK_BACK`` characters inside a run of marks."""
        if self.unchanged:
            return {offset: offset for offset in offsets}
        raw, normal = self.raw, is_normal(self.raw)
        moved: dict[int, int | None] = {}
        done, done_length = 0, 0  # a place where normalisation restarts, and its normal offset
        for offset in sorted(set(offsets)):
            point = self._utf16.from_utf16(offset) if self._utf16 else offset
            if normal:
                moved[offset] = point
                continue
            restart = self._restart_before(point, done)
            if restart is None:
                moved[offset] = None
                continue
            if restart > done:
                done_length += normal_length(raw[done:restart], done == 0)
                done = restart
            moved[offset] = done_length + normal_length(raw[done:point], done == 0)
        return moved

    def _restart_before(self, point: int, floor: int) -> int | None:
        """The nearest place at or before ``point`` (not before ``floor``, itself one) where
        normalisation restarts; None when that is more than ``LOOK_BACK`` characters back."""
        restart = point
        while restart > floor and not restarts(self.raw, restart):
            if point - restart >= LOOK_BACK:
                return None
            restart -= 1
        return restart
