"""Counts in the command line's English messages: "1 document", "2 documents".

(The window counts through Qt's plural forms, which also give Arabic its six; messages of the
library and the command line are English only.)
"""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun in the number it takes: ``count(1, "document")`` is "1 document"."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"
