"""Work on a project file in a thread of its own (``BackgroundJob``): making suggestions,
training the names model (``suggestions.py``), computing the agreement view's report
(``supervisor.py``)."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from workbench.core.errors import WorkbenchError
from workbench.store.project import Project


class BackgroundJob(QThread):
    """Runs ``work(project, progress, cancelled)`` on a project file in a thread of its own,
    with its own connection (a SQLite connection belongs to the thread that opened it):
    making suggestions, training the model."""

    progressed = Signal(int, int)  # steps done, steps in all
    succeeded = Signal(object)  # what ``work`` returned
    failed = Signal(str)  # a message for the status bar

    def __init__(self, path: Path, work: Callable, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        self.work = work
        self._cancel = threading.Event()
        self.cancelled = False  # True once the work stopped on a cancel

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:  # in the worker thread
        try:
            with Project.open(self.path) as project:
                result = self.work(project, self.progressed.emit, self._cancel.is_set)
        except WorkbenchError as exc:
            self.failed.emit(exc.message)
            return
        except Exception as exc:  # shown, not lost in a thread: the window goes on
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.cancelled = self._cancel.is_set()
        self.succeeded.emit(result)
