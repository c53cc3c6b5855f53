"""Colours text stays readable on: WCAG 2 contrast ratios, and a label's highlight colour
moved just far enough from the text colour (darker under light text, lighter under dark)
that the article's letters keep a ratio of at least 4.5 over it."""

from __future__ import annotations

from PySide6.QtGui import QColor

READABLE = 4.5  # WCAG 2 AA for body text


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2) of an sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.redF())
        + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_fill(fill: QColor, text: QColor, ratio: float = READABLE) -> QColor:
    """``fill``, or the nearest colour of its hue and saturation (changing only its
    lightness, away from the text's) on which ``text`` has at least ``ratio``."""
    if contrast(fill, text) >= ratio:
        return QColor(fill)
    hue, saturation, lightness, alpha = fill.getHslF()
    hue = max(hue, 0.0)  # grey: no hue
    step = -0.01 if luminance(text) > 0.18 else 0.01  # light text: darker fills
    candidate = QColor(fill)
    while 0.0 <= lightness <= 1.0:
        lightness += step
        candidate = QColor.fromHslF(hue, saturation, min(max(lightness, 0.0), 1.0), alpha)
        if contrast(candidate, text) >= ratio:
            return candidate
    return candidate
