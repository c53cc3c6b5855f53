"""Suggestions in the window, as a new user meets them: the sample project, F5 for
suggestions made in the background, Tab to the first one, `a` to accept, `x` to reject, Ctrl+Z
for each, accept all of a label above a score, a run cancelled, the window working meanwhile.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from tests.ui.conftest import (
    drag_text,
    point_of,
    press_keys,
    shortcut_key,
    stored,
    undo_key,
    use_menu,
)
from workbench.core.model import SUGGEST, Document
from workbench.store.project import Project

RUN_LIMIT = 120_000  # ms: only catches a hang; the tests wait on the run's own report


@pytest.fixture
def sample_window(make_window, tmp_path):
    """The window on the sample project a new user gets on first run."""
    from workbench.workflow.sample import ensure_sample_project

    path = ensure_sample_project(tmp_path / "data")
    with Project.open(path) as project:
        doc_id = project.document_ids()[0]
    window, _ = make_window({doc_id: ""}, path=path)
    return window, path


def suggest_with_key(qtbot, window, action: str = "suggest_document"):
    """Press the key of a Suggest menu entry and wait until the run reports its end."""
    with qtbot.waitSignal(window.suggestions.runFinished, timeout=RUN_LIMIT) as blocker:
        shortcut_key(qtbot, window, action)
    return blocker.args[0]


def verdicts_in_file(path, annotator="alice"):
    """The annotator's verdicts on the sample's suggestions, read through a connection of
    its own: key -> Verdict(key, decision, by, at)."""
    with Project.open(path) as project:
        return project.verdicts(project.document_ids()[0], annotator)


def dump(path) -> list[str]:
    """Everything the project file holds, as SQL (read through a connection of its own)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_a_new_user_suggests_tabs_accepts_rejects_and_undoes_by_keyboard(sample_window, qtbot):
    window, path = sample_window
    ghosts = window.suggestions
    assert not ghosts.status.isVisible()  # nothing suggested yet: no suggestion status

    suggest_with_key(qtbot, window)  # F5
    undecided = list(ghosts.state.undecided)
    assert undecided, "the sample article has quotes the rules find"
    message = window.statusBar().currentMessage()
    assert message == f"Suggestions ready: {len(undecided)} undecided in this document"
    window.statusBar().clearMessage()  # as it does after a while: the count stays in view
    assert ghosts.status.isVisible()
    assert f"Suggestions: {len(undecided)} undecided" in ghosts.status.text()
    assert stored(path) == []  # suggestions are not the annotator's spans

    press_keys(qtbot, window, Qt.Key.Key_Tab)
    first = ghosts.current
    assert first is undecided[0]  # the first one in the text
    info = ghosts.state.info[first.id]
    assert info.source in ghosts.status.text() and f"{info.score:.2f}" in ghosts.status.text()
    caret = window.editor.converter.from_utf16(window.editor.textCursor().position())
    assert caret == first.start  # scrolled to it, the caret at its start

    press_keys(qtbot, window, Qt.Key.Key_A)  # with a suggestion selected, `a` accepts it
    assert (first.start, first.end, first.label, first.text) in stored(path)
    assert first not in ghosts.state.undecided
    accepted = [v for v in verdicts_in_file(path).values() if v.decision == "accepted"]
    assert accepted and all(v.by == "alice" and v.at for v in accepted)

    press_keys(qtbot, window, Qt.Key.Key_Tab)
    second = ghosts.current
    assert second is not None and second.start >= first.start
    press_keys(qtbot, window, Qt.Key.Key_X)
    assert second not in ghosts.state.undecided  # rejected: no longer shown
    assert (second.start, second.end, second.label, second.text) not in stored(path)
    assert [v.decision for v in verdicts_in_file(path).values()].count("rejected") == 1

    suggest_with_key(qtbot, window)  # again: the rejected one does not come back
    keys = {ghosts.state.key(s.id) for s in ghosts.state.undecided}
    rejected = next(v for v in verdicts_in_file(path).values() if v.decision == "rejected")
    assert rejected.id not in keys
    assert (second.start, second.end, second.label) not in {
        (s.start, s.end, s.label) for s in ghosts.state.undecided
    }

    undo_key(qtbot, window)  # takes back the rejection: the ghost is there again
    assert (second.start, second.end, second.label) in {
        (s.start, s.end, s.label) for s in ghosts.state.undecided
    }
    assert [v.decision for v in verdicts_in_file(path).values()].count("rejected") == 0
    undo_key(qtbot, window)  # takes back the accepted span and its verdict
    assert stored(path) == []
    assert verdicts_in_file(path) == {}
    assert (first.start, first.end, first.label) in {
        (s.start, s.end, s.label) for s in ghosts.state.undecided
    }


def test_a_is_affiliation_again_once_no_suggestion_is_selected(sample_window, qtbot):
    window, path = sample_window
    suggest_with_key(qtbot, window)
    press_keys(qtbot, window, Qt.Key.Key_Tab)
    assert window.suggestions.current is not None
    press_keys(qtbot, window, Qt.Key.Key_Escape)
    assert window.suggestions.current is None
    press_keys(qtbot, window, Qt.Key.Key_A)  # nothing accepted
    assert stored(path) == []


def test_shift_a_brings_a_quote_with_its_cue_and_speaker_and_one_undo_takes_all(
    sample_window, qtbot
):
    window, path = sample_window
    ghosts = window.suggestions
    suggest_with_key(qtbot, window)
    heads = {r.head for r in ghosts.state.relations}
    quote = next(s for s in ghosts.state.undecided if s.label == "QUOTE" and s.id in heads)
    links = [r for r in ghosts.state.relations if r.head == quote.id]
    ghosts.select(quote)
    press_keys(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    layer = window.session.layer
    assert {r.label for r in layer.relations} >= {r.label for r in links}
    assert len(layer.spans) == 1 + len({r.tail for r in links})
    assert len(stored(path)) == len(layer.spans)
    undo_key(qtbot, window)  # one undo: the quote, its cue, speaker and links
    assert stored(path) == [] and window.session.layer.relations == []


def test_shift_tab_goes_back_and_both_wrap_around(sample_window, qtbot):
    window, _path = sample_window
    ghosts = window.suggestions
    suggest_with_key(qtbot, window)
    undecided = ghosts.state.undecided
    press_keys(qtbot, window, Qt.Key.Key_Tab)
    press_keys(qtbot, window, Qt.Key.Key_Tab)
    assert ghosts.current is undecided[1]
    press_keys(qtbot, window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert ghosts.current is undecided[0]
    press_keys(qtbot, window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert ghosts.current is undecided[-1]  # before the first: the last
    press_keys(qtbot, window, Qt.Key.Key_Tab)
    assert ghosts.current is undecided[0]  # after the last: the first
    press_keys(qtbot, window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert ghosts.current is undecided[-1]  # Shift+Tab as a keyboard sends it
    assert window.editor.hasFocus()  # Tab stayed in the article


def test_clicking_a_ghost_selects_it(sample_window, qtbot):
    window, _path = sample_window
    suggest_with_key(qtbot, window)
    ghost = window.suggestions.state.undecided[-1]
    window.editor.show_span(ghost)
    qtbot.wait(50)
    place = point_of(window.editor, ghost.start + 1)
    qtbot.mouseClick(window.editor.viewport(), Qt.MouseButton.LeftButton, pos=place)
    assert window.suggestions.current is not None
    assert window.suggestions.current.start <= ghost.start + 1 < window.suggestions.current.end


def test_accept_all_of_a_label_above_a_score_from_the_menu(sample_window, qtbot):
    window, path = sample_window
    ghosts = window.suggestions
    suggest_with_key(qtbot, window)
    label = "QUOTE"
    threshold = min(ghosts.state.info[s.id].score for s in ghosts.state.undecided)
    expected = {
        (s.start, s.end, s.label)
        for s in ghosts.state.undecided
        if s.label == label and ghosts.state.info[s.id].score >= threshold
    }
    assert expected
    use_menu(qtbot, window, "Suggest/Accept all above a score…")
    dialog = ghosts._dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.label.setCurrentText(label)
    dialog.score.setValue(threshold)
    assert f"{len(expected)} suggestion" in dialog.count.text()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert {(a, b, c) for a, b, c, _ in stored(path)} == expected
    assert not any(s.label == label for s in ghosts.state.undecided)
    undo_key(qtbot, window)  # one step takes them all back
    assert stored(path) == []


def many_documents(tmp_path, seed_text, count=4):
    path = tmp_path / "many.wbproj"
    with Project.create(path) as project:
        for i in range(count):
            project.add_document(Document(f"d{i}", seed_text))
    return path


def gate_after_first_document(monkeypatch):
    """Hold the real runner after its first document until the test lets it go on."""
    from workbench.workflow import suggest as runner

    real = runner.suggest
    gate, reached = threading.Event(), threading.Event()

    def gated(project, doc_ids, *args, progress=None, **kwargs):
        def report(done, total):
            progress(done, total)
            if done >= 1 and not gate.is_set():
                reached.set()
                gate.wait(60)

        return real(project, doc_ids, *args, progress=report, **kwargs)

    monkeypatch.setattr(runner, "suggest", gated)
    return gate, reached


def test_a_cancelled_run_leaves_the_project_as_it_was(
    make_window, qtbot, tmp_path, seed_text, monkeypatch
):
    path = many_documents(tmp_path, seed_text)
    window, _ = make_window({"d0": ""}, path=path)
    gate, reached = gate_after_first_document(monkeypatch)
    before = dump(path)
    window.suggestions.suggest_all()
    qtbot.waitUntil(reached.is_set, timeout=RUN_LIMIT)
    qtbot.waitUntil(window.suggestions.cancel_button.isVisible)
    with qtbot.waitSignal(window.suggestions.runFinished, timeout=RUN_LIMIT):
        qtbot.mouseClick(window.suggestions.cancel_button, Qt.MouseButton.LeftButton)
        gate.set()
    assert dump(path) == before
    assert "cancelled" in window.statusBar().currentMessage().lower()
    assert window.suggestions.state.undecided == []
    assert not window.suggestions.progress.isVisible()
    assert window.actions_by_name["suggest_all"].isEnabled()  # another run may start


def test_the_window_works_while_suggestions_are_made(
    make_window, qtbot, tmp_path, seed_text, monkeypatch
):
    path = many_documents(tmp_path, seed_text)
    window, _ = make_window({"d0": ""}, path=path)
    gate, reached = gate_after_first_document(monkeypatch)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    try:
        with qtbot.waitSignal(window.suggestions.runFinished, timeout=RUN_LIMIT):
            use_menu(qtbot, window, "Suggest/Suggest all documents")
            qtbot.waitUntil(reached.is_set, timeout=RUN_LIMIT)
            # the run is half way: the event loop turns, the window takes keys and clicks
            seen = len(ticks)
            qtbot.waitUntil(lambda: len(ticks) > seen + 3, timeout=5000)
            qtbot.waitUntil(lambda: window.suggestions.progress.value() >= 1)
            assert window.suggestions.progress.isVisible()
            assert not window.actions_by_name["suggest_document"].isEnabled()
            qtbot.mouseClick(
                window.editor.viewport(),
                Qt.MouseButton.LeftButton,
                pos=point_of(window.editor, 10),
            )
            caret = window.editor.textCursor().position()
            assert 10 <= caret <= 11  # the click put the caret at that letter
            gate.set()
    finally:
        timer.stop()
        gate.set()
    with Project.open(path) as project:
        assert all(project.layer(d, SUGGEST) for d in project.document_ids())
    assert window.suggestions.state.undecided  # the open document's, read again


def on_line(rect, point) -> bool:
    """Whether a letter's middle (``point_of``) is inside a rectangle drawn over its line's
    letters (the point is at the middle of the line's height, tag room included)."""
    return rect.left() <= point.x() <= rect.right() and rect.top() <= point.y() <= (
        rect.bottom() + rect.height()
    )


def test_ghosts_sit_on_their_words_in_right_to_left_text(sample_window, qtbot, tmp_path):
    window, _path = sample_window
    suggest_with_key(qtbot, window)
    ghost = window.suggestions.state.undecided[0]
    window.suggestions.select(ghost)
    window.editor.viewport().repaint()
    drawn = window.suggestions.ghosts.drawn
    rects = [rect for span_id, rect in drawn if span_id == ghost.id]
    assert rects
    inside = point_of(window.editor, ghost.start + 1)
    assert any(on_line(r, inside) for r in rects)
    text = window.session.document.text
    ghostly = {i for s in window.suggestions.state.undecided for i in range(s.start, s.end)}
    outside = next(
        i for i in range(ghost.start - 1, -1, -1) if not text[i].isspace() and i not in ghostly
    )
    assert not any(on_line(r, point_of(window.editor, outside)) for _, r in drawn)
    window.grab().save(str(tmp_path / "ghosts.png"))


def names_project(tmp_path, seed_text) -> Path:
    """The seed's paragraphs as documents, alice's names in each marked, her layers done."""
    names = ["ليو جيه يي", "ليو", "ستيفن كراون", "يان إيلياسون"]
    path = tmp_path / "names.wbproj"
    with Project.create(path) as project:
        for i, paragraph in enumerate(p for p in seed_text.split("\n") if p.strip()):
            doc_id = f"p{i}"
            project.add_document(Document(doc_id, paragraph))
            taken: list[tuple[int, int]] = []
            for name in names:
                start = paragraph.find(name)
                while start >= 0:
                    end = start + len(name)
                    if not any(a < end and start < b for a, b in taken):
                        project.add_span(doc_id, "alice", "PER", start, end)
                        taken.append((start, end))
                    start = paragraph.find(name, end)
            project.set_status(doc_id, "alice", "done")
    return path


def test_retrain_model_trains_in_the_background_and_says_how_well(
    make_window, qtbot, tmp_path, seed_text
):
    path = names_project(tmp_path, seed_text)
    window, _ = make_window({"p0": ""}, path=path)
    with qtbot.waitSignal(window.suggestions.runFinished, timeout=RUN_LIMIT) as blocker:
        use_menu(qtbot, window, "Suggest/Retrain model")
    report = blocker.args[0]
    assert report is not None and report.documents >= 2
    message = window.statusBar().currentMessage()
    assert message.startswith("Model trained on") and "PER" in message
    with Project.open(path) as project:
        assert project.model("names") is not None


def test_retrain_without_done_documents_says_why(sample_window, qtbot):
    window, path = sample_window
    with qtbot.waitSignal(window.suggestions.runFinished, timeout=RUN_LIMIT) as blocker:
        use_menu(qtbot, window, "Suggest/Retrain model")
    assert blocker.args[0] is None
    from PySide6.QtWidgets import QApplication, QMessageBox

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    assert "too little to learn from" in QApplication.activeModalWidget().text()
    with Project.open(path) as project:
        assert project.model("names") is None


def test_a_ghost_is_hatched_where_the_annotators_own_span_is_solid(sample_window, qtbot):
    """Under the letters, as the editor paints them (the letters left out): the colours inside
    an own span's rectangle and inside a ghost's."""
    from PySide6.QtGui import QImage, QPainter

    window, _path = sample_window
    suggest_with_key(qtbot, window)
    ghosts = window.suggestions
    press_keys(qtbot, window, Qt.Key.Key_Tab)
    press_keys(qtbot, window, Qt.Key.Key_A)  # the first one is now the annotator's own
    own = window.session.layer.spans[0]
    ghost = next(s for s in ghosts.state.undecided if s.end <= own.start or s.start >= own.end)
    blocks = []

    def colours(paint, span) -> set[int]:
        size = window.editor.viewport().size()
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        painter = QPainter(image)
        paint(painter, blocks)
        painter.end()
        rects = [r for geo in blocks for r in geo.rects(span.start, span.end)]
        assert rects, "the span is on screen"
        rect = rects[0].toRect().adjusted(2, 2, -2, -2)
        return {
            image.pixel(x, y)
            for x in range(rect.left(), rect.right())
            for y in range(rect.top(), rect.bottom())
        }

    window.editor.show_span(own)
    qtbot.wait(50)
    blocks = list(window.editor.visible_blocks())
    assert len(colours(window.editor._paint_backgrounds, own)) == 1  # one solid colour
    window.editor.show_span(ghost)
    qtbot.wait(50)
    blocks = list(window.editor.visible_blocks())
    assert len(colours(ghosts.ghosts.paint_under, ghost)) >= 2  # a faint fill and its hatching


def test_the_annotator_edits_while_all_documents_are_suggested(
    make_window, qtbot, tmp_path, seed_text, monkeypatch
):
    path = many_documents(tmp_path, seed_text)
    window, _ = make_window({"d0": ""}, path=path)
    gate, reached = gate_after_first_document(monkeypatch)
    try:
        with qtbot.waitSignal(window.suggestions.runFinished, timeout=RUN_LIMIT):
            use_menu(qtbot, window, "Suggest/Suggest all documents")
            qtbot.waitUntil(reached.is_set, timeout=RUN_LIMIT)
            drag_text(qtbot, window, "ليو جيه يي")  # the run is half way: a span by key
            press_keys(qtbot, window, "p")
            assert [s[2:] for s in stored(path)] == [("PER", "ليو جيه يي")]
            gate.set()
    finally:
        gate.set()


def test_ctrl_z_works_at_once_after_accepting_all_above_a_score(sample_window, qtbot):
    """Issue 17 trial 6: the dialog closes and the keys go to the article again, so the
    Ctrl+Z the status bar offers takes the accepted spans back without a click first."""
    from PySide6.QtWidgets import QApplication

    window, path = sample_window
    ghosts = window.suggestions
    suggest_with_key(qtbot, window)
    window.statusBar().setFocus()  # the keys somewhere else before the menu is used
    use_menu(qtbot, window, "Suggest/Accept all above a score…")
    dialog = ghosts._dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.label.setCurrentText("QUOTE")
    dialog.score.setValue(0.0)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert stored(path)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(path) == []


def test_taking_back_a_rejection_says_so(sample_window, qtbot):
    """Issue 17 trial 10: after Ctrl+Z on a rejection the status bar no longer says it was
    rejected."""
    window, _path = sample_window
    suggest_with_key(qtbot, window)
    press_keys(qtbot, window, Qt.Key.Key_Tab)
    press_keys(qtbot, window, Qt.Key.Key_X)
    assert window.statusBar().currentMessage().startswith("Rejected ")
    undo_key(qtbot, window)
    message = window.statusBar().currentMessage()
    assert "Rejected" not in message
    assert message == "Taken back: 1 suggestion undecided again"


def test_suggesting_in_a_read_only_project_says_why_in_a_message_box(
    make_window, qtbot, tmp_path, monkeypatch
):
    """Issue 17 trial 10: F5 in a read-only project is not silent nor a status message cut
    off and gone in a moment: a message box says why, until the user closes it."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from workbench.store import projectfile

    path = tmp_path / "ro.wbproj"
    with Project.create(path) as project:
        project.add_document(Document("d1", "قال الرئيس إن الأمم المتحدة ستجتمع غدا."))
    before = dump(path)
    monkeypatch.setattr(projectfile, "can_write", lambda _path: False, raising=False)
    window, _ = make_window({"d1": ""}, path=path)
    shortcut_key(qtbot, window, "suggest_document")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert "read-only" in box.text() and "suggestions" in box.text()
    assert window.suggestions.job is None
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dump(path) == before


def test_a_failed_retrain_keeps_the_counts_in_the_status_bar(sample_window, qtbot):
    """Issue 17 trial 10: the reason training failed is long; it goes to a message box, and
    the status bar keeps a short line beside the suggestion counts."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    window, _path = sample_window
    ghosts = window.suggestions
    suggest_with_key(qtbot, window)
    with qtbot.waitSignal(ghosts.runFinished, timeout=RUN_LIMIT):
        use_menu(qtbot, window, "Suggest/Retrain model")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert "too little" in box.text()
    assert window.statusBar().currentMessage() == "Training failed (the reason is in the message)"
    assert ghosts.status.isVisible() and "undecided" in ghosts.status.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)


def own_relations(path, annotator="alice") -> set[tuple[str, str, str]]:
    """(label, head text, tail text) of the annotator's relations in the file."""
    with Project.open(path) as project:
        layer = project.layer(project.document_ids()[0], annotator)
    if layer is None:
        return set()
    text = {s.id: s.text for s in layer.spans}
    return {(r.label, text[r.head], text[r.tail]) for r in layer.relations}


def tab_to(qtbot, window, item) -> None:
    """Tab through the suggestions until ``item`` is selected."""
    ghosts = window.suggestions
    for _ in range(len(ghosts.state.stops) + 1):
        if ghosts.current is not None and ghosts.current.id == item.id:
            return
        press_keys(qtbot, window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {item}")


def test_links_to_a_span_the_annotator_accepted_stay_and_can_be_accepted(sample_window, qtbot):
    """Issue 17 trial 2: a speaker accepted on its own keeps its suggested links (ghost arcs
    from the quotes still suggested); a quote accepted alone leaves an undecided link between
    the two accepted spans, counted, reached by Tab or a click on its name, accepted with `a`;
    Shift+A on a title brings its link to the person the annotator has."""
    window, path = sample_window
    ghosts = window.suggestions
    suggest_with_key(qtbot, window)
    state = ghosts.state
    person = next(
        s
        for s in state.undecided
        if s.label == "PER"
        and any(r.tail == s.id and r.label == "SPEAKER" for r in state.relations)
        and any(r.head == s.id and r.label == "HAS_TITLE" for r in state.relations)
    )
    speaker_links = [r for r in state.relations if r.tail == person.id and r.label == "SPEAKER"]
    title_link = next(r for r in state.relations if r.head == person.id and r.label == "HAS_TITLE")
    tab_to(qtbot, window, person)
    press_keys(qtbot, window, Qt.Key.Key_A)  # the person alone
    assert person not in state.undecided
    assert all(r in ghosts.state.relations for r in [*speaker_links, title_link])
    window.editor.viewport().repaint()  # the arcs are drawn, to the accepted person
    drawn = {relation.id for relation, _box in ghosts.ghosts.link_boxes}
    assert drawn & {r.id for r in [*speaker_links, title_link]}

    title = next(s for s in state.layer.spans if s.id == title_link.tail)
    tab_to(qtbot, window, title)
    press_keys(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    assert ("HAS_TITLE", person.text, title.text) in own_relations(path)

    link = speaker_links[0]
    quote = next(s for s in state.layer.spans if s.id == link.head)
    tab_to(qtbot, window, quote)
    press_keys(qtbot, window, Qt.Key.Key_A)  # the quote alone: the link is left undecided
    assert ("SPEAKER", quote.text, person.text) not in own_relations(path)
    assert link in ghosts.state.links
    count = len(ghosts.state.undecided) + len(ghosts.state.links)
    assert f"Suggestions: {count} undecided" in ghosts.status.text()
    press_keys(qtbot, window, Qt.Key.Key_Escape)
    window.editor.show_span(quote)
    window.editor.viewport().repaint()
    (box,) = [b for r, b in ghosts.ghosts.link_boxes if r.id == link.id]
    qtbot.mouseClick(
        window.editor.viewport(), Qt.MouseButton.LeftButton, pos=box.center().toPoint()
    )
    assert ghosts.current is not None and ghosts.current.id == link.id
    assert "SPEAKER from" in ghosts.status.text()
    press_keys(qtbot, window, Qt.Key.Key_A)
    assert ("SPEAKER", quote.text, person.text) in own_relations(path)
    assert link not in ghosts.state.links
    undo_key(qtbot, window)  # the link is undecided again, and reached with Tab
    assert ("SPEAKER", quote.text, person.text) not in own_relations(path)
    tab_to(qtbot, window, link)
    press_keys(qtbot, window, Qt.Key.Key_X)  # rejected: gone, and not in the file
    assert link not in ghosts.state.links and link not in ghosts.state.relations
    assert ("SPEAKER", quote.text, person.text) not in own_relations(path)
