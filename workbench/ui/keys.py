"""Label keys that work on an Arabic keyboard layout too: the window's names for what
``workbench.core.keys`` keeps (one list of the keys used in the article, which a schema's
category keys are checked against below the window)."""

from __future__ import annotations

from workbench.core.keys import ARABIC_LAYOUT, key_characters

__all__ = ["ARABIC_LAYOUT", "key_characters"]
