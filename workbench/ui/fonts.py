"""The bundled fonts: the Arabic article font, given room between lines for the label tags,
and an emoji font every text of the window falls back to (otherwise emoji show as empty boxes
on a machine without one).

QPlainTextEdit ignores a block's line height, but it includes the font's leading in every
line. We load the bundled Noto Naskh Arabic with a line gap written into its metrics (with
fontTools, in memory; the file on disk is untouched), so the tags hang in that gap below each
line without covering letters or harakat.
"""

from __future__ import annotations

import io

from fontTools.ttLib import TTFont
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase

from workbench.core.bundled import resources_dir

ARTICLE_FILE = "NotoNaskhArabic-Regular.ttf"
ARTICLE_BOLD_FILE = "NotoNaskhArabic-Bold.ttf"
EMOJI_FILE = "NotoColorEmoji.ttf"
LINE_GAP = 1.7  # of the em: room for one row of label tags and a lane of relation names
_families: dict[str, str] = {}


def _with_line_gap(path, family: str) -> bytes:
    font = TTFont(str(path))
    gap = int(font["head"].unitsPerEm * LINE_GAP)
    font["hhea"].lineGap = gap
    font["OS/2"].sTypoLineGap = gap
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = family
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def article_family() -> str:
    """Register the article font once; returns its family name."""
    if "article" not in _families:
        family = "Workbench Naskh"
        for name in (ARTICLE_FILE, ARTICLE_BOLD_FILE):
            data = _with_line_gap(resources_dir() / "fonts" / name, family)
            QFontDatabase.addApplicationFontFromData(QByteArray(data))
        _families["article"] = family
    return _families["article"]


def emoji_family() -> str:
    """Register the bundled emoji font once as the application's emoji font (Qt draws emoji in
    it whatever the text's font); returns its family name."""
    if "emoji" not in _families:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / EMOJI_FILE))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _families["emoji"] = families[0] if families else ""
        if _families["emoji"]:
            QFontDatabase.addApplicationEmojiFontFamily(_families["emoji"])
    return _families["emoji"]


def article_font(point_size: float = 17) -> QFont:
    emoji_family()
    font = QFont(article_family())
    font.setPointSizeF(point_size)
    return font
