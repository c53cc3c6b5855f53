"""The guidelines panel, built from the schema: each label and relation with its key,
description and examples, and the keyboard shortcuts. Everything from the schema is escaped, so
it shows as the characters it is."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from workbench.core.schema import Schema


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
        labels, relations, keyboard = self.tr("Labels"), self.tr("Relations"), self.tr("Keyboard")
        parts = [f"<h3>{escape(labels)}</h3>"]
        for spec in self.schema.labels.values():
            key = f" <code>[{escape(spec.key)}]</code>" if spec.key else ""
            parts.append(
                f"<p><span style='background:{escape(spec.color)}'>&nbsp;{escape(spec.name)}"
                f"&nbsp;</span>{key}<br>{escape(spec.description)}"
                f"{self._examples(spec.examples)}{self._attributes(spec)}</p>"
            )
        if self.schema.relations:
            parts.append(f"<h3>{escape(relations)}</h3>")
        for rel in self.schema.relations.values():
            key = f" <code>[{escape(rel.key)}]</code>" if rel.key else ""
            ends = self.tr("from %s to %s") % (
                ", ".join(sorted(rel.heads)),
                ", ".join(sorted(rel.tails)),
            )
            parts.append(
                f"<p><b>{escape(rel.name)}</b>{key} ({escape(ends)})<br>"
                f"{escape(rel.description)}{self._examples(rel.examples)}</p>"
            )
        if self.shortcuts:
            parts.append(f"<h3>{escape(keyboard)}</h3><table>")
            for keys, what in self.shortcuts:
                parts.append(
                    f"<tr><td><code>{escape(keys)}</code></td><td>{escape(what)}</td></tr>"
                )
            parts.append("</table>")
        self.setHtml("".join(parts))

    def _examples(self, examples) -> str:
        if not examples:
            return ""
        listed = "، ".join(f"«{escape(e)}»" for e in examples)
        title = self.tr("Examples:")
        return f"<br><i>{escape(title)}</i> {listed}"

    def _attributes(self, spec) -> str:
        shown = [
            f"{escape(a.name)}: {escape(' / '.join(a.values)) if a.values else '…'}"
            for a in spec.attributes.values()
        ]
        title = self.tr("Attributes:")
        return f"<br>{escape(title)} {'; '.join(shown)}" if shown else ""
