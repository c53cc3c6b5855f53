"""The keys that act in the article, in one place: the window binds them, and a schema may not
give a category one of them (``core.schema``).

A schema names keys by their Latin letter; on the standard Arabic (101) layout the same physical
key types an Arabic letter, so both characters act, and a letter in upper case is the same
physical key as in lower case.
"""

from __future__ import annotations

ENTITY_KEY = "e"  # puts the selected span into an entity (the window's entity menu)
ACCEPT_KEY = "a"  # accepts the selected suggestion (Shift: with its links)
REJECT_KEY = "x"  # rejects the selected suggestion

# What each key the window itself binds in the article does (besides the schema's label,
# relation and category keys, Tab / Shift+Tab, and the digits after a category key).
ARTICLE_KEYS = {
    ENTITY_KEY: "opens the entity menu",
    ACCEPT_KEY: "accepts the selected suggestion",
    REJECT_KEY: "rejects the selected suggestion",
}

ARABIC_LAYOUT = dict(
    zip(
        "qwertyuiopasdfghjklzxcvnm",
        "ضصثقفغعهخحشسيبلاتنمئءؤرىة",
        strict=True,
    )
)
_LATIN_OF = {arabic: latin for latin, arabic in ARABIC_LAYOUT.items()}


def key_characters(key: str) -> list[str]:
    """The characters that select a label whose schema key is ``key``."""
    key = key.lower()
    chars = [key]
    if key in ARABIC_LAYOUT:
        chars.append(ARABIC_LAYOUT[key])
    return chars


def physical_key(key: str) -> str:
    """The key as the keyboard has it: lower case, an Arabic-layout letter as its Latin one."""
    key = key.lower()
    return _LATIN_OF.get(key, key)


def article_use(key: str) -> str | None:
    """What the window already does with ``key`` in the article (None: nothing): a category's
    key must not be one of these, or it could never be set from the keyboard."""
    if key.isdigit():
        return "a number chooses a category's value"
    found = ARTICLE_KEYS.get(physical_key(key))
    return None if found is None else f"{physical_key(key)!r} {found}"
