"""Document categories, comments, time on task and the history of every change, in the store:
each edit a ChangeSet that undo takes back, refusals that leave the project as it was."""

from __future__ import annotations

import pytest

from tests.team_schema import TEXT, one_document
from workbench.core.errors import ValidationError
from workbench.core.schema import Schema
from workbench.store.project import Project


@pytest.fixture
def project(tmp_path):
    with one_document(tmp_path / "p.wbproj") as proj:
        proj.add_span("d1", "ali", "QUOTE", 8, 22)
        yield proj


def test_categories_are_checked_set_and_undone(project):
    changes = project.set_categories(
        "d1", "ali", {"genre": ["news"], "topic": ["sport", "politics"]}
    )
    assert changes.categories == ({}, {"topic": ["politics", "sport"], "genre": ["news"]})
    assert project.layer("d1", "ali").categories == {
        "topic": ["politics", "sport"],
        "genre": ["news"],
    }
    for wrong, message in (
        ({"genre": ["news", "opinion"]}, "genre takes one value"),
        ({"topic": ["chess"]}, "value 'chess' is not allowed"),
        ({"mood": ["calm"]}, "category 'mood' is not in the schema"),
    ):
        with pytest.raises(ValidationError, match=message):
            project.set_categories("d1", "ali", wrong)
    project.apply(changes.inverse())
    assert project.layer("d1", "ali").categories == {}


@pytest.mark.parametrize(
    ("category", "message"),
    [
        ('name = "topic"\nmultiple = "yes"\nvalues = ["a"]', "multiple must be true or false"),
        ('name = "topic"\nkey = "p"\nvalues = ["a"]', "key 'p' is the key of PER"),
        ('name = "topic"\nkey = "ab"\nvalues = ["a"]', "key must be one character"),
        ('name = "topic"\nvalues = ["a", "a"]', "lists a value twice"),
        ('name = "topic"\nvalues = []', "needs a list of non-empty values"),
        ('name = "topic"\nvalues = ["a"]\ncolour = "red"', "unknown fields ['colour']"),
    ],
)
def test_a_schema_category_error_names_the_file(tmp_path, category, message):
    path = tmp_path / "s.toml"
    path.write_text(f'[[labels]]\nname = "PER"\nkey = "p"\n[[categories]]\n{category}\n')
    with pytest.raises(ValidationError) as caught:
        Schema.from_toml_file(path)
    assert str(path) in str(caught.value) and message in str(caught.value)


def test_comments_on_each_kind_and_with_their_item(project):
    project.add_relation("d1", "ali", "SPEAKER", "s2", "s1")
    project.create_entity("d1", "ali", "PER", "زيد", ["s1"])
    for target in ("s1", "r1", "e1", None):
        project.add_comment("d1", "ali", target, f"on {target}", "ali")
    assert project.layer("d1", "ali").status == "in_progress"
    edited = project.edit_comment("d1", "ali", "c1", "sure now")
    assert edited.comments.changed[0][1].text == "sure now"
    with pytest.raises(ValidationError, match="target 'zz' is not a span"):
        project.add_comment("d1", "ali", "zz", "lost", "ali")
    removed = project.remove_span("d1", "ali", "s1")
    assert {c.target for c in removed.comments.removed} == {"s1", "r1"}
    assert {c.target for c in project.layer("d1", "ali").comments} == {"e1", None}
    project.apply(removed.inverse())
    assert len(project.layer("d1", "ali").comments) == 4


def test_seconds_add_up_and_refuse_nonsense(project):
    project.add_seconds("d1", "ali", 10)
    project.add_seconds("d1", "ali", 2.5)
    assert project.layer("d1", "ali").seconds == 12.5
    for bad in (-1, float("nan"), "10"):
        with pytest.raises(ValidationError):
            project.add_seconds("d1", "ali", bad)
    assert project.layer("d1", "ali").seconds == 12.5


def test_history_records_every_change_and_restores_a_deleted_span(project):
    project.acting_as = "boss"
    project.update_span("d1", "ali", "s1", attrs={"mention_type": "NAM"})
    project.acting_as = None
    project.set_status("d1", "ali", "done")
    project.remove_span("d1", "ali", "s1")
    history = project.history("d1", "ali")
    assert [(e.kind, e.item, e.by) for e in history] == [
        ("span", "s1", "ali"),
        ("status", None, "ali"),
        ("span", "s2", "ali"),
        ("span", "s1", "boss"),
        ("status", None, "ali"),
        ("span", "s1", "ali"),
    ]
    deleted = history[-1]
    assert deleted.after is None and deleted.before["attrs"] == {"mention_type": "NAM"}
    restored = project.restore_from_history(deleted.id)
    assert restored.spans.added[0].attrs == {"mention_type": "NAM"}
    assert project.layer("d1", "ali").span("s1").attrs == {"mention_type": "NAM"}
    with pytest.raises(ValidationError, match="already as it was"):
        project.restore_from_history(deleted.id)
    assert project.history(item="s1")[-1].after is not None  # the restore is in the log too


def test_every_kind_of_change_is_in_the_history_and_categories_come_back(project):
    project.set_categories("d1", "ali", {"topic": ["politics"]})
    project.set_categories("d1", "ali", {"topic": ["sport"]})
    project.record_decision("d1", "span:PER:4:7:", "accepted", "sara")
    project.add_comment("d1", "ali", None, "hard", "ali")
    kinds = [(e.kind, e.by) for e in project.history("d1")]
    assert ("decision", "sara") in kinds and ("comment", "ali") in kinds
    first_move = [e for e in project.history("d1") if e.kind == "categories"][1]
    assert first_move.before == {"topic": ["politics"]}
    project.restore_from_history(first_move.id)
    assert project.layer("d1", "ali").categories == {"topic": ["politics"]}
    with pytest.raises(ValidationError, match="added comment c1; there is nothing earlier"):
        project.restore_from_history(project.history(item="c1")[0].id)
    with pytest.raises(ValidationError, match="no history entry 999"):
        project.restore_from_history(999)


def test_comments_of_the_whole_project_in_one_list(project):
    project.add_comment("d1", "ali", "s1", "who?", "ali")
    project.add_comment("d1", "bob", None, "skip", "bob")
    listed = project.comments()
    assert [(doc, who, c.text) for doc, who, c in listed] == [
        ("d1", "ali", "who?"),
        ("d1", "bob", "skip"),
    ]
    assert [c.text for _d, _a, c in project.comments(annotators=["bob"])] == ["skip"]


def test_a_project_of_format_6_gets_categories_comments_and_history_when_opened(tmp_path):
    """A file made before this wave (six migrations) opens: its layer has no categories, no
    comments, no time, and its next edit lands in the history."""
    import sqlite3

    from workbench.core.schema import default_schema
    from workbench.store.jsonfields import dumps
    from workbench.store.projectfile import APPLICATION_ID, MIGRATIONS

    path = tmp_path / "old.wbproj"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(
        "CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
    )
    for number, (name, statements) in enumerate(MIGRATIONS[:6], start=1):
        for statement in statements:
            conn.execute(statement)
        conn.execute("INSERT INTO migrations VALUES (?, ?, '2025-01-01')", [number, name])
    conn.execute("PRAGMA user_version = 6")
    conn.execute(
        "INSERT INTO project VALUES ('schema', ?), ('created_at', '2025-01-01')",
        [dumps(default_schema().to_dict())],
    )
    conn.execute("INSERT INTO documents VALUES ('d1', ?, '{}', 'x', '', '2025-01-01')", [TEXT])
    conn.execute(
        "INSERT INTO layers (id, doc_id, annotator, status, created_at, updated_at) "
        "VALUES (1, 'd1', 'ali', 'done', '2025-01-02', '2025-01-02')"
    )
    conn.execute("INSERT INTO spans VALUES (1, 's1', 4, 7, 'PER', 'زيد', NULL, '{}')")
    conn.close()
    with Project.open(path) as project:
        layer = project.layer("d1", "ali")
        assert (layer.categories, layer.comments, layer.seconds) == ({}, [], 0.0)
        assert project.history() == []
        project.add_comment("d1", "ali", "s1", "checked", "ali")
        assert [e.kind for e in project.history()] == ["comment"]
    from workbench.workflow.progress import progress

    with Project.open(path) as project:  # no recorded move: done on the day it last changed
        (ali,) = progress(project).annotators
        assert ali.done_over_time[0][1] == 1


def test_a_deleted_span_comes_back_with_its_relations_and_comments(project):
    project.add_relation("d1", "ali", "SPEAKER", "s2", "s1")
    project.add_comment("d1", "ali", "s1", "who?", "ali")
    project.add_comment("d1", "ali", "r1", "sure?", "ali")
    project.add_comment("d1", "ali", None, "stays", "ali")
    before = project.layer("d1", "ali")
    project.remove_span("d1", "ali", "s1")
    deleted = [e for e in project.history(item="s1") if e.after is None][-1]
    restored = project.restore_from_history(deleted.id)
    assert {c.text for c in restored.comments.added} == {"who?", "sure?"}
    after = project.layer("d1", "ali")
    assert sorted(after.spans, key=lambda s: s.id) == sorted(before.spans, key=lambda s: s.id)
    assert after.relations == before.relations
    assert sorted(c.id for c in after.comments) == sorted(c.id for c in before.comments)
    project.apply(restored.inverse())  # one undoable edit
    assert project.layer("d1", "ali").relations == []


def test_a_verdict_on_a_suggestion_is_in_the_history(project):
    from workbench.core.changes import Changes, ChangeSet
    from workbench.core.model import Verdict

    verdict = Verdict("span:PER:4:7:", "rejected", "ali", "2026-01-01T00:00:00+00:00")
    project.apply(ChangeSet("d1", "ali", verdicts=Changes(added=(verdict,))))
    (entry,) = project.history(item="span:PER:4:7:")
    assert (entry.kind, entry.before, entry.after["decision"]) == ("verdict", None, "rejected")
    with pytest.raises(ValidationError, match="a verdict entry cannot be restored"):
        project.restore_from_history(entry.id)


def test_restoring_a_deleted_span_whose_id_names_another_one_now_is_refused(project):
    project.remove_span("d1", "ali", "s2")
    deleted = [e for e in project.history(item="s2") if e.after is None][-1]
    project.add_span("d1", "ali", "PER", 11, 17)  # s2 again: ids follow the highest
    assert project.layer("d1", "ali").span("s2").label == "PER"
    with pytest.raises(ValidationError, match="its id now names another span"):
        project.restore_from_history(deleted.id)
    assert project.layer("d1", "ali").span("s2").label == "PER"
