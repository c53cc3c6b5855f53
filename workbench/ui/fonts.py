"""The bundled Arabic font, given room between lines for the label tags.

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
LINE_GAP = 0.75  # of the em: room for one row of label tags
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


def article_font(point_size: float = 17) -> QFont:
    font = QFont(article_family())
    font.setPointSizeF(point_size)
    return font
