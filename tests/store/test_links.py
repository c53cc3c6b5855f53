"""Relations and entities in the project file: refusals that explain, and undoable changes."""

import pytest

from tests.conftest import DATA
from workbench.core.errors import ValidationError
from workbench.formats.importer import import_paths


@pytest.fixture
def seed(project):
    import_paths(project, [DATA / "multilayer.jsonl"])
    return project


@pytest.mark.parametrize(
    ("label", "head", "tail", "message"),
    [
        ("SPEAKER", "T1", "T5", "SPEAKER cannot start at a PER span (allowed heads: QUOTE)"),
        ("SPEAKER", "T5", "T6", "SPEAKER cannot point to a CUE span"),
        ("AFFILIATION", "T1", "T1", "a span cannot be related to itself"),
        ("SPEAKER", "T5", "T1", "exists already (relation R2)"),
        ("SPEAKER", "T5", "nope", "its tail 'nope' is not a span of this layer"),
        ("QUOTED_BY", "T5", "T1", "relation 'QUOTED_BY' is not in the schema"),
    ],
)
def test_refused_relations_say_why_and_write_nothing(seed, label, head, tail, message):
    before = seed.layer("seed", "alice")
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        seed.add_relation("seed", "alice", label, head, tail)
    assert seed.layer("seed", "alice") == before


def test_relation_add_remove_relabel(seed):
    relation = seed.add_relation("seed", "alice", "HAS_CUE", "T5", "T6").relations.added[0]
    assert relation.id == "r1"
    relabelled = seed.relabel_relation("seed", "alice", "r1", "HAS_CUE").relations.changed
    assert relabelled == ((relation, relation),)
    removed = seed.remove_relation("seed", "alice", "r1")
    assert removed.relations.removed == (relation,)
    assert "r1" not in {r.id for r in seed.layer("seed", "alice").relations}


def test_entities_new_add_split_rename_merge_and_undo(seed):
    e2 = seed.create_entity("seed", "alice", "PER", "Liu").entities.added[0]
    moved = seed.set_span_entity("seed", "alice", "T7", e2.id).spans.changed
    assert [(before.entity, after.entity) for before, after in moved] == [("E1", e2.id)]
    renamed = seed.rename_entity("seed", "alice", e2.id, "ليو").entities.changed
    assert [(before.name, after.name) for before, after in renamed] == [("Liu", "ليو")]
    merge = seed.merge_entities("seed", "alice", "E1", e2.id)
    assert merge.entities.removed[0].id == e2.id
    assert [s.id for s, _ in merge.spans.changed] == ["T7"]
    layer = seed.layer("seed", "alice")
    assert [e.id for e in layer.entities] == ["E1"]
    assert {s.id for s in layer.spans if s.entity == "E1"} == {"T1", "T7", "T10"}
    seed.apply(merge.inverse())  # undo of the merge
    layer = seed.layer("seed", "alice")
    assert {e.id: e.name for e in layer.entities} == {"E1": "ليو جيه يي", e2.id: "ليو"}
    assert layer.span("T7").entity == e2.id
    split = seed.set_span_entity("seed", "alice", "T7", None).spans.changed
    assert split[0][0].entity == e2.id
    with pytest.raises(ValidationError, match="entity 'zz' does not exist"):
        seed.set_span_entity("seed", "alice", "T7", "zz")
