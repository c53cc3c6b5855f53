"""Arabic-aware matching: fold away what writers vary but readers do not notice, and find
words as Arabic writes them, with their clitics.

One rule everywhere (a project, a corpus database, the window's document list): folding drops
harakat, tatweel and joiners, makes every alef one alef, ى ي and ة ه, Persian ی ي and ک ك,
Arabic-Indic and Persian digits ASCII digits (١٢٣ and ۱۲۳ are 123), lower-cases, and makes each
run of white space one space. The folded query then matches where a word starts, after
optional proclitics (و or ف, then ب ك or ل: وب, فل, ...; ل before the article writes لل, so
الفيروس finds وللفيروس), and runs on into the word's suffixes (قال finds وقالت): it never
matches inside a word (قال is not in استقال or مقالا). A hit covers the whole word(s), from the
first proclitic to the end of the last word. In exact-word mode the query is the whole word:
no proclitics, no suffixes (harakat and letter forms still fold).

The text is read as a stream of chunks and matched piece by piece, so that the work stops at
the last match wanted and the memory used does not grow with the document.

A store can keep an index that rules documents out before any text is read: ``index_words``
gives a text's keys (each folded word, and the word without each proclitic form the rule lets
precede a query), ``query_words`` the words of a query. A text where the query matches has, for
each of the query's words, a key that starts with it (cut to ``KEY_LENGTH`` both sides), so a
document without one cannot match; the documents that have them are confirmed by ``matches``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from workbench.core.text import PROCLITICS as _CLITIC_LETTERS
from workbench.core.text import is_word_char

# Harakat, shadda, sukun, superscript alef, Quranic marks; tatweel; joiners.
_IGNORED = "".join(
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + ["\u0640", "\u200c", "\u200d"]
)
# Arabic-Indic and Persian (extended Arabic-Indic) digits
_DIGITS = {chr(zero + d): str(d) for zero in (0x0660, 0x06F0) for d in range(10)}
_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك"}
    | _DIGITS
    | dict.fromkeys(_IGNORED, None)
)
_SPACES = re.compile(r"\s+")
PIECE = 1024  # characters of text folded at a time
BLOCK = 64  # characters walked one by one to locate a match in its piece
WORD_TAIL = 64  # at most this many characters of a word's suffixes are added to a hit
_LETTER = r"[\p{L}\p{M}\p{N}_]"  # a word character, once folded
_CONJUNCTIONS, _PREPOSITIONS = "وف", "بكل"  # the proclitics (core.text), in their order
PROCLITICS = f"[{_CONJUNCTIONS}]?[{_PREPOSITIONS}]?"  # a conjunction, then a preposition


def fold(text: str) -> str:
    """A search key: no diacritics or tatweel, one alef, ى as ي, ة as ه, Persian ی ک as ي ك,
    ASCII digits, lower case, each run of white space one space."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_FOLD).casefold())


def _fold_piece(text: str, after_space: bool) -> str:
    folded = _SPACES.sub(" ", text.translate(_FOLD).casefold())
    return folded[1:] if after_space and folded[:1] == " " else folded


@dataclass(frozen=True)
class Hit:
    """A match: code point range of the text, the matched text and up to ``context``
    characters on each side."""

    start: int
    end: int
    text: str
    before: str
    after: str


@dataclass
class _Piece:
    start: int  # code point offset of the piece in the text
    text: str
    folded_start: int  # offset of its folded form in the folded text
    folded: str
    after_space: bool  # the folded text before it ends with a space
    _blocks: list[tuple[int, bool]] | None = None

    def blocks(self) -> list[tuple[int, bool]]:
        """For each ``BLOCK`` characters of the text: the offset of their folded form in the
        piece's, and whether the folded text before them ends with a space."""
        if self._blocks is None:
            self._blocks, offset, after_space = [], 0, self.after_space
            for i in range(0, len(self.text), BLOCK):
                self._blocks.append((offset, after_space))
                folded = _fold_piece(self.text[i : i + BLOCK], after_space)
                offset += len(folded)
                after_space = folded[-1] == " " if folded else after_space
        return self._blocks

    def original(self, target: int) -> int:
        """The offset in the text of the character that gave folded character ``target``:
        the block holding it, then character by character."""
        blocks = self.blocks()
        block = bisect.bisect_right(blocks, target, key=lambda b: b[0]) - 1
        count, after_space = blocks[block]
        first = block * BLOCK
        for i, char in enumerate(self.text[first : first + BLOCK], start=first):
            for out in char.translate(_FOLD).casefold():
                if out.isspace():
                    if after_space:
                        continue
                    after_space = True
                else:
                    after_space = False
                if count == target:
                    return self.start + i
                count += 1
        raise AssertionError("folded offset outside its piece")  # pragma: no cover


class _Window:
    """The stretch of text still needed: pieces with their folded forms, oldest first."""

    def __init__(self, chunks: Iterable[str]):
        self._chunks = iter(chunks)
        self._pending = ""
        self.pieces: deque[_Piece] = deque()
        self.end = self.folded_end = 0
        self.done = False
        self._after_space = False

    def grow(self) -> bool:
        """Add one piece; False at the end of the text."""
        while len(self._pending) < PIECE and not self.done:
            try:
                self._pending += next(self._chunks)
            except StopIteration:
                self.done = True
        if not self._pending:
            return False
        text, self._pending = self._pending[:PIECE], self._pending[PIECE:]
        folded = _fold_piece(text, self._after_space)
        self.pieces.append(_Piece(self.end, text, self.folded_end, folded, self._after_space))
        self.end += len(text)
        self.folded_end += len(folded)
        if folded:
            self._after_space = folded[-1] == " "
        return True

    @property
    def exhausted(self) -> bool:
        """All the text has been read into pieces."""
        return self.done and not self._pending

    def drop_before(self, folded_offset: int) -> None:
        """Forget pieces no match from ``folded_offset`` on can need: one is kept before it,
        for the text shown before such a match, and the folded character just before it,
        which says whether a word starts there."""
        while (
            len(self.pieces) > 2
            and self.pieces[2].folded_start <= folded_offset
            and self.pieces[1].folded_start < folded_offset
        ):
            self.pieces.popleft()

    def haystack(self) -> tuple[int, str]:
        if not self.pieces:
            return self.folded_end, ""
        return self.pieces[0].folded_start, "".join(p.folded for p in self.pieces)

    def original(self, folded_offset: int) -> int:
        """The offset in the text of the character that gave the folded one at
        ``folded_offset``."""
        starts = [p.folded_start for p in self.pieces]
        index = bisect.bisect_right(starts, folded_offset) - 1
        while not self.pieces[index].folded:  # pieces that fold to nothing
            index += 1
        piece = self.pieces[index]
        return piece.original(folded_offset - piece.folded_start)

    def char(self, offset: int) -> str | None:
        """The character at ``offset``, reading more text if needed; None at the end."""
        while offset >= self.end:
            if not self.grow():
                return None
        for piece in self.pieces:
            if offset < piece.start + len(piece.text):
                return piece.text[offset - piece.start]
        return None  # pragma: no cover

    def slice(self, start: int, end: int) -> str:
        """The text between two offsets, as far as the window holds it."""
        parts = []
        for piece in self.pieces:
            a, b = max(start, piece.start), min(end, piece.start + len(piece.text))
            if a < b:
                parts.append(piece.text[a - piece.start : b - piece.start])
        return "".join(parts)


@lru_cache(maxsize=64)
def pattern(query: str, exact: bool = False) -> regex.Pattern | None:
    """The folded query as a pattern on folded text: at a word start, after optional
    proclitics (with ل + ال written لل), or the whole word alone in exact mode; None for a
    query of only white space. A query that starts (ends) with punctuation or a sign is not
    held to a word start (end): ``،`` finds the comma after ``القاهرة``."""
    needle = " ".join(fold(query).split())
    if not needle:
        return None
    body = regex.escape(needle)
    starts_word, ends_word = _is_letter(needle[0]), _is_letter(needle[-1])
    forms = [body]
    if starts_word and not exact:
        forms = [PROCLITICS + body]
        if needle.startswith("ال") and len(needle) > 2 and needle[2] != " ":
            forms.append(f"[{_CONJUNCTIONS}]?لل" + regex.escape(needle[2:]))  # ل + الأمم = للأمم
    before = f"(?<!{_LETTER})" if starts_word else ""
    after = f"(?!{_LETTER})" if exact and ends_word else ""
    return regex.compile(f"{before}(?:{'|'.join(forms)}){after}")


def _is_letter(char: str) -> bool:
    """A character of a word, once folded."""
    return regex.match(_LETTER, char) is not None


def matches(
    chunks: Iterable[str], query: str, context: int = 0, exact: bool = False
) -> Iterator[Hit]:
    """Where ``query`` occurs, lazily, in the text made of ``chunks`` (pieces of one NFC text,
    in order), by the rule of this module: code point ranges from the word start to the end of
    the word (at most ``WORD_TAIL`` characters of suffixes; in exact mode, the word and the
    marks on its last letter), with up to ``context`` characters each side. Matches do not
    overlap."""
    found_in = pattern(query, exact)
    if found_in is None:
        return
    needle = " ".join(fold(query).split())
    # a match is at most the query and two proclitics long, and needs one character after it
    reach = len(needle) + 3
    suffixes = not exact and _is_letter(needle[-1])  # a hit runs on to the end of its word
    window = _Window(chunks)
    scan = 0  # folded offset where the next match may start
    while True:
        base, hay = window.haystack()
        found = found_in.search(hay, max(0, scan - base))
        if found is not None and (window.exhausted or found.start() + reach <= len(hay)):
            yield _hit(window, base + found.start(), base + found.end(), context, suffixes)
            scan = base + found.end()
            window.drop_before(scan)
            continue
        if found is None:  # every match starting this early would have been seen whole
            scan = max(scan, base + len(hay) - reach + 1)
            window.drop_before(scan)
        if not window.grow() and found is None:
            return


def _hit(window: _Window, first: int, last: int, context: int, suffixes: bool) -> Hit:
    """The hit for the folded range [first, last): its code points, the marks on its last
    letter and, with ``suffixes``, the rest of its last word."""
    start = window.original(first)
    end = window.original(last - 1) + 1
    while (char := window.char(end)) is not None and char in _IGNORED:
        end += 1  # the harakat on the last letter belong to the match
    if suffixes:
        tail = end + WORD_TAIL
        while end < tail and (char := window.char(end)) is not None and is_word_char(char):
            end += 1
    window.char(end + context)  # read far enough for the text after it
    return Hit(
        start,
        end,
        window.slice(start, end),
        window.slice(max(0, start - context), start),
        window.slice(end, end + context),
    )


def occurs(text: str, query: str, exact: bool = False) -> bool:
    """Whether ``query`` occurs in ``text`` by the rule of ``matches`` (which stops at the
    first match): the filter of the window's document list."""
    return next(matches(chunked(text), query, exact=bool(exact)), None) is not None


def chunked(text: str, size: int = 64 * PIECE) -> Iterator[str]:
    """A text as the chunks ``matches`` reads."""
    for i in range(0, len(text), size):
        yield text[i : i + size]


def find_all(
    text: str, query: str, limit: int | None = None, exact: bool = False
) -> list[tuple[int, int]]:
    """Where ``query`` occurs in ``text`` (the rule of ``matches``): at most ``limit`` code
    point ranges."""
    found: list[tuple[int, int]] = []
    if limit is not None and limit <= 0:
        return found
    for hit in matches(chunked(text), query, exact=exact):
        found.append((hit.start, hit.end))
        if limit is not None and len(found) >= limit:
            break
    return found


KEY_LENGTH = 32  # an index key is at most this many characters of a word, and so is a query's word
LONG_TOKEN = 4096  # characters without white space held whole before their words are taken
CACHED_TOKEN = 256  # the keys of tokens up to this long are remembered (most tokens recur)
_WORD = regex.compile(f"{_LETTER}+")
# the last character that ends a word once folded: not a word character, not one folding away
_WORD_END = regex.compile(f"(?r)[^\\p{{L}}\\p{{M}}\\p{{N}}_{regex.escape(_IGNORED)}]")


def index_words(chunks: Iterable[str]) -> set[str]:
    """The keys of the text made of ``chunks``, for an index (see the module docstring): each
    folded word (a run of word characters once folded), without its first one or two letters
    where they are proclitics (و or ف, then ب ك or ل), and with لل read as ال; each cut to
    ``KEY_LENGTH``. Memory grows with the words of the text, not with its length."""
    keys: set[str] = set()
    pending = ""  # the end of the text read so far, where a token may go on in the next chunk
    for chunk in chunks:
        text = pending + chunk
        tokens = text.split()
        pending = tokens.pop() if tokens and not text[-1].isspace() else ""
        distinct = set(tokens)
        if max(map(len, distinct), default=0) <= CACHED_TOKEN:
            keys.update(*map(_cached_keys, distinct))
        else:
            for token in distinct:
                keys.update(_cached_keys(token) if len(token) <= CACHED_TOKEN else _keys(token))
        if len(pending) > LONG_TOKEN:
            pending = _shorten(pending, keys)
    keys.update(_keys(pending))
    return keys


def query_words(query: str) -> list[str]:
    """The words of a query for an index (cut to ``KEY_LENGTH``): each has to start a key of a
    text the query matches in; none for a query of only punctuation and signs."""
    needle = " ".join(fold(query).split())
    return list(dict.fromkeys(word[:KEY_LENGTH] for word in _WORD.findall(needle)))


def _keys(token: str) -> tuple[str, ...]:
    """The keys of a token (text without white space): its folding is the same wherever it
    stands, since folding goes character by character."""
    keys = []
    for word in _WORD.findall(token.translate(_FOLD).casefold()):
        cut = [0]  # where the word starts once its proclitics are left out
        if word[0] in _CLITIC_LETTERS:
            cut.append(1)
            if word[0] in _CONJUNCTIONS and word[1:2] and word[1] in _PREPOSITIONS:
                cut.append(2)
        keys.extend(word[k : k + KEY_LENGTH] for k in cut)
        for k in cut[:2] if word[0] in _CONJUNCTIONS else cut[:1]:
            if word.startswith("لل", k):  # ل + ال, written لل
                keys.append(("ال" + word[k + 2 :])[:KEY_LENGTH])
    return tuple(key for key in keys if key)


_cached_keys = lru_cache(maxsize=1 << 14)(_keys)


def _shorten(pending: str, keys: set[str]) -> str:
    """Of a long token, the words that are whole (up to the last character that ends a word)
    go into ``keys`` and the rest is returned; of one word longer than ``LONG_TOKEN``, only
    the start the keys are made of (every character of a word folds to word characters or to
    nothing, every other character to neither)."""
    found = _WORD_END.search(pending)
    if found is not None:
        keys.update(_keys(pending[: found.end()]))
        pending = pending[found.end() :]
    if len(pending) > LONG_TOKEN:
        folded = 0
        for end, char in enumerate(pending, start=1):
            folded += len(char.translate(_FOLD).casefold())
            if folded >= KEY_LENGTH + 2:
                return pending[:end]
    return pending
