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
