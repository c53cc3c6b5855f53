"""The one matching rule of search, read from a stream: the same matches, with the same text
around them, however the text is cut into chunks and pieces, as the rule written the slow,
obvious way over the whole text; and the Arabic cases of issue 14 (clitics, suffixes, words
not matched from inside, Persian letters, Arabic-Indic digits, the exact-word mode)."""

from __future__ import annotations

import random
import unicodedata

import pytest

from workbench.core import search
from workbench.core.search import WORD_TAIL, chunked, find_all, fold, matches
from workbench.core.text import is_word_char

ALPHABET = [*"الأمةىي aFوبفکی٣3.ت", "\u064e", "\u0651", "\u0640", "  ", "\n", "ß", "ﬁ", "\u200d"]


def whole_text_answer(text: str, query: str, exact: bool = False) -> list[tuple[int, int]]:
    """Fold every character of the whole text, remembering where each folded one came from,
    then try the query at every word start, with every pair of proclitics written out (and
    ل + ال as لل), or alone and followed by no letter in exact mode: the rule written the
    slow, obvious way."""
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

    def letter_char(char: str) -> bool:
        return char == "_" or unicodedata.category(char)[0] in "LMN"

    def letter(at: int) -> bool:
        return 0 <= at < len(haystack) and letter_char(haystack[at])

    if not needle:
        return []
    starts_word = letter_char(needle[0])
    ends_word = letter_char(needle[-1])
    forms = [needle]
    if starts_word and not exact:
        forms = [c + p + needle for c in ("", "و", "ف") for p in ("", "ب", "ك", "ل")]
        if needle.startswith("ال") and len(needle) > 2 and needle[2] != " ":
            forms += [c + "لل" + needle[2:] for c in ("", "و", "ف")]
    suffixes = ends_word and not exact
    found, at = [], 0
    while at < len(haystack):
        ends = [
            at + len(form)
            for form in forms
            if not (starts_word and letter(at - 1))
            and haystack.startswith(form, at)
            and not (exact and ends_word and letter(at + len(form)))
        ]
        if not ends:
            at += 1
            continue
        last = max(ends)
        start, end = origin[at], origin[last - 1] + 1
        while end < len(text) and fold(text[end]) == "" and not text[end].isspace():
            end += 1  # the marks on the last letter belong to the match
        tail = end + WORD_TAIL
        while suffixes and end < min(tail, len(text)) and is_word_char(text[end]):
            end += 1  # and the rest of the word
        found.append((start, end))
        at = last
    return found


@pytest.mark.parametrize("piece", [1, 3, 1024])
def test_streamed_matches_equal_the_whole_text_answer(monkeypatch, piece):
    monkeypatch.setattr(search, "PIECE", piece)
    rng = random.Random(piece)
    for case in range(600):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 200)))
        text = unicodedata.normalize("NFC", text)
        query = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 4)))
        if case % 3 == 0:  # a query found at least once, with or without what precedes it
            start = rng.randrange(len(text) + 1)
            query = text[start : start + rng.randrange(1, 6)] or query
        exact = case % 2 == 1
        expected = whole_text_answer(text, query, exact)
        for size in (1, 7, 500):
            hits = list(matches(chunked(text, size), query, context=5, exact=exact))
            assert [(h.start, h.end) for h in hits] == expected, (text, query, size, exact)
            if piece >= 5:  # pieces at least as long as the context keep all of it
                for h in hits:
                    assert h.text == text[h.start : h.end]
                    assert h.before == text[max(0, h.start - 5) : h.start]
                    assert h.after == text[h.end : h.end + 5]


def words(text: str, query: str, exact: bool = False) -> list[str]:
    return [text[a:b] for a, b in find_all(text, query, exact=exact)]


NEWS = (
    "قال الوزير إن الوزيرة وقالت أمس، وقالوا: استقال المدير ونشر مقالا عن فيروس جديد. "
    "وللفيروس آثار، وبالفيروس يصاب الناس، والفيروسات كثيرة. دعا للأمم المتحدة والأمم المتحدة "
    "«الأمم المتحدة». فقال ١٢٣ شخصا و۱۲۳ آخرون من 123 بلدا؛ یک کتاب."
)


def test_a_match_starts_at_a_word_start_after_proclitics_and_runs_into_suffixes():
    # قال: the word, with و ف before it and ت وا after it; never inside استقال or مقالا
    assert words(NEWS, "قال") == ["قال", "وقالت", "وقالوا", "فقال"]
    assert words(NEWS, "فيروس") == ["فيروس"]  # not from inside الفيروس or وللفيروس
    # ل + ال is written لل: الفيروس finds وللفيروس; ب + ال stays بال
    assert words(NEWS, "الفيروس") == ["وللفيروس", "وبالفيروس", "والفيروسات"]
    assert words(NEWS, "الأمم المتحدة") == ["للأمم المتحدة", "والأمم المتحدة", "الأمم المتحدة"]
    assert words(NEWS, "الوزير") == ["الوزير", "الوزيرة"]


def test_exact_word_mode_finds_the_word_alone():
    # not وقالت, وقالوا, فقال, nor inside استقال and مقالا
    assert words(NEWS, "قال", exact=True) == ["قال"]
    assert words(NEWS, "الوزير", exact=True) == ["الوزير"]
    assert words(NEWS, "وقالت", exact=True) == ["وقالت"]
    # «الأمم المتحدة», not للأمم المتحدة or والأمم المتحدة
    assert find_all(NEWS, "الامم المتحده", exact=True) == [
        (NEWS.index("«الأمم") + 1, NEWS.index("المتحدة»") + len("المتحدة"))
    ]


def test_a_query_of_punctuation_is_not_held_to_word_edges():
    assert words(NEWS, "،") == ["،"] * NEWS.count("،") == ["،"] * 3  # each after a word
    assert words(NEWS, "«الأمم") == ["«الأمم"]  # from the quote; the word runs on
    assert words(NEWS, "المتحدة»") == ["المتحدة»"]
    assert words(NEWS, "المتحدة».", exact=True) == ["المتحدة»."]


def test_persian_letters_and_arabic_indic_digits_fold():
    assert words(NEWS, "123") == ["١٢٣", "و۱۲۳", "123"]
    assert words(NEWS, "١٢٣", exact=True) == ["١٢٣", "123"]
    assert words(NEWS, "۱۲۳") == words(NEWS, "123")
    assert words(NEWS, "يك كتاب") == ["یک کتاب"]  # Persian ی ک, searched with Arabic ي ك
    assert fold("یک ۱۲۳ ٤٥") == "يك 123 45"


def test_a_hit_is_the_whole_word_with_its_harakat_and_the_limit_is_kept():
    text = "قالت الأُمَـمُ المتحدة إن الأمم"
    assert find_all(text, "الأم") == [(5, 14), (26, 31)]
    assert text[5:14] == "الأُمَـمُ"
    assert find_all(text, "الامم", limit=1) == [(5, 14)]
    assert find_all(text, "الامم", limit=0) == []
    # a very long word: the hit takes at most WORD_TAIL characters of it
    long_word = "قال" + "ت" * (3 * WORD_TAIL)
    assert find_all(long_word, "قال") == [(0, 3 + WORD_TAIL)]


INDEX_ALPHABET = [*ALPHABET, "ل", "ك", "لل", "ال", "وال", "،", "\u00a0", "\u06dd", "K"]


@pytest.mark.parametrize("key_length", [2, 32])
def test_every_match_has_an_index_key_starting_with_each_query_word(monkeypatch, key_length):
    """The index may rule a document out only where the matcher finds nothing: wherever a
    query matches, each of its words starts one of the text's keys, however the text is cut
    into chunks and however long its tokens are (the long ones are shortened as they come)."""
    monkeypatch.setattr(search, "KEY_LENGTH", key_length)
    search._cached_keys.cache_clear()
    rng = random.Random(key_length)
    try:
        for case in range(1500):
            text = "".join(rng.choice(INDEX_ALPHABET) for _ in range(rng.randrange(0, 120)))
            text = unicodedata.normalize("NFC", text)
            query = "".join(rng.choice(INDEX_ALPHABET) for _ in range(rng.randrange(1, 5)))
            if case % 2 == 0:  # a piece of the text, maybe without a proclitic, لل as ال
                start = rng.randrange(len(text) + 1)
                query = text[start : start + rng.randrange(1, 8)] or query
                query = rng.choice([query, query[1:] or query, query.replace("لل", "ال", 1)])
            keys = search.index_words(chunked(text, 500))
            for size, long_token in ((1, 3), (7, 5), (13, 4096)):
                monkeypatch.setattr(search, "LONG_TOKEN", long_token)
                assert search.index_words(chunked(text, size)) == keys, (text, size)
            for exact in (False, True):
                if next(matches([text], query, exact=exact), None) is None:
                    continue
                for word in search.query_words(query):
                    assert any(key.startswith(word) for key in keys), (text, query, word)
    finally:
        search._cached_keys.cache_clear()


def test_index_keys_are_the_folded_words_with_and_without_their_proclitics():
    keys = search.index_words(["وللفيروس قالَ، «الأُمم»"])
    assert keys == {"وللفيروس", "للفيروس", "لفيروس", "الفيروس", "قال", "الامم"}
    assert search.query_words("الفيروس، و قالَ!") == ["الفيروس", "و", "قال"]
    assert search.query_words("«،»") == []
