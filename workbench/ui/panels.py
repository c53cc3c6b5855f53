"""The side panels: document list, label palette, spans of the document, the selected span."""

from __future__ import annotations

import html
import time
import unicodedata

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.changes import ChangeSet
from workbench.core.model import Span
from workbench.ui.models import DocumentListModel, SpanListModel, text_order
from workbench.ui.session import Session
from workbench.ui.table_rows import select_row

FILL_SECONDS = 0.008  # the document list checks candidates this long per turn of the event loop
FIT_ROWS = 100  # rows beyond the screen a column's width is measured on


def swatch(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def plain_label(text: str = "") -> QLabel:
    """A label that never interprets its text as HTML (names and titles come from files)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: Qt would take a string starting with a tag for
    rich text, so it is escaped into rich text that reads as the original."""
    return f"<p>{html.escape(text)}</p>" if text else ""


def menu_text(text: str) -> str:
    """Text for a menu item: '&' would underline the next letter (a mnemonic) and vanish."""
    return text.replace("&", "&&")


def caption(text: str, limit: int = 160) -> str:
    """A span's text for a caption: on one line, cut at ``limit`` characters with "…"."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def starts_rtl(text: str) -> bool:
    """Whether the first letter with a direction is right-to-left (Arabic, Hebrew)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def isolated(text: str) -> str:
    """Text kept in its own direction among text of the other (FSI ... PDI): an Arabic
    example in an English line, or an Arabic title cut with "…", which then stays at its end."""
    return f"\u2068{text}\u2069" if text else text


class TextDirectionDelegate(QStyledItemDelegate):
    """Each cell laid out in its own text's direction: an Arabic title in an English table
    is cut at its end (the "…" on its left) and keeps its start, and the other way round."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if option.text:
            rtl = starts_rtl(option.text)
            option.direction = (
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            if QApplication.layoutDirection() != option.direction:
                # keep the table's own side: only the order within the text changes
                option.displayAlignment |= Qt.AlignmentFlag.AlignAbsolute


def table_view(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(TextDirectionDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    return view


def fit_columns(view: QTableView, stretch: int | None = None) -> None:
    """Columns as wide as their contents, one of them taking the room left (call it after a
    model reset, which forgets the sections' modes). The widths are measured on the rows
    that show and ``FIT_ROWS`` more, not on Qt's default of 1,000 rows: a table of 10,000
    documents is laid out in milliseconds, each of its rows made only when read."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(FIT_ROWS)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None and 0 <= stretch < header.count():
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class DocumentListPanel(QWidget):
    """Documents with their status; filter by status, search by the one rule of
    ``core.search`` (words with their clitics, or whole words only)."""

    documentActivated = Signal(str)  # noqa: N815

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search documents…"))
        self.search.setClearButtonEnabled(True)
        self.exact = QCheckBox(self.tr("Whole words"))
        self.exact.setToolTip(self.tr("Only the word itself: no و ف ب ك ل before it, no suffixes"))
        self.status = QComboBox()
        for key, text in (
            ("", self.tr("All")),
            ("new", self.tr("New")),
            ("in_progress", self.tr("In progress")),
            ("done", self.tr("Done")),
        ):
            self.status.addItem(text, key)
        self.model = DocumentListModel(self)  # read by position: no proxy over every row
        self.view = table_view(self.model)
        self.count = plain_label("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)  # a row of its own: a narrow dock still shows the query
        row = QHBoxLayout()
        row.addWidget(self.exact)
        row.addStretch(1)
        row.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.view)
        layout.addWidget(self.count)
        # a filter's matches arrive a chunk at a time between events: the window never waits
        # for a search of 100,000 documents, and a new search stops the one before
        self._filling = QTimer(self, interval=0)
        self._filling.timeout.connect(self.fill)
        self._marked = False  # whether the open document's row was marked in this list
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda *_: self._timer.start())
        self.status.currentIndexChanged.connect(lambda *_: self.refresh())
        self.exact.toggled.connect(lambda *_: self.refresh())
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        session.changed.connect(self.apply_changes)
        session.documentOpened.connect(self.mark_current)

    def apply_changes(self, changes: ChangeSet) -> None:
        """A layer of the annotator at work moved to another status: show it in its row."""
        if changes.status is not None and changes.annotator == self.session.annotator:
            self.model.set_status(changes.doc_id, changes.status[1])

    def refresh(self) -> None:
        documents = self.session.project.document_list(
            self.session.annotator,
            self.search.text(),
            self.status.currentData(),
            self.exact.isChecked(),
            progressive=True,
        )
        self.model.set_documents(documents)
        self._marked = False
        self.fill()  # the first matches at once, the rest between events
        if not self.model.complete:
            self._filling.start()

    def fill(self) -> None:
        """Check candidates for a few milliseconds, show what matched, and mark the open
        document once its row is there; the timer stops when the list is complete."""
        deadline = time.perf_counter() + FILL_SECONDS
        while self.model.grow() and time.perf_counter() < deadline:
            pass
        if self.model.complete:
            self._filling.stop()
        if not self._marked and self.session.document is not None:
            self.mark_current(self.session.document.id)
        self.show_count()

    def stop(self) -> None:
        """Check no more documents for the list (the window closes); it shows what it has."""
        self._filling.stop()
        self.model.stop()

    def show_count(self) -> None:
        """How many documents the list shows; "1,234+" while a search is still checking."""
        shown = self.model.row_total()
        number = QLocale().toString(shown)  # 1,234 (%n has no group separators)
        if self.model.complete:
            text = self.tr("%n document(s)", "", shown).replace(str(shown), number, 1)
        else:
            text = self.tr("%1+ documents, still searching…").replace("%1", number)
        self.count.setText(text)

    def mark_current(self, doc_id: str) -> None:
        row = self.model.row_of(doc_id)
        self._marked = row is not None
        if row is not None:
            select_row(self.view, row)

    def _activated(self, index) -> None:
        self.documentActivated.emit(index.data(Qt.ItemDataRole.UserRole)["id"])


class LabelPalette(QWidget):
    """One button per schema label, with its colour and key; boundary toggles."""

    labelRequested = Signal(str)  # noqa: N815

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.buttons: dict[str, QPushButton] = {}
        for spec in session.project.schema.labels.values():
            key = f"  [{spec.key}]" if spec.key else ""
            button = QPushButton(swatch(spec.color), menu_text(f"{spec.name}{key}"))
            button.setToolTip(plain_tooltip(spec.description))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the selection in the editor
            button.clicked.connect(lambda _=False, name=spec.name: self.labelRequested.emit(name))
            layout.addWidget(button)
            self.buttons[spec.name] = button
        self.specs = session.project.schema.labels
        self.snap = QCheckBox(self.tr("Snap to whole words"))
        self.snap.setChecked(session.snap_words)
        self.snap.toggled.connect(lambda on: setattr(session, "snap_words", on))
        self.clitic = QCheckBox(self.tr("Leave out a proclitic (و ف ب ك ل)"))
        self.clitic.toggled.connect(lambda on: setattr(session, "trim_clitic", on))
        layout.addWidget(self.snap)
        layout.addWidget(self.clitic)
        layout.addStretch(1)

    def update_colors(self, colors: dict[str, str]) -> None:
        for name, button in self.buttons.items():
            button.setIcon(swatch(colors.get(name, self.specs[name].color)))


class SpanPanel(QWidget):
    """The spans of the document (click to go there) and the selected span's label,
    attributes and delete button."""

    spanActivated = Signal(object)  # noqa: N815

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = SpanListModel(self)
        self.view = table_view(self.model)
        self.view.clicked.connect(
            lambda index: self.spanActivated.emit(index.data(Qt.ItemDataRole.UserRole))
        )
        rows = self.view.verticalHeader().defaultSectionSize() * 5  # a few rows, always
        self.view.setMinimumHeight(rows + self.view.horizontalHeader().sizeHint().height())
        self.title = plain_label(self.tr("No span selected"))
        # a long span's caption wraps within the panel and is cut short: what is selected
        # never widens the panel, which would re-wrap the article under the mouse
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label_box = QComboBox()
        for spec in session.project.schema.labels.values():
            self.label_box.addItem(swatch(spec.color), spec.name, spec.name)
        self.label_box.activated.connect(self._relabel)
        self.attr_form = QFormLayout()
        self.attr_boxes: dict[str, QComboBox] = {}
        self._attrs_of: str | None = None  # the label whose attributes the boxes are for
        self.delete = QPushButton(self.tr("Delete span"))
        self.delete.clicked.connect(self._delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.title)
        form = QFormLayout()
        form.addRow(self.tr("Label"), self.label_box)
        layout.addLayout(form)
        layout.addLayout(self.attr_form)
        layout.addWidget(self.delete)
        session.layerLoaded.connect(self.refresh)
        session.changed.connect(self.apply_changes)
        session.spanSelected.connect(self.show_span)
        self.show_span(None)

    def refresh(self) -> None:
        self.model.set_rows(sorted(self.session.index, key=text_order))

    def apply_changes(self, changes: ChangeSet) -> None:
        if self.session.shows(changes):
            self.model.update_rows(changes.spans, text_order)

    def show_span(self, span: Span | None) -> None:
        """Show the selected span. Its attribute boxes are set in place while the label
        stays the same: this runs inside a box's own ``activated`` signal when an attribute
        is chosen, and deleting that box there would crash Qt."""
        enabled = span is not None
        for widget in (self.label_box, self.delete):
            widget.setEnabled(enabled)
        label = span.label if span is not None else None
        if label != self._attrs_of:
            self._build_attribute_boxes(label)
        if span is None:
            self.title.setText(self.tr("No span selected"))
            self.view.clearSelection()
            return
        self.title.setText(f"{span.label}: {caption(span.text)}")
        self.title.setToolTip(plain_tooltip(span.text))
        self.label_box.setCurrentIndex(self.label_box.findData(span.label))
        for name, box in self.attr_boxes.items():
            box.setCurrentIndex(max(0, box.findData(span.attrs.get(name))))
        row = self.model.row_of_item(span, text_order)
        if row is not None:
            select_row(self.view, row)  # scrolled to it too

    def _build_attribute_boxes(self, label: str | None) -> None:
        while self.attr_form.rowCount():
            taken = self.attr_form.takeRow(0)
            for item in (taken.labelItem, taken.fieldItem):
                if item is not None and item.widget() is not None:
                    item.widget().hide()
                    item.widget().deleteLater()  # once the signal that got here is over
        self.attr_boxes = {}
        self._attrs_of = label
        spec = self.session.project.schema.labels.get(label) if label else None
        for name, attr in spec.attributes.items() if spec else []:
            box = QComboBox()
            box.addItem("—", None)
            for value in attr.values or ():
                box.addItem(value, value)
            box.activated.connect(lambda _i, n=name, b=box: self._set_attr(n, b.currentData()))
            self.attr_form.addRow(name, box)
            self.attr_boxes[name] = box

    def _relabel(self) -> None:
        span = self.session.selected
        label = self.label_box.currentData()
        if span is not None and label != span.label:
            attrs = {k: v for k, v in span.attrs.items() if k == "clitics"}
            self.session.update_span(span, label=label, attrs=attrs)

    def _set_attr(self, name: str, value) -> None:
        span = self.session.selected
        if span is None:
            return
        attrs = dict(span.attrs)
        if value is None:
            attrs.pop(name, None)
        else:
            attrs[name] = value
        self.session.update_span(span, attrs=attrs)

    def _delete(self) -> None:
        if self.session.selected is not None:
            self.session.remove_span(self.session.selected)
