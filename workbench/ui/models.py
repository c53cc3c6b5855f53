"""Qt item models over plain lists from the project (documents, spans)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
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


class RowsModel(QAbstractTableModel):
    """A read-only table of rows (dicts or objects) with named columns."""

    headers: tuple[str, ...] = ()

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
            row = self.row_of_id(item.id)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
        for _before, after in changes.changed:
            row = self.row_of_id(after.id)
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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_text(self.headers[section])
        return None

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


class DocumentListModel(RowsModel):
    """Rows are [id, status]; titles are read for the rows that show, a page at a time, so a
    project of 100,000 documents keeps ids and statuses in memory and little more."""

    headers = (QT_TRANSLATE_NOOP("Columns", "Title"), QT_TRANSLATE_NOOP("Columns", "Status"))
    PAGE = 200

    def __init__(self, parent=None, fetch_titles=None):
        super().__init__(parent)
        self.fetch_titles = fetch_titles or (lambda ids: {})
        self.titles: dict[str, str] = {}
        self.row_of: dict[str, int] = {}

    def set_rows(self, rows: list[list[str]]) -> None:
        self.row_of = {row[0]: i for i, row in enumerate(rows)}
        super().set_rows(rows)

    def title(self, row: int) -> str:
        doc_id = self.rows[row][0]
        if doc_id not in self.titles:
            page = [r[0] for r in self.rows[row : row + self.PAGE] if r[0] not in self.titles]
            self.titles.update(self.fetch_titles(page))
        return self.titles.get(doc_id, doc_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return self.title(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return {"id": row[0], "title": self.title(index.row()), "status": row[1]}
        return super().data(index, role)

    def cell(self, row: list[str], column: int) -> str:
        return column_text(STATUS_TEXT.get(row[1], row[1]))

    def set_status(self, doc_id: str, status: str) -> None:
        i = self.row_of.get(doc_id)
        if i is not None:
            self.rows[i][1] = status
            self.dataChanged.emit(self.index(i, 1), self.index(i, 1))


def text_order(span: Span) -> tuple[int, int]:
    """Spans in reading order, an outer span before the spans inside it."""
    return span.start, -span.end


class SpanListModel(RowsModel):
    headers = (QT_TRANSLATE_NOOP("Columns", "Label"), QT_TRANSLATE_NOOP("Columns", "Text"))

    def cell(self, row: Span, column: int) -> str:
        if column == 0:
            return row.label
        return row.text if len(row.text) <= 60 else row.text[:59] + "…"


class GridModel(RowsModel):
    """A table of already formatted cells, with headers chosen at run time; each row may
    carry an object (UserRole) for the view to act on."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.payloads: list[Any] = []

    def set_grid(self, headers, rows: list[list[str]], payloads: list[Any] | None = None):
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
