"""Bringing the project's search index up to date from the window, between events.

An import leaves its documents out of the search index (``store/search_index.py``): the
document filter reads those, so it finds the same, only slower. Once the window is open, and
after each import, ``SearchIndexer`` indexes them a batch at a time (a few milliseconds each)
from a zero-interval timer, which Qt runs only when no other event is waiting: the window keeps
answering while a large import is indexed. A project that may only be read is left as it is,
and while another program is writing to the file the indexer waits its turn without
blocking the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.core.errors import WorkbenchError
from workbench.store.project import Project

BATCH = 50  # documents indexed at a step: a few milliseconds for articles
RETRY_MS = 2000  # how long to leave a file another program is writing to


class SearchIndexer(QObject):
    progressed = Signal(int)  # documents left to index
    done = Signal()

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.steps = 0  # batches indexed (the tests count them)
        self.closed = False  # the window closed: its project may be closed too
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Index what the index does not cover, a batch per turn of the event loop (nothing
        when it covers every document: one count)."""
        if self.closed or self.project.read_only or self.running:
            return
        if self.project.unindexed_documents():
            self._timer.setInterval(0)
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def close(self) -> None:
        """Stop for good (the window closes; the rest is indexed by the next window or
        search)."""
        self.closed = True
        self._timer.stop()

    def _step(self) -> None:
        if self.project.in_transaction:  # an import under way (its progress shows events)
            return
        try:
            left = self.project.index_for_search(BATCH, wait=False)
        except WorkbenchError:  # the file cannot be written after all (a full disk)
            self._timer.stop()
            return
        if left is None:  # another program is writing: try again in a while, not blocking
            self._timer.setInterval(RETRY_MS)
            return
        self._timer.setInterval(0)
        self.steps += 1
        self.progressed.emit(left)
        if not left:
            self._timer.stop()
            self.done.emit()
