"""Time on task: the active time an annotator spends on the open document.

``TaskClock`` runs while the window (or a dialog of it) has the focus and the person has
pressed a key, clicked, scrolled or moved the mouse in the last ``idle_limit`` seconds; time
past that is not counted, nor time while another application or window has the focus. The
counted seconds go to the store (``Project.add_seconds``) for the layer they were counted on:
when another document (or annotator) opens, every minute, and when the window closes.

Time alone makes nobody an annotator: the store refuses time for a layer that does not exist,
so while the person has not edited the document (a supervisor reading, an annotator looking
before starting) the seconds stay in memory, and go to the file with the first edit that makes
the layer. Time on a document left without an edit is never written.

Time comes from ``now`` (``time.monotonic`` unless a test gives its own clock), so tests drive
input, focus and idleness without waiting.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from workbench.core.errors import WorkbenchError
from workbench.ui.session import Session

IDLE_LIMIT = 180.0  # seconds without input after which the clock stops
FLUSH_MS = 60_000  # how often counted time goes to the file
INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def duration_text(seconds: float) -> str:
    """How long, wherever time on task is shown (status bar, Progress charts, the agreement
    and adjudication views): "1 h 05 min", "12 min", "40 s", rounded to the nearest second
    under a minute and to the nearest minute above (118 s is "2 min", like a bar drawn to
    1.97 minutes); in the interface's language (an Arabic unit keeps the number on its right
    side)."""
    seconds = math.floor(seconds + 0.5)
    if seconds < 60:
        return QCoreApplication.translate("TaskClock", "%d s") % seconds
    minutes = math.floor(seconds / 60 + 0.5)
    if minutes < 60:
        return QCoreApplication.translate("TaskClock", "%d min") % minutes
    return QCoreApplication.translate("TaskClock", "%d h %02d min") % divmod(minutes, 60)


class TaskClock(QObject):
    """Counts active seconds per (document, annotator) of a session's window."""

    ticked = Signal()  # the count shown may have changed

    def __init__(
        self,
        session: Session,
        window: QWidget,
        now: Callable[[], float] = time.monotonic,
        idle_limit: float = IDLE_LIMIT,
    ):
        super().__init__(window)
        self.session = session
        self.window = window
        self.now = now
        self.idle_limit = idle_limit
        self.layer: tuple[str, str] | None = None  # (doc_id, annotator) being counted
        self.stored = 0.0  # the layer's seconds in the file when it opened, plus flushes
        self.pending = 0.0  # counted, not yet in the file
        self.unwritten: dict[tuple[str, str], float] = {}  # time on layers not made yet
        self.no_layer = False  # the layer counted on is not in the file yet
        self.failed = False  # the last write was refused (said once)
        self.focused = False
        self.last_input = 0.0
        self.mark = 0.0  # counted up to this time
        self.flush_timer = QTimer(self, interval=FLUSH_MS)
        self.flush_timer.timeout.connect(self.flush)
        self.flush_timer.start()
        self.show_timer = QTimer(self, interval=5_000)  # the status bar's count
        self.show_timer.timeout.connect(self.ticked.emit)
        self.show_timer.start()
        session.documentOpened.connect(self.switch)
        session.changed.connect(self._edited)
        session.layerLoaded.connect(self._stored_from_layer)
        app = QApplication.instance()
        app.installEventFilter(self)
        QGuiApplication.instance().focusWindowChanged.connect(self._focus_window)
        self._focus_window(QGuiApplication.focusWindow())

    def use_clock(self, now: Callable[[], float]) -> None:
        """Count with another clock from now on (a test's); what was counted stays."""
        self._count(self.now())
        self.now = now
        self.last_input = self.mark = now()

    # -- what the person does ------------------------------------------------------------

    def _ours(self, window: QWindow | None) -> bool:
        """Whether a focus window is the main window or a dialog on it."""
        mine = self.window.windowHandle()
        while window is not None:
            if window is mine:
                return True
            window = window.transientParent()
        return False

    def _focus_window(self, window: QWindow | None) -> None:
        self.set_focused(self._ours(window))

    def set_focused(self, focused: bool) -> None:
        """The window gained or lost the focus: the clock starts afresh or stops."""
        t = self.now()
        if focused and not self.focused:
            self.last_input = self.mark = t
        elif not focused and self.focused:
            self._count(t)
        self.focused = focused
        self.ticked.emit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in INPUT and self.focused:
            self.input()
        return False

    def input(self) -> None:
        """A key, click or move: what went before counts (up to the idle limit), and the
        clock runs on from now."""
        t = self.now()
        self._count(t)
        self.last_input = self.mark = t

    def _count(self, t: float) -> None:
        if not self.focused or self.layer is None:
            return
        end = min(t, self.last_input + self.idle_limit)
        if end > self.mark:
            self.pending += end - self.mark
            self.mark = end

    # -- counting and storing ------------------------------------------------------------

    def running(self) -> bool:
        return self.focused and self.now() < self.last_input + self.idle_limit

    def seconds(self) -> float:
        """The open layer's time on task, what is in the file and what is counted since."""
        self._count(self.now())
        return self.stored + self.pending

    def flush(self) -> bool:
        """Write what was counted to the layer it was counted on; False when it stays in
        memory (the layer is not made yet, or the file refused the write)."""
        self._count(self.now())
        if self.layer is None or self.pending < 1e-3:
            return True
        project = self.session.project
        if project.read_only:
            self.pending = 0.0  # nothing can be saved: the status bar says so already
            return True
        try:
            written = project.add_seconds(*self.layer, self.pending)
        except WorkbenchError as exc:  # the file went away, is locked or the disk is full
            if not self.failed:  # said once; the time is kept for a later try
                self.session.error.emit(exc.message)
            self.failed = True
            return False
        self.failed = False
        self.no_layer = not written
        if not written:  # no layer yet: kept for the first edit
            return False
        self.stored += self.pending
        self.pending = 0.0
        return True

    def _edited(self, changes) -> None:
        """An edit of the layer counted on: if it made the layer, the time counted before it
        goes to the file now (other edits leave the time to the minute's write: no second
        write per edit)."""
        if self.no_layer and self.layer == (changes.doc_id, changes.annotator):
            self.flush()

    def switch(self, doc_id: str) -> None:
        """Another document (or annotator) opened: the time so far goes to the one before
        (kept in memory while that one has no layer)."""
        if not self.flush() and self.layer is not None and not self.failed:
            self.unwritten[self.layer] = self.pending
        self.layer = (doc_id, self.session.annotator)
        self.no_layer = self.session.project.layer_status(*self.layer) is None
        self.pending = self.unwritten.pop(self.layer, 0.0)
        self.stored = 0.0
        self.last_input = self.mark = self.now()
        self.ticked.emit()

    def _stored_from_layer(self) -> None:
        if self.session.document is not None and self.layer == (
            self.session.document.id,
            self.session.annotator,
        ):
            self.stored = self.session.layer.seconds
            self.ticked.emit()

    def stop(self) -> None:
        """The window closes: store what was counted and stop listening."""
        self.flush()
        self.flush_timer.stop()
        self.show_timer.stop()
        QApplication.instance().removeEventFilter(self)
        with contextlib.suppress(RuntimeError, TypeError):  # disconnected already
            QGuiApplication.instance().focusWindowChanged.disconnect(self._focus_window)
        self.layer = None
