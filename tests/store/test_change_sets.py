"""Every edit of the store returns the change set of what it did, and applying its inverse puts
the project file back as it was."""

import sqlite3
from dataclasses import replace

import pytest

from tests.conftest import DATA
from workbench.core.changes import Changes, ChangeSet
from workbench.core.errors import ValidationError
from workbench.core.model import GOLD, Document, Layer, Relation, Span
from workbench.core.schema import Schema, default_schema
from workbench.formats.importer import import_paths
from workbench.store.project import Project

DOC, WHO = "seed", "alice"


@pytest.fixture
def seed(tmp_path):
    """The seed article's layers, in a project whose schema also lets a quote MENTION a person
    (so that a SPEAKER link can be relabelled to something the schema accepts)."""
    schema = default_schema().to_dict()
    speaker = next(r for r in schema["relations"] if r["name"] == "SPEAKER")
    schema["relations"].append(dict(speaker, name="MENTIONS", key="m"))
    with Project.create(tmp_path / "p.db", Schema.from_dict(schema)) as project:
        import_paths(project, [DATA / "multilayer.jsonl"])
        yield project


def stored(path) -> dict:
    """What the file holds, read through a second connection (committed data only): every
    layer, span, relation, entity and decision, without timestamps, in a stable order."""
    conn = sqlite3.connect(path)
    rows = {
        "layers": "SELECT doc_id, annotator, status FROM layers",
        "spans": 'SELECT doc_id, annotator, t.id, start, "end", label, text, entity, attrs',
        "relations": "SELECT doc_id, annotator, t.id, label, head, tail, attrs",
        "entities": "SELECT doc_id, annotator, t.id, label, name",
        "decisions": "SELECT doc_id, key, kind, decision, decided_by FROM decisions",
    }
    try:
        return {
            table: sorted(
                conn.execute(
                    sql
                    if "FROM" in sql
                    else f"{sql} FROM {table} t JOIN layers l ON l.id = t.layer_id"
                ).fetchall()
            )
            for table, sql in rows.items()
        }
    finally:
        conn.close()


def span(project, span_id, doc=DOC, who=WHO) -> Span:
    return project.layer(doc, who).span(span_id)


EDITS = {
    "add_span": lambda p: p.add_span(DOC, WHO, "GPE", 1031, 1042),
    "add_span_in_entity": lambda p: p.add_span(DOC, WHO, "PER", 1031, 1042, entity="E1"),
    "update_span_label": lambda p: p.update_span(DOC, WHO, "T3", label="ORG"),
    "update_span_attrs": lambda p: p.update_span(DOC, WHO, "T10", attrs={"mention_type": "NAM"}),
    "remove_span": lambda p: p.remove_span(DOC, WHO, "T1"),
    "add_relation": lambda p: p.add_relation(DOC, WHO, "HAS_CUE", "T5", "T6"),
    "remove_relation": lambda p: p.remove_relation(DOC, WHO, "R5"),
    "relabel_relation": lambda p: p.relabel_relation(DOC, WHO, "R2", "MENTIONS"),
    "create_entity": lambda p: p.create_entity(DOC, WHO, "ORG", "الوزارة", ["T4", "T9"]),
    "delete_entity": lambda p: p.delete_entity(DOC, WHO, "E1"),
    "set_span_entity": lambda p: p.set_span_entity(DOC, WHO, "T7", None),
    "rename_entity": lambda p: p.rename_entity(DOC, WHO, "E1", "Liu"),
    "merge_entities": lambda p: p.merge_entities(DOC, WHO, "X1", "E1"),
    "set_status": lambda p: p.set_status(DOC, WHO, "in_progress"),
    "first_edit_of_a_new_layer": lambda p: p.add_span("emoji-mixed", "alice", "GPE", 0, 3),
    "replace_layer": lambda p: p.replace_layer(DOC, Layer(WHO, "new", [span(p, "T9")])),
}


@pytest.mark.parametrize("name", EDITS)
def test_the_inverse_of_every_edit_restores_the_file(seed, name):
    """Read the file, make the edit, apply its inverse: the file reads as before; applying the
    change set again (redo) gives what the edit gave."""
    seed.create_entity(DOC, WHO, "PER", "x", entity_id="X1")  # for the merge
    before = stored(seed.path)
    changes = EDITS[name](seed)
    assert changes
    after = stored(seed.path)
    assert after != before
    seed.apply(changes.inverse())
    assert stored(seed.path) == before
    seed.apply(changes)
    assert stored(seed.path) == after


def test_add_span_names_the_span_and_the_status_move(seed):
    changes = seed.add_span("emoji-mixed", "alice", "GPE", 0, 3)
    assert changes.spans.added == (Span("s1", 0, 3, "GPE", seed.document("emoji-mixed").text[:3]),)
    assert changes.status == ("new", "in_progress")
    assert not (changes.relations or changes.entities or changes.spans.changed)
    assert changes.touched_range() == (0, 3)
    again = seed.add_span("emoji-mixed", "alice", "GPE", 4, 9)
    assert again.status is None  # only the first edit moves the status


def test_remove_span_names_the_relations_that_go_with_it(seed):
    changes = seed.remove_span(DOC, WHO, "T1")
    assert [s.id for s in changes.spans.removed] == ["T1"]
    assert {r.id for r in changes.relations.removed} == {"R1", "R2", "R5"}
    assert changes.status is None  # a done layer stays done


def test_entity_edits_name_their_mentions(seed):
    made = seed.create_entity(DOC, WHO, "ORG", "الوزارة", ["T4", "T9"])
    entity = made.entities.added[0]
    assert entity.id == "e1"
    assert [(b.entity, a.entity) for b, a in made.spans.changed] == [(None, "e1")] * 2
    deleted = seed.delete_entity(DOC, WHO, "E1")
    assert deleted.entities.removed[0].id == "E1"
    assert {b.id: (b.entity, a.entity) for b, a in deleted.spans.changed} == {
        "T10": ("E1", None),
        "T1": ("E1", None),
        "T7": ("E1", None),
    }


def test_set_status_names_the_move_and_nothing_else(seed):
    changes = seed.set_status(DOC, WHO, "in_progress")
    assert changes == ChangeSet(DOC, WHO, status=("done", "in_progress"))
    assert seed.set_status(DOC, WHO, "in_progress").status is None
    with pytest.raises(ValidationError, match="status 'finished' is not one of"):
        seed.set_status(DOC, WHO, "finished")


def test_decisions_travel_in_a_change_set_and_are_not_undone(seed):
    changes = seed.record_decision(DOC, "span:PER:232:242:", "accepted", "sara")
    assert changes.annotator == GOLD and not changes.spans
    [decision] = changes.decisions
    assert (decision.key, decision.decision, decision.by) == (
        "span:PER:232:242:",
        "accepted",
        "sara",
    )
    assert seed.decisions(DOC) == {decision.key: decision}
    seed.apply(changes.inverse())
    assert seed.decisions(DOC) == {decision.key: decision}  # a log: kept
    with pytest.raises(ValidationError, match="a decision is one of accepted, rejected"):
        seed.record_decision(DOC, "span:PER:232:242:", "maybe", "sara")


def test_apply_is_all_or_nothing(seed):
    """A change set whose last part breaks a rule writes none of its parts."""
    before = stored(seed.path)
    good = Span("n1", 1031, 1042, "GPE", seed.document(DOC).text[1031:1042])
    also_good = Span("n2", 1058, 1066, "ORG", seed.document(DOC).text[1058:1066])
    bad = Span("n3", 1058, 1066, "NAME", seed.document(DOC).text[1058:1066])
    for spans in ((good, also_good, bad), (good, also_good, Span("n3", 5, 2, "PER", ""))):
        with pytest.raises(ValidationError):
            seed.apply(ChangeSet(DOC, WHO, Changes(added=spans)))
        assert stored(seed.path) == before
    entity = seed.layer(DOC, WHO).entities[0]
    renamed = ChangeSet(DOC, WHO, entities=Changes(changed=((entity, replace(entity, name="y")),)))
    with seed.transaction():  # inside a bulk transaction, a refused apply takes back only its own
        seed.apply(renamed)
        with pytest.raises(ValidationError):
            seed.apply(ChangeSet(DOC, WHO, Changes(added=(good, bad))))
        seed.add_span(DOC, WHO, "GPE", 1031, 1042)
    assert [s.id for s in seed.layer(DOC, WHO).spans][-1] == "s1"
    assert "n1" not in {s.id for s in seed.layer(DOC, WHO).spans}


def test_apply_refuses_a_change_the_layer_no_longer_matches(seed):
    """Undo after the layer changed some other way is refused rather than guessed at."""
    renamed = seed.rename_entity(DOC, WHO, "E1", "Liu")
    seed.rename_entity(DOC, WHO, "E1", "ليو")
    before = stored(seed.path)
    with pytest.raises(ValidationError, match="entity E1 has changed since; nothing was done"):
        seed.apply(renamed.inverse())
    removed = seed.remove_relation(DOC, WHO, "R5")
    with pytest.raises(ValidationError, match="relation 'R5' does not exist"):
        seed.apply(removed)
    added = seed.add_span(DOC, WHO, "GPE", 1031, 1042)
    with pytest.raises(ValidationError, match="span id 's1' is used already"):
        seed.apply(added)
    assert stored(seed.path)["entities"] == before["entities"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        # a span that goes while a relation still links it
        (lambda p: ChangeSet(DOC, WHO, Changes(removed=(span(p, "T1"),))), "relation R1 links it"),
        # an entity that goes while it has mentions
        (
            lambda p: ChangeSet(
                DOC, WHO, entities=Changes(removed=(p.layer(DOC, WHO).entities[0],))
            ),
            "entity E1 cannot go while span",
        ),
        # a relation whose end is not a span of the layer
        (lambda p: _relation_change(p, head="zz"), "its head 'zz' is not a span of this layer"),
        (lambda p: _relation_change(p, head="T1", tail="T1"), "cannot be related to itself"),
        (lambda p: _relation_change(p, head="T1", tail="T5"), "SPEAKER cannot start at a PER"),
        # a relabel that leaves a relation pointing at a span it may not point to
        (
            lambda p: ChangeSet(
                DOC, WHO, Changes(changed=((span(p, "T1"), _relabelled(span(p, "T1"), "CUE")),))
            ),
            "cannot (start at|point to) a CUE span",
        ),
        # grapheme safety: an offset between a letter and its harakat
        (lambda p: _grapheme_split(p), "splits a letter from its marks"),
    ],
)
def test_apply_checks_every_rule(seed, changes, message):
    before = stored(seed.path)
    with pytest.raises(ValidationError, match=message):
        seed.apply(changes(seed))
    assert stored(seed.path) == before


def _relation_change(project, head="T5", tail="T1"):
    return ChangeSet(DOC, WHO, relations=Changes(added=(Relation("Rx", "SPEAKER", head, tail),)))


def _relabelled(span_: Span, label: str) -> Span:
    return replace(span_, label=label, attrs={})


def _grapheme_split(project):
    text = "كَتَبَ"
    project.add_document(Document("harakat", text))
    return ChangeSet("harakat", WHO, Changes(added=(Span("g", 0, 1, "PER", text[:1]),)))


def test_change_sets_join_into_what_they_did_together(seed):
    """``then`` joins the change sets of one composite edit: an item added and removed again
    leaves no trace, one removed and brought back unchanged neither, a second change keeps
    the first ``before``."""
    added = seed.add_span(DOC, WHO, "GPE", 1031, 1042)
    relabelled = seed.update_span(DOC, WHO, "s1", label="ORG")
    joined = added.then(relabelled)
    assert [s.label for s in joined.spans.added] == ["ORG"] and not joined.spans.changed
    assert not joined.then(seed.remove_span(DOC, WHO, "s1")).spans
    renamed = seed.rename_entity(DOC, WHO, "E1", "a").then(seed.rename_entity(DOC, WHO, "E1", "b"))
    assert [(b.name, a.name) for b, a in renamed.entities.changed] == [("ليو جيه يي", "b")]
    removed = seed.remove_relation(DOC, WHO, "R5")
    assert not removed.then(seed.apply(removed.inverse()))
    with pytest.raises(ValueError, match="different layers"):
        removed.then(seed.set_status(DOC, "bob", "done"))
