"""Time on task is counted on a layer the person already has: opening a document, reading it
for a while and closing the window makes nobody an annotator (no layer, nothing new in
``stats``); a supervisor who looks at the agreement or adjudication views and answers a
comment gets no layer of their own. Time spent on a document before the first edit is kept in
memory and written with that edit. A fake clock moves time forward instead of waiting."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from pytest import approx

from tests.ui.conftest import drag_text, press_keys, use_menu
from tests.ui.test_supervisor_comments import click_tab, reply, team_project
from tests.ui.test_time_on_task import TEXT, key, stored_seconds, with_fake_clock


def layer_rows(path) -> list[tuple]:
    """Every layer in the file: (doc_id, annotator, status, seconds)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT doc_id, annotator, status, seconds FROM layers ORDER BY doc_id, annotator"
        ).fetchall()
    finally:
        conn.close()


def test_opening_waiting_and_closing_leaves_the_project_as_it_was(make_window, qtbot, cli):
    window, path = make_window({"d1": TEXT, "d2": "نص آخر."})
    stats_before = cli("stats", path).output
    clock = with_fake_clock(qtbot, window)
    key(qtbot, window, clock, 30)
    key(qtbot, window, clock, 45)
    window.clock.flush_timer.timeout.emit()  # the minute's write: nobody's layer to add to
    window.open_document("d2")  # switching documents writes the time so far ... nowhere
    key(qtbot, window, clock, 20)
    window.close()
    assert layer_rows(path) == []
    assert cli("stats", path).output == stats_before


def test_time_before_the_first_edit_is_written_with_it(make_window, qtbot):
    window, path = make_window({"d1": TEXT})
    clock = with_fake_clock(qtbot, window)
    key(qtbot, window, clock, 40)
    window.clock.flush_timer.timeout.emit()
    assert layer_rows(path) == []  # read, not yet annotated
    assert window.clock.seconds() == approx(clock.base + 40)  # shown all the same
    clock.t += 5
    drag_text(qtbot, window, "الوزير")
    press_keys(qtbot, window, Qt.Key.Key_P)  # the first span makes the layer ...
    assert [s.label for s in window.session.layer.spans] == ["PER"]
    assert stored_seconds(path, "d1") == approx(clock.base + 45)  # ... and the time goes with it
    key(qtbot, window, clock, 10)
    window.close()
    assert stored_seconds(path, "d1") == approx(clock.base + 55)


def test_a_supervisor_who_views_and_replies_gets_no_layer(make_window, qtbot, tmp_path):
    path = tmp_path / "team.wbproj"
    doc, _quote = team_project(path)
    before = layer_rows(path)
    window, _ = make_window({doc: ""}, "sara", path=path)
    clock = with_fake_clock(qtbot, window)
    key(qtbot, window, clock, 30)
    use_menu(qtbot, window, "Team/Agreement…")
    agreement = window.team.windows[-1]
    qtbot.waitUntil(lambda: agreement.report is not None, timeout=20_000)
    click_tab(qtbot, agreement.tabs, "Comments")
    clock.t += 50  # reading the comments in the agreement view (a window of the main one)
    reply(qtbot, agreement.comments, 0, "yes: link it with SPEAKER")
    use_menu(qtbot, window, "Team/Adjudicate…")
    qtbot.waitExposed(window.team.windows[-1])
    key(qtbot, window, clock, 60)
    window.close()
    assert layer_rows(path) == before  # alice's and bob's, their time as it was
    assert {annotator for _doc, annotator, *_ in layer_rows(path)} == {"alice", "bob"}


def test_an_edit_of_a_layer_there_already_leaves_the_time_to_the_minutes_write(
    make_window, qtbot, tmp_path
):
    from tests.ui.test_time_on_task import started

    window, path = started(make_window, tmp_path, {"d1": TEXT})
    clock = with_fake_clock(qtbot, window)
    key(qtbot, window, clock, 30)
    drag_text(qtbot, window, "الوزير")
    press_keys(qtbot, window, Qt.Key.Key_P)  # one write for the span, none for the time
    assert stored_seconds(path, "d1") == 0
    window.clock.flush_timer.timeout.emit()
    assert stored_seconds(path, "d1") == approx(window.clock.seconds())
