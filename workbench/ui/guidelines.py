"""The guidelines panel, built from the schema: each label and relation with its key,
description and examples, and the keyboard shortcuts. It is written through a text cursor with
formats, never as HTML, so whatever the schema says shows as the characters it is."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from workbench.core.schema import Schema
from workbench.ui.panels import isolated


def _format(bold: bool = False, italic: bool = False, background: str | None = None):
    out = QTextCharFormat()
    if bold:
        out.setFontWeight(QFont.Weight.Bold)
    out.setFontItalic(italic)
    if background:
        out.setBackground(QColor(background))
    return out


class GuidelinesPanel(QTextBrowser):
    def __init__(self, schema: Schema, parent: QWidget | None = None):
        super().__init__(parent)
        self.schema = schema
        self.setOpenLinks(False)
        self.shortcuts: list[tuple[str, str]] = []

    def set_shortcuts(self, shortcuts: list[tuple[str, str]]) -> None:
        self.shortcuts = shortcuts
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        cursor = QTextCursor(self.document())
        plain, bold, italic = _format(), _format(bold=True), _format(italic=True)
        heading = _format(bold=True)
        heading.setFontPointSize(self.font().pointSizeF() * 1.25)
        first = True

        def block(*runs: tuple[str, QTextCharFormat]) -> None:
            nonlocal first
            if not first:
                cursor.insertBlock()
            first = False
            for text, fmt in runs:
                cursor.insertText(text, fmt)

        block((self.tr("Labels"), heading))
        for spec in self.schema.labels.values():
            key = f"  [{spec.key}]" if spec.key else ""
            block((f" {spec.name} ", _format(bold=True, background=spec.color)), (key, plain))
            self._details(block, spec.description, spec.examples, plain, italic)
            attributes = [
                f"{a.name}: {' / '.join(a.values) if a.values else '…'}"
                for a in spec.attributes.values()
            ]
            if attributes:
                block((self.tr("Attributes:") + " ", italic), ("; ".join(attributes), plain))
        if self.schema.relations:
            block(("", plain))
            block((self.tr("Relations"), heading))
        for rel in self.schema.relations.values():
            key = f"  [{rel.key}]" if rel.key else ""
            ends = self.tr("from %s to %s") % (
                ", ".join(sorted(rel.heads)),
                ", ".join(sorted(rel.tails)),
            )
            block((rel.name, bold), (f"{key}  ({ends})", plain))
            self._details(block, rel.description, rel.examples, plain, italic)
        if self.shortcuts:
            block(("", plain))
            block((self.tr("Keyboard"), heading))
            for keys, what in self.shortcuts:
                block((keys, bold), ("    " + what, plain))
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _details(self, block, description: str, examples, plain, italic) -> None:
        if description:
            block((description, plain))
        if examples:
            block(
                (self.tr("Examples:") + " ", italic),
                # each example isolated: «شينخوا» in an English line keeps its order
                ("، ".join(isolated(f"«{e}»") for e in examples), plain),
            )
