"""Time on task: the window counts active time on the open document, stops after the idle
limit without input and while another window has the focus, and writes it to the layer when
another document opens, every minute and when the window closes. A fake clock is given to the
window's TaskClock: the tests move time forward instead of waiting."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytest import approx

from tests.ui.conftest import press_keys
from workbench.core.model import Document
from workbench.store.project import Project
from workbench.ui.time_on_task import FLUSH_MS, IDLE_LIMIT, duration_text

TEXT = "قال الوزير إن المحادثات ستستأنف غدا في القاهرة."


class FakeClock:
    def __init__(self):
        self.t = 1000.0
        self.base = 0.0

    def __call__(self) -> float:
        return self.t


def stored_seconds(path, doc_id, annotator="alice") -> float:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT seconds FROM layers WHERE doc_id = ? AND annotator = ?", [doc_id, annotator]
        ).fetchone()
    finally:
        conn.close()
    return row[0] if row else 0.0


def started(make_window, tmp_path, texts: dict[str, str]):
    """alice's window on documents she has begun (each has her layer: time on task is
    written only to a layer she has, see test_time_needs_a_layer.py)."""
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        for doc_id, text in texts.items():
            project.add_document(Document(doc_id, text))
            project.set_status(doc_id, "alice", "in_progress")
    return make_window(texts, path=path)


def with_fake_clock(qtbot, window) -> FakeClock:
    """The window's clock counts with a fake clock from now; ``clock.base`` is what it had
    counted before (a few milliseconds of real time while the window opened)."""
    clock = FakeClock()
    press_keys(qtbot, window, Qt.Key.Key_Right)  # the window active, the article focused
    qtbot.waitUntil(lambda: window.clock.focused)
    window.clock.use_clock(clock)
    clock.base = window.clock.seconds()
    assert clock.base < 60
    return clock


def key(qtbot, window, clock: FakeClock, after: float) -> None:
    """Wait ``after`` seconds (of the fake clock), then press an arrow key in the article."""
    clock.t += after
    press_keys(qtbot, window, Qt.Key.Key_Left)


def test_active_time_counts_up_to_the_idle_limit_and_goes_to_the_file(make_window, qtbot, tmp_path):
    window, path = started(make_window, tmp_path, {"d1": TEXT, "d2": "نص آخر."})
    clock = with_fake_clock(qtbot, window)
    key(qtbot, window, clock, 30)
    key(qtbot, window, clock, 45)
    assert window.clock.seconds() == approx(clock.base + 75)
    key(qtbot, window, clock, 600)  # ten minutes away: only the idle limit counts
    assert window.clock.seconds() == approx(clock.base + 75 + IDLE_LIMIT)
    clock.t += 20
    window.clock.ticked.emit()
    shown = duration_text(clock.base + 75 + IDLE_LIMIT + 20)
    assert window.status_time.text() == f"Time on task: {shown}"
    assert stored_seconds(path, "d1") == 0  # not yet flushed
    window.open_document("d2")  # switching documents writes the time to the one before
    assert stored_seconds(path, "d1") == approx(clock.base + 75 + IDLE_LIMIT + 20)
    key(qtbot, window, clock, 10)
    assert window.clock.seconds() == approx(10)  # d2's own count
    window.open_document("d1")
    qtbot.waitUntil(lambda: window.session._loaded)
    assert stored_seconds(path, "d2") == approx(10)
    # d1's, read back from the file
    assert window.clock.seconds() == approx(clock.base + 75 + IDLE_LIMIT + 20)


def test_the_clock_stops_while_another_window_has_the_focus(make_window, qtbot, tmp_path):
    window, path = started(make_window, tmp_path, {"d1": TEXT})
    clock = with_fake_clock(qtbot, window)
    key(qtbot, window, clock, 10)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    clock.t += 5
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.clock.focused)
    assert not window.clock.running()
    clock.t += 100  # in the other window: not counted
    assert window.clock.seconds() == approx(clock.base + 15)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.clock.focused)
    key(qtbot, window, clock, 7)
    assert window.clock.seconds() == approx(clock.base + 22)
    window.close()  # closing writes what was counted
    assert stored_seconds(path, "d1") == approx(clock.base + 22)


def test_every_minute_the_time_goes_to_the_file(make_window, qtbot, tmp_path):
    window, path = started(make_window, tmp_path, {"d1": TEXT})
    clock = with_fake_clock(qtbot, window)
    key(qtbot, window, clock, 50)
    assert window.clock.flush_timer.interval() == FLUSH_MS == 60_000
    assert window.clock.flush_timer.isActive()
    window.clock.flush_timer.timeout.emit()
    assert stored_seconds(path, "d1") == approx(clock.base + 50)
    key(qtbot, window, clock, 5)
    window.clock.flush_timer.timeout.emit()
    assert stored_seconds(path, "d1") == approx(clock.base + 55)  # added, never twice


def test_a_project_file_gone_keeps_the_time_and_says_why(make_window, qtbot, tmp_path):
    window, path = started(make_window, tmp_path, {"d1": TEXT})
    clock = with_fake_clock(qtbot, window)
    key(qtbot, window, clock, 40)
    path.unlink()  # deleted under the window
    window.clock.flush_timer.timeout.emit()  # the minute's write is refused ...
    assert "deleted" in window.statusBar().currentMessage()  # ... and said, not raised
    assert window.clock.seconds() == approx(clock.base + 40)  # kept for a later try
    window.close()  # closing tries again: refused quietly, the window closes
    assert not window.isVisible()
