"""Selecting a table's row in code, in either direction.

``QTableView.selectRow`` does nothing in a right-to-left table in Qt 6.11: it asks the header
for the column at x = the viewport's width, one pixel past the last column, finds none and
returns. ``select_row`` makes the row's first cell current instead, which (rows being the
selection unit of our tables) selects the whole row, and scrolls it into view.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


def select_row(view: QTableView, row: int) -> None:
    index = view.model().index(row, 0)
    if index.isValid():
        view.setCurrentIndex(index)
        view.scrollTo(index)
