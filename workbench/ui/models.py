"""Qt item models over plain lists from the project (documents, spans)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workbench.core.changes import Changes
from workbench.core.model import Span

Index = QModelIndex | QPersistentModelIndex
STATUS_TEXT = {
    "new": QT_TRANSLATE_NOOP("Columns", "new"),
    "in_progress": QT_TRANSLATE_NOOP("Columns", "in progress"),
    "done": QT_TRANSLATE_NOOP("Columns", "done"),
}


def column_text(text: str) -> str:
    """A column title or status marked with QT_TRANSLATE_NOOP("Columns", ...), translated."""
    return QCoreApplication.translate("Columns", text)


def status_text(status: str) -> str:
    """A layer's status ("in_progress"...) as the interface shows it, translated."""
    return column_text(STATUS_TEXT.get(status, status))


class ColumnsModel(QAbstractTableModel):
    """A read-only table with named columns (their titles translated) and ``row_total`` rows."""

    headers: tuple[str, ...] = ()

    def row_total(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_text(self.headers[section])
        return None


class RowsModel(ColumnsModel):
    """A read-only table of rows (dicts or objects) with named columns."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def update_rows(self, changes: Changes, key: Callable[[Any], Any] | None = None) -> None:
        """Drop, change and insert rows (items with an ``id``) as a change set's part for
        them says, row by row; added rows go where ``key`` sorts them, or at the end."""
        for item in changes.removed:
            row = self.row_of_item(item, key)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
        for before, after in changes.changed:
            row = self.row_of_item(before, key)
            if row is not None:
                self.rows[row] = after
                last = self.index(row, self.columnCount() - 1)
                self.dataChanged.emit(self.index(row, 0), last)
        for item in changes.added:
            row = len(self.rows) if key is None else bisect_right(self.rows, key(item), key=key)
            self.beginInsertRows(QModelIndex(), row, row)
            self.rows.insert(row, item)
            self.endInsertRows()

    def row_of_id(self, item_id: str) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == item_id), None)

    def row_of_item(self, item: Any, key: Callable[[Any], Any] | None = None) -> int | None:
        """The row of an item (by its id): found by bisection when the rows are sorted by
        ``key`` (a list of 10,000 spans is not walked on every edit and selection), else
        by looking at every row."""
        if key is not None:
            wanted = key(item)
            at = bisect_left(self.rows, wanted, key=key)
            while at < len(self.rows) and key(self.rows[at]) == wanted:
                if self.rows[at].id == item.id:
                    return at
                at += 1
        return self.row_of_id(item.id)

    def row_total(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()]
        return None

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError


class DocumentListModel(ColumnsModel):
    """The document list, read by position: its rows are a ``DocumentList`` of the store
    (the whole project, or what a search or a status filter kept), read a page at a time for
    the rows that show, the last pages kept. A project of 1,000,000 documents opens without
    reading them: the list counts them, and reads the rows of the screen."""

    headers = (QT_TRANSLATE_NOOP("Columns", "Title"), QT_TRANSLATE_NOOP("Columns", "Status"))
    PAGE = 200
    PAGES_KEPT = 16

    def __init__(self, parent=None):
        super().__init__(parent)
        self.documents: Sequence[Any] = ()  # a DocumentList, or nothing yet
        self.pages: OrderedDict[int, list[list[str]]] = OrderedDict()

    def set_documents(self, documents) -> None:
        """Show another list (a new search, a filter, documents imported); a list still
        growing is stopped."""
        self.stop()
        self.beginResetModel()
        self.documents = documents
        self.pages.clear()
        self.endResetModel()

    def stop(self) -> None:
        """A list still growing checks no more documents; it keeps what it has."""
        stop = getattr(self.documents, "stop", None)  # a DocumentList has it, () not
        if stop is not None:
            stop()

    @property
    def complete(self) -> bool:
        """Whether the list shows all it will (a search may still be checking documents)."""
        return getattr(self.documents, "complete", True)

    def grow(self) -> bool:
        """Check the next chunk of a list still growing and show the rows it found (appended:
        the list is in import order); False once the list is complete."""
        check = getattr(self.documents, "check", None)
        found = check() if check is not None else None
        if found is None:
            return False
        if len(found):
            first = len(self.documents)
            self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
            for number in [n for n in self.pages if n >= first // self.PAGE]:
                del self.pages[number]  # a last page read short gains rows
            self.documents.extend(found)
            self.endInsertRows()
        return True

    def row(self, row: int) -> list[str]:
        """[id, title, status] of a row, its page read if it is not kept."""
        number = row // self.PAGE
        page = self.pages.get(number)
        if page is None:
            page = [list(r) for r in self.documents.rows(number * self.PAGE, self.PAGE)]
            self.pages[number] = page
            while len(self.pages) > self.PAGES_KEPT:
                self.pages.popitem(last=False)
        else:
            self.pages.move_to_end(number)
        at = row - number * self.PAGE
        # a row the list counted but cannot read (an import rolled back meanwhile) is blank
        return page[at] if at < len(page) else ["", "", "new"]

    def row_of(self, doc_id: str) -> int | None:
        """The row showing a document, or None when the list does not show it."""
        return self.documents.position(doc_id) if len(self.documents) else None

    def row_total(self) -> int:
        return len(self.documents)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.documents):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            return None
        doc_id, title, status = self.row(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return {"id": doc_id, "title": title, "status": status}
        if index.column() == 0:
            return title
        return status_text(status)

    def title(self, row: int) -> str:
        return self.row(row)[1]

    def set_status(self, doc_id: str, status: str) -> None:
        """A document's status changed: its row shows it, if its page is read (a page read
        later reads the new status)."""
        for number, page in self.pages.items():
            for i, row in enumerate(page):
                if row[0] == doc_id:
                    row[2] = status
                    at = number * self.PAGE + i
                    self.dataChanged.emit(self.index(at, 1), self.index(at, 1))
                    return


def text_order(span: Span) -> tuple[int, int]:
    """Spans in reading order, an outer span before the spans inside it."""
    return span.start, -span.end


class SpanListModel(RowsModel):
    headers = (QT_TRANSLATE_NOOP("Columns", "Label"), QT_TRANSLATE_NOOP("Columns", "Text"))

    def cell(self, row: Span, column: int) -> str:
        if column == 0:
            return row.label
        return row.text if len(row.text) <= 60 else row.text[:59] + "…"


class LazyRows(Sequence):
    """Rows made from items only when a view reads them (the rows of the screen, and those a
    column's width is measured on), the last ones kept: a table of 60,000 disagreements is
    shown without formatting every row first."""

    KEPT = 2048

    def __init__(self, items: Sequence[Any], make: Callable[[Any], list[str]]):
        self.items = items
        self.make = make
        self.made: OrderedDict[int, list[str]] = OrderedDict()

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, at):  # type: ignore[override]
        if isinstance(at, slice):
            return [self[i] for i in range(*at.indices(len(self)))]
        at = range(len(self))[at]  # negative positions, and IndexError past the end
        row = self.made.get(at)
        if row is None:
            row = self.make(self.items[at])
            self.made[at] = row
            if len(self.made) > self.KEPT:
                self.made.popitem(last=False)
        return row


class GridModel(RowsModel):
    """A table of already formatted cells, with headers chosen at run time; each row may
    carry an object (UserRole) for the view to act on."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.payloads: Sequence[Any] = []

    def set_grid(self, headers, rows: Sequence[list[str]], payloads: Sequence[Any] | None = None):
        """Show rows of cells (a list, or ``LazyRows`` made as they show)."""
        self.beginResetModel()
        self.headers = tuple(headers)
        self.rows = rows
        self.payloads = payloads if payloads is not None else [None] * len(rows)
        self.endResetModel()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]  # already translated, or names from the project
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.UserRole and index.isValid():
            return self.payloads[index.row()]
        return super().data(index, role)

    def cell(self, row: list[str], column: int) -> str:
        return row[column]
