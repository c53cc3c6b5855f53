"""Code points (ours) against UTF-16 positions (Qt's), with astral characters."""

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from workbench.core.utf16 import OffsetConverter

TEXT = "قال 👩\u200d👩\u200d👧 Macron 𝐀 إنّ 🙂"


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_astral_characters_count_twice_in_qt():
    conv = OffsetConverter(TEXT)
    start = TEXT.index("Macron")
    assert conv.to_utf16(start) == start + 3  # woman, woman, girl: three astral characters
    assert conv.from_utf16(start + 3) == start
    assert conv.utf16_length == utf16_len(TEXT)
    # Qt agrees: the same character sits at the converted position in a QTextDocument
    doc = QTextDocument()
    doc.setPlainText(TEXT)
    assert doc.characterAt(conv.to_utf16(start)) == "M"


def test_a_position_inside_a_surrogate_pair_rounds_down():
    conv = OffsetConverter("a🙂b")
    assert conv.from_utf16(2) == 1  # between the two halves of 🙂
    assert conv.from_utf16(3) == 2


def test_plain_bmp_text_takes_the_identity():
    conv = OffsetConverter("نص عربي بلا رموز")
    assert [conv.to_utf16(i) for i in range(5)] == list(range(5))


@given(
    st.text(
        alphabet=st.sampled_from(["ا", "ب", "👩", "\u200d", "𝐀", "a", " ", "\u064e"]), max_size=40
    )
)
def test_round_trip_matches_utf16_encoding(text):
    conv = OffsetConverter(text)
    for offset in range(len(text) + 1):
        position = conv.to_utf16(offset)
        assert position == utf16_len(text[:offset])
        assert conv.from_utf16(position) == offset


def test_a_long_article_with_one_emoji_at_its_end_is_still_converted():
    text = "ع" * 200_000 + "🙂" + "x"
    conv = OffsetConverter(text)
    assert conv.to_utf16(len(text)) == len(text) + 1
    assert OffsetConverter("ع" * 200_000).to_utf16(150_000) == 150_000
