"""The supervisor sees the annotators' comments and time on task in the agreement and
adjudication views, and answers a comment: the reply is a comment by the supervisor on the
same item, in the annotator's layer (where the annotator will read it)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import DATA
from tests.ui.conftest import use_menu
from tests.ui.test_comments import stored_comments, type_text
from workbench.formats.importer import import_paths
from workbench.store.project import Project

QUESTION = "لست متأكدا أن هذا هو المتكلم"


def team_project(path) -> tuple[str, str]:
    """The seed article by alice and bob, a comment by each and their time on task."""
    with Project.create(path) as project:
        import_paths(
            project, [DATA / "seed-attributed.jsonl", DATA / "seed-second-annotator.jsonl"]
        )
        doc = project.document_ids()[0]
        span = next(s for s in project.layer(doc, "alice").spans if s.label == "QUOTE")
        project.add_comment(doc, "alice", span.id, QUESTION, "alice")
        project.add_comment(doc, "bob", None, "<i>long</i> article", "bob")
        project.add_seconds(doc, "alice", 1500)
        project.add_seconds(doc, "bob", 2400)
    return doc, span.id


def click_tab(qtbot, tabs, title: str) -> None:
    bar = tabs.tabBar()
    (index,) = [i for i in range(bar.count()) if bar.tabText(i) == title]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: tabs.currentIndex() == index)


def reply(qtbot, comments, row: int, text: str) -> None:
    comments.view.selectRow(row)
    qtbot.mouseClick(comments.reply, Qt.MouseButton.LeftButton)
    dialog = comments.dialog
    qtbot.waitExposed(dialog)
    dialog.editor.setFocus()
    type_text(dialog.editor, text)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def supervisors_view(make_window, qtbot, tmp_path, menu: str):
    """sara opens the team project and one of the Team menu's views; (view, path, quote id)."""
    path = tmp_path / "team.wbproj"
    doc, quote = team_project(path)
    window, _ = make_window({doc: ""}, "sara", path=path)
    use_menu(qtbot, window, menu)
    view = window.team.windows[-1]
    qtbot.waitExposed(view)
    return view, path, quote


def test_the_agreement_view_lists_comments_and_time_and_the_supervisor_replies(
    make_window, qtbot, tmp_path
):
    agreement, path, quote = supervisors_view(make_window, qtbot, tmp_path, "Team/Agreement…")
    qtbot.waitUntil(lambda: agreement.report is not None, timeout=20_000)  # computed (maybe in
    # the background): the tabs are filled from it
    click_tab(qtbot, agreement.tabs, "Time on task")
    times = {row[0]: row[2] for row in agreement.tables["times"].rows}
    assert times == {"alice": "25 min", "bob": "40 min"}
    click_tab(qtbot, agreement.tabs, "Comments")
    comments = agreement.comments
    rows = [list(r) for r in comments.model.rows]
    assert [(r[1], r[2], r[4]) for r in rows] == [
        (QUESTION, "alice", "alice"),
        ("<i>long</i> article", "bob", "bob"),  # as written, not as HTML
    ]
    assert rows[0][3].startswith("QUOTE") and rows[1][3] == "the document"
    reply(qtbot, comments, 0, "yes: link it with SPEAKER")
    assert stored_comments(path, "alice") == [
        (quote, "alice", QUESTION),
        (quote, "sara", "yes: link it with SPEAKER"),
    ]
    assert [(r[2], r[4]) for r in comments.model.rows][1] == ("alice", "sara")  # listed


def test_the_adjudication_view_shows_comments_and_time_and_takes_a_reply(
    make_window, qtbot, tmp_path
):
    adjudication, path, _ = supervisors_view(make_window, qtbot, tmp_path, "Team/Adjudicate…")
    titles = {name: label.text() for name, label in adjudication.comparison.titles.items()}
    assert titles["alice"] == "alice · 25 min on task"
    assert titles["bob"] == "bob · 40 min on task"
    comments = adjudication.comments
    assert [r[0] for r in comments.model.rows] == [QUESTION, "<i>long</i> article"]
    reply(qtbot, comments, 1, "اختصره")
    assert stored_comments(path, "bob")[-1] == (None, "sara", "اختصره")
    assert [r[0] for r in comments.model.rows][-1] == "اختصره"
    session = adjudication.comparison.sessions["bob"]
    assert session.layer.comments[-1].text == "اختصره"  # the layer shown has it too
