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
    relation = seed.add_relation("seed", "alice", "HAS_CUE", "T5", "T6")
    assert relation.id == "r1"
    assert seed.relabel_relation("seed", "alice", "r1", "HAS_CUE").label == "HAS_CUE"
    removed = seed.remove_relation("seed", "alice", "r1")
    assert removed == relation
    assert "r1" not in {r.id for r in seed.layer("seed", "alice").relations}


def test_entities_new_add_split_rename_merge_and_restore(seed):
    e2 = seed.create_entity("seed", "alice", "PER", "Liu")
    assert seed.set_span_entity("seed", "alice", "T7", e2.id) == "E1"  # moved out of E1
    assert seed.rename_entity("seed", "alice", e2.id, "ليو") == "Liu"
    gone, moved = seed.merge_entities("seed", "alice", "E1", e2.id)
    layer = seed.layer("seed", "alice")
    assert [e.id for e in layer.entities] == ["E1"]
    assert {s.id for s in layer.spans if s.entity == "E1"} == {"T1", "T7", "T10"}
    seed.restore_entity("seed", "alice", gone, moved)  # undo of the merge
    layer = seed.layer("seed", "alice")
    assert {e.id: e.name for e in layer.entities} == {"E1": "ليو جيه يي", e2.id: "ليو"}
    assert layer.span("T7").entity == e2.id
    assert seed.set_span_entity("seed", "alice", "T7", None) == e2.id  # split out
    with pytest.raises(ValidationError, match="entity 'zz' does not exist"):
        seed.set_span_entity("seed", "alice", "T7", "zz")
