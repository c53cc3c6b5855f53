"""Text rules: normalisation, graphemes, word snapping and Arabic proclitics."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from workbench.core.text import (
    OffsetMap,
    double_click_range,
    grapheme_bounds,
    is_grapheme_boundary,
    normalize_text,
    snap_to_graphemes,
    snap_to_words,
    split_proclitic,
    trim_proclitic,
)


def test_normalize_strips_bom_unifies_newlines_and_composes():
    raw = "\ufeffسطر\r\nثان\re\u0301"
    assert normalize_text(raw) == "سطر\nثان\n\u00e9"


def test_harakat_stay_with_their_letter():
    word = "مُحَمَّد"
    # offsets 1 (after م, before its damma) and 4 (between م and its shadda) split clusters
    assert not is_grapheme_boundary(word, 1)
    assert is_grapheme_boundary(word, 2)
    assert grapheme_bounds(word, 1) == (0, 2)
    assert snap_to_graphemes(word, 1, 4) == (0, 4)


def test_emoji_family_is_one_grapheme():
    text = "قال 👩\u200d👩\u200d👧 هنا"
    start = text.index("👩")
    assert grapheme_bounds(text, start + 1) == (start, start + 5)


def test_snap_widens_partial_words_and_trims_spaces():
    text = "دعا مبعوث صيني لدى الأمم"
    start = text.index("بعوث")  # inside مبعوث
    assert snap_to_words(text, start, start + 2) == (text.index("مبعوث"), text.index(" صيني"))
    assert snap_to_words(text, 3, 4) == (4, 4)  # only a space: nothing
    whole = text.index("صيني")
    assert snap_to_words(text, whole - 1, whole + 4 + 1) == (whole, whole + 4)


def test_snap_keeps_latin_inside_arabic():
    text = 'قال Emmanuel Macron "نعم".'
    s = text.index("manu")
    assert snap_to_words(text, s, s + 2) == (text.index("Emmanuel"), text.index(" Macron"))


# The line of issue 14: Arabic quotes, comma and semicolon, CJK brackets and full stop.
MIXED = (
    "في 2016 (شينخوا) دعا مبعوث صيني لدى الأمم المتحدة يوم الأربعاء، ممثلي «الأمم المتحدة» "
    "إلى مكافحة «بالفيروس» في القاهرة، وقال: رمز؛ ثم 中文「漢字」。"
)


def word_of(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_snapping_never_takes_the_punctuation_around_a_word():
    assert MIXED[70:76] == "«الأمم"
    assert snap_to_words(MIXED, 70, 76) == (71, 76)  # the issue's «الأمم
    for quoted, word in [
        ("«بالفيروس»", "بالفيروس"),
        ("القاهرة، ", "القاهرة"),
        ("رمز؛", "رمز"),
        ("「漢字」。", "漢字"),
        ("(شينخوا)", "شينخوا"),
    ]:
        start, end = word_of(MIXED, quoted)
        assert snap_to_words(MIXED, start, end) == word_of(MIXED, word), quoted
    # punctuation inside the selection stays: the annotator reached across it
    start, end = word_of(MIXED, "«الأمم المتحدة»")
    assert snap_to_words(MIXED, start + 1, end - 1) == (start + 1, end - 1)
    start = MIXED.index("الأربعاء،")
    assert snap_to_words(MIXED, start, start + 16) == word_of(MIXED, "الأربعاء، ممثلي")
    # a selection of only punctuation is what the annotator chose
    comma = MIXED.index("،")
    assert snap_to_words(MIXED, comma, comma + 2) == (comma, comma + 1)


def test_snapping_keeps_a_percent_sign_that_belongs_to_its_number():
    text = "ارتفعت الأسعار ٪25 أو 30% أو ‰4 هذا العام."
    for figure in ["٪25", "30%", "‰4"]:
        start = text.index(figure)
        assert snap_to_words(text, start, start + len(figure)) == (start, start + len(figure))
    start = text.index("العام")
    assert snap_to_words(text, start, start + 6) == (start, start + 5)  # the full stop goes


def test_double_click_selects_the_word_without_its_punctuation():
    for word in ["الأمم", "بالفيروس", "القاهرة", "رمز", "漢字", "شينخوا"]:
        start, end = word_of(MIXED, word)
        for letter in (start, start + 1, end - 1):
            assert double_click_range(MIXED, letter) == (start, end), (word, letter)
    assert double_click_range(MIXED, 73) == (71, 76)
    for sign in "«»،؛「」。":  # on the punctuation itself: that character alone
        at = MIXED.index(sign)
        assert double_click_range(MIXED, at) == (at, at + 1), sign
    assert double_click_range("قال  نعم", 4) == (4, 4)  # on white space: nothing


def test_proclitic_split_rules():
    assert split_proclitic("والأخذ") == ("و", "الأخذ")
    assert split_proclitic("بالفيروس") == ("ب", "الفيروس")
    assert split_proclitic("للأمم") is None  # ل + ال merged
    assert split_proclitic("في") is None  # too short to be clitic + word
    assert split_proclitic("مجلس") is None


def test_trim_proclitic_and_merged_article():
    text = "وأشار مجلس الأمن للأمم المتحدة"
    s, e, attrs = trim_proclitic(text, 0, 5)
    assert (text[s:e], attrs) == ("أشار", {})
    start = text.index("للأمم")
    s, e, attrs = trim_proclitic(text, start, start + 5)
    assert (text[s:e], attrs) == ("للأمم", {"clitics": ["ل"]})


def test_offset_map_follows_crlf_and_decomposed_text():
    raw = "a\r\nbe\u0301c"
    mapped = OffsetMap(raw)
    assert mapped.normal == "a\nb\u00e9c"
    assert mapped(raw.index("c")) == mapped.normal.index("c")


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60))
def test_normalized_text_is_stable_and_nfc(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\r" not in once
