"""Panels for what links spans: relations, entities (coreference) and the quotes view."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.changes import ChangeSet
from workbench.core.model import Entity, Relation, Span
from workbench.core.quotes import QuoteProblem, QuoteWarning, resolve_quotes
from workbench.ui.flow_layout import FlowLayout
from workbench.ui.models import RowsModel
from workbench.ui.panels import isolated, swatch, table_view
from workbench.ui.session import Session


def short(text: str, limit: int = 40) -> str:
    """At most ``limit`` characters, cut at the end with "…"; a cut text is isolated so that
    the "…" stays at its end in a line of the other direction (an Arabic title in English)."""
    return text if len(text) <= limit else isolated(text[: limit - 1] + "…")


class RelationListModel(RowsModel):
    headers = (
        QT_TRANSLATE_NOOP("Columns", "Relation"),
        QT_TRANSLATE_NOOP("Columns", "From"),
        QT_TRANSLATE_NOOP("Columns", "To"),
    )

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session

    def cell(self, row: Relation, column: int) -> str:
        if column == 0:
            return row.label
        span = self.session.index.get(row.head if column == 1 else row.tail)
        return short(span.text, 30) if span else "?"


class RelationPanel(QWidget):
    """The relations of the document: select one (it is drawn bold), relabel or delete it."""

    spanActivated = Signal(object)  # noqa: N815

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = RelationListModel(session, self)
        self.view = table_view(self.model)
        self.view.clicked.connect(self._clicked)
        self.label_box = QComboBox()
        for spec in session.project.schema.relations.values():
            self.label_box.addItem(swatch(spec.color), spec.name, spec.name)
        self.label_box.activated.connect(self._relabel)
        self.delete = QPushButton(self.tr("Delete relation"))
        self.delete.clicked.connect(self._delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.label_box, 1)
        row.addWidget(self.delete)
        layout.addLayout(row)
        session.layerLoaded.connect(self.refresh)
        session.changed.connect(self.apply_changes)

    def refresh(self) -> None:
        self.model.set_rows(list(self.session.layer.relations))

    def apply_changes(self, changes: ChangeSet) -> None:
        if self.session.shows(changes):
            self.model.update_rows(changes.relations)

    def _clicked(self, index) -> None:
        relation = index.data(Qt.ItemDataRole.UserRole)
        self.session.select_relation(relation)
        self.label_box.setCurrentIndex(self.label_box.findData(relation.label))
        head = self.session.index.get(relation.head)
        if head is not None:
            self.spanActivated.emit(head)

    def _relabel(self) -> None:
        relation = self.session.selected_relation
        label = self.label_box.currentData()
        if relation is not None and label != relation.label:
            self.session.relabel_relation(relation, label)

    def _delete(self) -> None:
        if self.session.selected_relation is not None:
            self.session.remove_relation(self.session.selected_relation)
            self.session.select_relation(None)


def mentions_moved(changes: ChangeSet) -> bool:
    """Whether a change touched a span that is, or was, the mention of an entity."""
    spans = changes.spans
    touched = [*spans.added, *spans.removed, *(s for pair in spans.changed for s in pair)]
    return any(span.entity for span in touched)


class EntityPanel(QWidget):
    """Entities with their mentions: new from the selected span, add it, split it out,
    rename, merge, delete."""

    spanActivated = Signal(object)  # noqa: N815

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Entity / mention"), self.tr("Label")])
        self.tree.itemClicked.connect(self._clicked)
        buttons = {
            "new": (self.tr("New from span"), self.new_from_selected),
            "add": (self.tr("Add span"), self.add_selected),
            "split": (self.tr("Split out"), self.split_selected),
            "rename": (self.tr("Rename…"), self.rename),
            "merge": (self.tr("Merge into…"), self.merge),
            "delete": (self.tr("Delete"), self.delete),
        }
        self.buttons: dict[str, QPushButton] = {}
        grid = FlowLayout()  # as many to a row as fit: a long label is never cut
        for key, (text, action) in buttons.items():
            button = QPushButton(text)
            button.clicked.connect(action)
            grid.addWidget(button)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(grid)
        session.layerLoaded.connect(self.refresh)
        session.changed.connect(self.apply_changes)

    def apply_changes(self, changes: ChangeSet) -> None:
        """Redraw the tree from the layer in memory when an entity or a mention changed."""
        if self.session.shows(changes) and (changes.entities or mentions_moved(changes)):
            self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        for entity in self.session.layer.entities:
            mentions = sorted(
                (s for s in self.session.index if s.entity == entity.id), key=lambda s: s.start
            )
            item = QTreeWidgetItem([f"{entity.name} ({len(mentions)})", entity.label])
            item.setData(0, Qt.ItemDataRole.UserRole, entity)
            for mention in mentions:
                child = QTreeWidgetItem([short(mention.text), mention.label])
                child.setData(0, Qt.ItemDataRole.UserRole, mention)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()

    def current_entity(self) -> Entity | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.parent() is not None:
            item = item.parent()
        return item.data(0, Qt.ItemDataRole.UserRole)

    def _clicked(self, item: QTreeWidgetItem) -> None:
        value = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(value, Span):
            self.spanActivated.emit(value)

    def new_from_selected(self) -> None:
        if self.session.selected is not None:
            self.session.new_entity(self.session.selected)

    def add_selected(self) -> None:
        entity = self.current_entity()
        if self.session.selected is not None and entity is not None:
            self.session.set_entity(self.session.selected, entity.id)

    def split_selected(self) -> None:
        span = self.session.selected
        if span is not None and span.entity is not None:
            self.session.set_entity(span, None)

    def rename(self) -> None:
        entity = self.current_entity()
        if entity is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename entity"), self.tr("Canonical name:"), text=entity.name
        )
        if ok and name.strip() and name.strip() != entity.name:
            self.session.rename_entity(entity, name.strip())

    def merge(self) -> None:
        entity = self.current_entity()
        others = [e for e in self.session.layer.entities if entity and e.id != entity.id]
        if entity is None or not others:
            return
        names = [f"{e.name} [{e.id}]" for e in others]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Merge entities"),
            self.tr("Merge %s into:") % entity.name,
            names,
            0,
            False,
        )
        if ok:
            self.session.merge_entities(others[names.index(choice)], entity)

    def delete(self) -> None:
        entity = self.current_entity()
        if entity is not None:
            self.session.delete_entity(entity)


# The text of each warning code of core.quotes, marked here so that the interface translates it.
QUOTE_WARNINGS = {
    QuoteProblem.NO_SPEAKER: QT_TRANSLATE_NOOP("Quotes", "no speaker"),
    QuoteProblem.SPEAKER_WITHOUT_ENTITY: QT_TRANSLATE_NOOP(
        "Quotes", "speaker mention has no entity"
    ),
    QuoteProblem.SEVERAL_SPEAKERS: QT_TRANSLATE_NOOP("Quotes", "%s speakers"),
    QuoteProblem.NO_CUE: QT_TRANSLATE_NOOP("Quotes", "no cue"),
}


def warning_text(warning: QuoteWarning) -> str:
    """The warning in the interface's language, from its code."""
    return QCoreApplication.translate("Quotes", QUOTE_WARNINGS[warning.code]) % warning.args


class QuoteListModel(RowsModel):
    headers = (
        QT_TRANSLATE_NOOP("Columns", "Quote"),
        QT_TRANSLATE_NOOP("Columns", "Kind"),
        QT_TRANSLATE_NOOP("Columns", "Cue"),
        QT_TRANSLATE_NOOP("Columns", "Speaker"),
        QT_TRANSLATE_NOOP("Columns", "Organizations"),
        QT_TRANSLATE_NOOP("Columns", "Warnings"),
    )

    def cell(self, row, column: int) -> str:
        values = (
            short(row.quote.text),
            row.kind or "",
            row.cue.text if row.cue else "",
            row.speaker_name or "",
            "، ".join(row.organizations),
            QCoreApplication.translate("Quotes", ", ").join(map(warning_text, row.warnings)),
        )
        return values[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        warned = index.isValid() and bool(self.rows[index.row()].warnings)
        if role == Qt.ItemDataRole.ForegroundRole and warned:
            return QColor("#b03a2e")
        return super().data(index, role)


class QuotePanel(QWidget):
    """Each quote with its kind, cue, speaker entity and organizations; warnings in red."""

    spanActivated = Signal(object)  # noqa: N815

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = QuoteListModel(self)
        self.view = table_view(self.model)
        self.view.clicked.connect(
            lambda index: self.spanActivated.emit(index.data(Qt.ItemDataRole.UserRole).quote)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        session.layerLoaded.connect(self.refresh)
        session.changed.connect(self.apply_changes)

    def apply_changes(self, changes: ChangeSet) -> None:
        """Quotes are worked out again from the layer in memory (a quote's row depends on
        its links, its speaker's entity and that entity's mentions, wherever they are)."""
        if self.session.shows(changes) and (changes.spans or changes.relations or changes.entities):
            self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(resolve_quotes(self.session.layer))
