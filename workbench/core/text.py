"""Text normalisation and boundaries: graphemes, words and Arabic proclitics.

Offsets everywhere are code point indices into NFC text (Python ``str`` indices), half-open.
"""

from __future__ import annotations

import hashlib
import unicodedata

import regex

BOM = "\ufeff"
PROCLITICS = frozenset("وفبكل")
# Letters, marks (harakat, shadda), digits, tatweel and the joiners belong inside a word.
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}_\u200c\u200d]+")
_GRAPHEME = regex.compile(r"\X", regex.DOTALL)
# How far back we look for a safe place to start segmenting graphemes on one long line.
_GRAPHEME_WINDOW = 256


def normalize_text(text: str) -> str:
    """The one normal form of article text: no BOM, LF newlines, NFC."""
    if text.startswith(BOM):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def is_normal(text: str) -> bool:
    return not text.startswith(BOM) and "\r" not in text and unicodedata.is_normalized("NFC", text)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class OffsetMap:
    """Maps offsets in raw text to offsets in its normal form (for annotations made on raw text)."""

    def __init__(self, raw: str):
        self.raw = raw
        self.normal = normalize_text(raw)
        self._cache: dict[int, int] = {}

    def __call__(self, offset: int) -> int:
        if offset not in self._cache:
            self._cache[offset] = len(normalize_text(self.raw[:offset]))
        return self._cache[offset]


def _segment_start(text: str, offset: int) -> int:
    """A position at or before ``offset`` that is certainly a grapheme boundary, and after
    which segmenting needs nothing before it: a line start, or two plain neighbours (found
    within a few characters in real text, even on one very long line)."""
    start = offset
    while start > 0 and offset - start < _GRAPHEME_WINDOW:
        if text[start - 1] == "\n" or _plain_boundary(text, start):
            return start
        start -= 1
    if start == 0:
        return 0
    # A long run without a plain pair: back up to a character that starts a cluster alone.
    while start > 0 and not _starts_cluster(text[start]):
        start -= 1
    return start


# Characters between which Unicode (UAX #29) always puts a grapheme boundary: printable
# Latin-1 and Latin Extended, and the Arabic block's letters, digits and punctuation. None of
# them extends, prepends to, or joins with a neighbour (marks, Hangul, regional indicators and
# format characters are left to the full segmentation).
_PLAIN = frozenset(
    chr(c)
    for c in [*range(0x20, 0x300), *range(0x600, 0x700)]
    if unicodedata.category(chr(c))[0] in "LNPSZ"
)


def _plain_boundary(text: str, offset: int) -> bool:
    """True when ``offset`` is certainly a grapheme boundary from its two neighbours alone
    (the common case, checked without segmenting: long single lines stay fast)."""
    return text[offset - 1] in _PLAIN and text[offset] in _PLAIN


def _starts_cluster(char: str) -> bool:
    return unicodedata.category(char) in ("Zs", "Cc") or char in "\n\t"


def grapheme_bounds(text: str, offset: int) -> tuple[int, int]:
    """The grapheme cluster containing ``offset``: (start, end); (offset, offset) at the end."""
    if offset >= len(text):
        return len(text), len(text)
    if (offset == 0 or _plain_boundary(text, offset)) and (
        offset + 1 == len(text) or _plain_boundary(text, offset + 1)
    ):
        return offset, offset + 1
    for match in _GRAPHEME.finditer(text, _segment_start(text, offset)):
        if match.end() > offset:
            return match.start(), match.end()
    return len(text), len(text)  # pragma: no cover - finditer always reaches offset


def is_grapheme_boundary(text: str, offset: int) -> bool:
    if offset <= 0 or offset >= len(text):
        return 0 <= offset <= len(text)
    return _plain_boundary(text, offset) or grapheme_bounds(text, offset)[0] == offset


def snap_to_graphemes(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) so that it never splits a letter from its harakat."""
    start = grapheme_bounds(text, start)[0]
    if end > start and not is_grapheme_boundary(text, end):
        end = grapheme_bounds(text, end)[1]
    return start, max(start, end)


def is_word_char(char: str) -> bool:
    """Letters, marks, digits, ``_``, tatweel and the joiners: what words are made of."""
    return _WORD.fullmatch(char) is not None


def word_at(text: str, offset: int) -> tuple[int, int] | None:
    """The word containing ``offset`` or touching it at either edge, or None."""
    lo = offset
    while lo > 0 and is_word_char(text[lo - 1]):
        lo -= 1
    hi = offset
    while hi < len(text) and is_word_char(text[hi]):
        hi += 1
    return (lo, hi) if lo < hi else None


def _is_edge(char: str) -> bool:
    """White space or punctuation (any Unicode punctuation category: Arabic « » ، ؛ ؟ and CJK
    「」。 as well as ASCII), but for the signs of a figure: never the first or last character of
    a snapped span."""
    if char in _PART_OF_A_NUMBER:
        return False
    return char.isspace() or unicodedata.category(char).startswith("P")


# Punctuation by category, but part of the figure it is written with (30%, ٪25, ‰4).
_PART_OF_A_NUMBER = frozenset("%٪‰؉؊")


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim white space and punctuation off both ends, then widen a selection to whole words.

    A selection of only white space becomes empty; one of only punctuation (and white space)
    keeps its punctuation, which is then what the annotator chose. Punctuation inside the
    selection stays (``U.S``, ``1,000``, ``الأمم» و«المتحدة``).
    """
    start, end = min(start, end), max(start, end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    inner_start, inner_end = start, end
    while inner_start < inner_end and _is_edge(text[inner_start]):
        inner_start += 1
    while inner_end > inner_start and _is_edge(text[inner_end - 1]):
        inner_end -= 1
    if inner_start < inner_end:
        start, end = inner_start, inner_end
    if start == end:
        return start, start
    while start > 0 and is_word_char(text[start - 1]) and is_word_char(text[start]):
        start -= 1
    while end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end]):
        end += 1
    return snap_to_graphemes(text, start, end)


def double_click_range(text: str, offset: int) -> tuple[int, int]:
    """What a double-click on the character at ``offset`` selects: the word it belongs to,
    without the punctuation or white space around it; on punctuation or another sign, that
    character (with its marks); on white space, nothing."""
    if not 0 <= offset < len(text) or text[offset].isspace():
        return offset, offset
    if is_word_char(text[offset]):
        word = word_at(text, offset)
        assert word is not None
        return word
    return grapheme_bounds(text, offset)


def split_proclitic(word: str) -> tuple[str, str] | None:
    """Split one Arabic proclitic (و ف ب ك ل) off a word when what remains is a whole word.

    ل before the article merges letters (ل + ال -> لل): that word is not split.
    """
    if len(word) < 3 or word[0] not in PROCLITICS:
        return None
    rest = word[1:]
    if word[0] == "ل" and rest.startswith("ل"):
        return None  # للأمم = ل + الأمم: the alef is gone, no clean split exists
    if unicodedata.category(rest[0]).startswith("M"):
        return None  # the clitic carries harakat; splitting would strand them
    letters = [c for c in rest if unicodedata.category(c).startswith("L")]
    if len(letters) < 2:
        return None
    return word[0], rest


def trim_proclitic(text: str, start: int, end: int) -> tuple[int, int, dict]:
    """Drop a leading proclitic from the span; returns (start, end, attrs).

    When the clitic merges letters with the article (لل), the span keeps the whole word and the
    clitic is recorded in ``attrs['clitics']`` instead.
    """
    word = word_at(text, start)
    if word is None or word[0] != start:
        return start, end, {}
    token = text[word[0] : word[1]]
    split = split_proclitic(token)
    if split is not None and start + 1 < end:
        return start + 1, end, {}
    if len(token) >= 3 and token.startswith("لل"):
        return start, end, {"clitics": ["ل"]}
    return start, end, {}
