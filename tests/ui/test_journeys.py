"""The two whole journeys of issue 19 through the real window, as a person makes them.

The annotator: open a project, label by mouse and by keys, link a quote to its speaker, make
an entity, choose an attribute, undo and redo, mark done and go on, close, and reopen where
they left off. The supervisor: a new project, an import, a package for each annotator, the
packages merged back with one annotator unfinished, agreement, adjudication, and a corpus
exported."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit

from tests.conftest import DATA, SEED
from tests.ui.conftest import (
    click_text,
    drag_text,
    press_keys,
    redo_key,
    settle,
    shortcut_key,
    stored,
    undo_key,
    use_menu,
)
from tests.ui.test_file_menu import choose_file, ok, type_into
from tests.ui.test_span_attributes import pick
from tests.ui.test_supervision import computed
from workbench.core.model import GOLD, Document
from workbench.formats.importer import import_paths
from workbench.store.project import Project

FIRST = "قال ليو جيه يي إن الصين تدعو إلى قطع القنوات فورا. وأضاف أن التعاون ضروري."
SECOND = "أعلنت وزارة الخارجية أن الوفد سيصل غدا."


def relations_in(path, annotator="alice"):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT r.label, h.text, t.text FROM relations r JOIN layers l ON l.id = r.layer_id "
            "JOIN spans h ON h.layer_id = r.layer_id AND h.id = r.head "
            "JOIN spans t ON t.layer_id = r.layer_id AND t.id = r.tail WHERE l.annotator = ?",
            [annotator],
        ).fetchall()
    finally:
        conn.close()


def enter_on_popup(qtbot) -> None:
    """Enter on the menu that opened: it takes the highlighted entry."""
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Return)


@pytest.mark.slow
def test_the_annotators_journey(tmp_path, qtbot):
    from workbench.ui.app import window_for

    path = tmp_path / "work.wbproj"
    with Project.create(path) as project:
        project.add_document(Document("a1", FIRST))
        project.add_document(Document("a2", SECOND))
    settings = QSettings()
    window = window_for(path, settings, "alice")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.panel_fitter.settled)  # the article at its width: lines as shown
    assert window.session.document.id == "a1"

    drag_text(qtbot, window, "ليو جيه يي")  # a person, by mouse and key
    press_keys(qtbot, window, "p")
    quote = "الصين تدعو إلى قطع القنوات فورا"
    drag_text(qtbot, window, quote)
    qtbot.mouseClick(window.label_palette.buttons["QUOTE"], Qt.MouseButton.LeftButton)
    click_text(qtbot, window, "قال")
    editor = window.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Home)  # the line's start, on the right
    for _ in range(3):  # the cue, from the keyboard: the word "قال" (Left goes on in Arabic)
        qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    press_keys(qtbot, window, "c")
    assert [s[2:] for s in stored(path)] == [
        ("CUE", "قال"),
        ("PER", "ليو جيه يي"),
        ("QUOTE", quote),
    ]

    click_text(qtbot, window, "الصين تدعو")  # the quote's speaker: highlighted, Enter
    press_keys(qtbot, window, "s")
    enter_on_popup(qtbot)
    click_text(qtbot, window, "الصين تدعو")  # its cue
    press_keys(qtbot, window, "v")
    enter_on_popup(qtbot)
    assert sorted(relations_in(path)) == [
        ("HAS_CUE", quote, "قال"),
        ("SPEAKER", quote, "ليو جيه يي"),
    ]
    click_text(qtbot, window, "ليو جيه يي")  # the speaker becomes an entity
    press_keys(qtbot, window, "e")
    enter_on_popup(qtbot)
    assert [e.name for e in window.session.layer.entities] == ["ليو جيه يي"]
    click_text(qtbot, window, "الصين تدعو")  # the quote's kind, in the Spans panel
    window.show_panel("spans")
    pick(qtbot, window.spans.attr_boxes["kind"], "indirect")
    settle(qtbot, 300)
    assert window.isVisible()
    quote_attrs = {s.label: s.attrs for s in window.session.index}["QUOTE"]
    assert quote_attrs == {"kind": "indirect"}

    undo_key(qtbot, window)  # the kind goes, and comes back
    assert {s.label: s.attrs for s in window.session.index}["QUOTE"] == {}
    redo_key(qtbot, window)
    assert {s.label: s.attrs for s in window.session.index}["QUOTE"] == {"kind": "indirect"}

    shortcut_key(qtbot, window, "done_next")  # done, and on to the next one
    assert window.session.document.id == "a2"
    drag_text(qtbot, window, "وزارة الخارجية")
    press_keys(qtbot, window, "o")
    window.close()  # and home
    window.session.project.close()

    again = window_for(path, settings, "alice")
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    settle(qtbot)
    try:
        assert again.session.document.id == "a2"  # where they left off
        assert [s.text for s in again.session.index] == ["وزارة الخارجية"]
        assert again.status_doc.text().endswith("1 of 2 documents done")
        with Project.open(path) as project:
            first = project.layer("a1", "alice")
            assert first.status == "done" and len(first.relations) == 2
    finally:
        again.close()
        again.session.project.close()


def dismiss(qtbot, box) -> None:
    """Press OK on a message the window showed."""
    qtbot.mouseClick(box.button(box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def answer_modal(qtbot, answer, kind=None) -> None:
    """Answer the next dialog of ``kind`` (a QInputDialog or a QFileDialog) when it shows: the
    window waits in it meanwhile."""
    kinds = (kind,) if kind else (QInputDialog, QFileDialog)

    def later():
        shown = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kinds) and w.isVisible()
        ]
        if not shown:
            QTimer.singleShot(20, later)
            return
        answer(shown[-1])

    QTimer.singleShot(0, later)


def type_and_enter(qtbot, text: str):
    """Type into the dialog's text field (a file dialog's name field) and press Enter."""

    def answer(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        edit = dialog.findChild(QLineEdit, "fileNameEdit") or dialog.findChild(QLineEdit)
        edit.selectAll()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    return answer


@pytest.mark.slow
def test_the_supervisors_journey(make_window, qtbot, tmp_path):
    window, _ = make_window({"start": FIRST}, "sara")
    use_menu(qtbot, window, "File/New project…")  # a new project for the corpus
    choose_file(qtbot, window.files.dialog, tmp_path / "corpus.wbproj")
    (main,) = window.files.opened
    qtbot.addWidget(main)
    try:
        use_menu(qtbot, main, "File/Import…")  # the seed article
        dialog = main.files.dialog
        type_into(qtbot, dialog.paths, str(SEED))
        ok(qtbot, dialog)
        assert "1 document added" in main.files.last_message.text()
        dismiss(qtbot, main.files.last_message)
        packages = {}
        for name in ("alice", "bob"):  # a package for each annotator
            packages[name] = tmp_path / f"{name}.wbproj"
            main.team.last_message = None  # the message this package brings
            # the name, then where to save the package: two dialogs, one after the other
            answer_modal(
                qtbot,
                lambda d, p=packages[name], n=name: (
                    answer_modal(qtbot, type_and_enter(qtbot, str(p)), QFileDialog),
                    type_and_enter(qtbot, n)(d),
                ),
                QInputDialog,
            )
            use_menu(qtbot, main, "File/Pack for an annotator…")
            qtbot.waitUntil(lambda p=packages[name]: p.exists(), timeout=5000)
            qtbot.waitUntil(lambda: main.team.last_message is not None)
            dismiss(qtbot, main.team.last_message)
        # they work offline: alice finishes the article, bob begins it and stops
        with Project.open(packages["alice"]) as package:
            import_paths(package, [DATA / "seed-attributed.jsonl"])
        with Project.open(packages["bob"]) as package:
            doc = package.document_ids()[0]
            package.add_span(doc, "bob", "ORG", 46, 52)  # one label, then nothing more
        main.team.last_message = None
        names = " ".join(f'"{p}"' for p in packages.values())
        answer_modal(qtbot, type_and_enter(qtbot, names), QFileDialog)
        use_menu(qtbot, main, "File/Merge packages…")
        qtbot.waitUntil(lambda: main.team.last_message is not None)
        assert "spans +49" in main.team.last_message.text()
        dismiss(qtbot, main.team.last_message)

        use_menu(qtbot, main, "Team/Agreement…")  # bob is not done: said, not a crash
        agreement = computed(qtbot, main.team.windows[-1])
        assert "no document that both annotators have marked done" in agreement.note.text()
        agreement.status.setCurrentIndex(agreement.status.findData("any"))
        computed(qtbot, agreement)
        assert agreement.tables["measures"].rowCount() == 1

        use_menu(qtbot, main, "Team/Adjudicate…")  # accept what alice made
        adjudication = main.team.windows[-1]
        qtbot.waitExposed(adjudication)
        adjudication.activateWindow()
        qtbot.waitUntil(adjudication.isActiveWindow)
        qtbot.keyClick(adjudication.table, Qt.Key.Key_A)
        with Project.open(tmp_path / "corpus.wbproj") as project:
            gold = project.layer(project.document_ids()[0], GOLD)
            assert gold is not None and len(gold.spans) == 1

        use_menu(qtbot, main, "File/Export…")  # the gold corpus
        dialog = main.files.dialog
        dialog.format.setCurrentIndex(dialog.format.findData("jsonl"))
        dialog.layer.setCurrentIndex(dialog.layer.findData(GOLD))
        out = tmp_path / "gold.jsonl"
        type_into(qtbot, dialog.output, str(out))
        ok(qtbot, dialog)
        (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert record["annotator"] == GOLD and len(record["spans"]) == 1
    finally:
        for other in main.team.windows:
            other.close()
        main.close()
        main.session.project.close()
