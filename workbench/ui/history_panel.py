"""History: who changed what, when, before and after, for the selected item or the document.

The panel lists the open layer's history entries (``Project.history``), newest first: the
selected span's or relation's when one is selected, else (or with "Whole document" ticked)
every entry of the document's layer, deleted items included. Choosing the entry of a deletion
and pressing Restore brings the item back as it was (``Project.restore_from_history``), one
undoable edit. The list is read again after each change to the layer, only while the panel is
shown: an edit never waits for it.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from workbench.core.changes import ChangeSet
from workbench.ui.comments_panel import fit_capped, when_text
from workbench.ui.link_panels import short
from workbench.ui.models import GridModel
from workbench.ui.panels import isolated, plain_label, table_view
from workbench.ui.session import Session


def state_text(state: dict | None, kind: str = "") -> str:
    """One item's recorded state in a few words: a span's label and text, an entity's name,
    a comment's text, a status, the categories chosen, or its fields."""
    if not state:
        return ""
    if kind == "categories":
        return "; ".join(f"{name}: {', '.join(map(str, v))}" for name, v in state.items())
    if "label" in state and "text" in state:
        return f"{state['label']} {isolated(short(str(state['text']), 30))}"
    if "label" in state and "name" in state:
        return f"{state['label']} {isolated(short(str(state['name']), 30))}"
    if "label" in state:
        return str(state["label"])
    if "text" in state:
        return isolated(short(" ".join(str(state["text"]).split()), 40))
    if "status" in state and len(state) == 1:
        return str(state["status"])
    return short(json.dumps(state, ensure_ascii=False, sort_keys=True), 60)


# what a history entry is about (store.history.KINDS), marked here so that the panel translates it
KIND_TEXT = {
    "span": QT_TRANSLATE_NOOP("HistoryPanel", "span"),
    "relation": QT_TRANSLATE_NOOP("HistoryPanel", "relation"),
    "entity": QT_TRANSLATE_NOOP("HistoryPanel", "entity"),
    "comment": QT_TRANSLATE_NOOP("HistoryPanel", "comment"),
    "verdict": QT_TRANSLATE_NOOP("HistoryPanel", "suggestion"),
    "status": QT_TRANSLATE_NOOP("HistoryPanel", "status"),
    "categories": QT_TRANSLATE_NOOP("HistoryPanel", "categories"),
    "decision": QT_TRANSLATE_NOOP("HistoryPanel", "decision"),
    "import": QT_TRANSLATE_NOOP("HistoryPanel", "import"),
    "merge": QT_TRANSLATE_NOOP("HistoryPanel", "merge"),
}


def is_deletion(entry) -> bool:
    return entry.before is not None and entry.after is None


class HistoryPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.title = plain_label()
        self.title.setWordWrap(True)
        self.whole = QCheckBox(self.tr("Whole document"))
        self.whole.toggled.connect(lambda *_: self.refresh())
        self.model = GridModel(self)
        self.view = table_view(self.model)
        self.view.setMinimumHeight(self.view.verticalHeader().defaultSectionSize() * 5)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.restore = QPushButton(self.tr("Restore"))
        self.restore.setToolTip(self.tr("Bring back the deleted item as it was"))
        self.restore.clicked.connect(self.restore_current)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.whole)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.restore)
        self.entries: list = []
        self._stale = True
        for signal in (session.spanSelected, session.relationSelected, session.layerLoaded):
            signal.connect(self.mark_stale)
        session.documentOpened.connect(self.mark_stale)
        session.changed.connect(self.apply_changes)
        self.refresh()

    def apply_changes(self, changes: ChangeSet) -> None:
        if self.session.shows(changes):
            self.mark_stale()

    def mark_stale(self, *_args) -> None:
        """Read the history again now if the panel shows, else when it is next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def item(self) -> str | None:
        """The id of the item whose history is shown (None: the whole document)."""
        if self.whole.isChecked():
            return None
        if self.session.selected is not None:
            return self.session.selected.id
        if self.session.selected_relation is not None:
            return self.session.selected_relation.id
        return None

    def refresh(self) -> None:
        self._stale = False
        doc = self.session.document
        item = self.item()
        if doc is None:
            self.entries = []
        else:
            found = self.session.project.history(doc.id, self.session.annotator, item)
            self.entries = list(reversed(found))  # newest first
        if item is None:
            self.title.setText(self.tr("History of this document"))
        else:
            self.title.setText(self.tr("History of the selected item"))
        rows = [
            [
                self.what(e),
                state_text(e.before, e.kind),
                state_text(e.after, e.kind),
                e.by,
                when_text(e.at),
            ]
            for e in self.entries
        ]
        headers = [
            self.tr("What"),
            self.tr("Before"),
            self.tr("After"),
            self.tr("Who"),
            self.tr("When"),
        ]
        self.model.set_grid(headers, rows, self.entries)
        fit_capped(self.view, -1, 150)
        self._enable()

    def what(self, entry) -> str:
        if entry.before is None:
            change = self.tr("added")
        elif entry.after is None:
            change = self.tr("deleted")
        else:
            change = self.tr("changed")
        kind = KIND_TEXT.get(entry.kind)
        kind = QCoreApplication.translate("HistoryPanel", kind) if kind else entry.kind
        return self.tr("%s %s") % (kind, change)

    def current(self):
        index = self.view.currentIndex()
        return self.entries[index.row()] if index.isValid() else None

    def _present(self, item: str | None) -> bool:
        layer = self.session.layer
        if item is None:
            return False
        if self.session.index.get(item) is not None:
            return True
        return any(x.id == item for x in (*layer.relations, *layer.entities, *layer.comments))

    def _enable(self) -> None:
        entry = self.current()
        self.restore.setEnabled(
            entry is not None and is_deletion(entry) and not self._present(entry.item)
        )

    def restore_current(self) -> bool:
        entry = self.current()
        if entry is None or not is_deletion(entry):
            return False
        return self.session.restore(entry.id)
