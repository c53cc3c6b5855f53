"""Label keys that work on an Arabic keyboard layout too.

A schema names keys by their Latin letter; on the standard Arabic (101) layout the same physical
key types an Arabic letter, so both characters select the label.
"""

from __future__ import annotations

ARABIC_LAYOUT = dict(
    zip(
        "qwertyuiopasdfghjklzxcvnm",
        "ضصثقفغعهخحشسيبلاتنمئءؤرىة",
        strict=True,
    )
)


def key_characters(key: str) -> list[str]:
    """The characters that select a label whose schema key is ``key``."""
    key = key.lower()
    chars = [key]
    if key in ARABIC_LAYOUT:
        chars.append(ARABIC_LAYOUT[key])
    return chars
