"""The suggestion layer in a real project file: replacing keeps what was decided and never
brings back a rejected suggestion; accepting copies into the annotator's layer with the
verdict, in one change set that undo takes back whole."""

from __future__ import annotations

import pytest

from workbench.core.errors import ValidationError
from workbench.core.model import SUGGEST, Document, Entity, Layer, Relation, Span
from workbench.core.suggest.keys import keyed
from workbench.store.project import Project

TEXT = "قال ليو إن الأمر مهم. وأضاف ليو أن الحل قريب."


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def _span(span_id: str, label: str, word: str, nth: int = 0, **kw) -> Span:
    start, end = _at(word, nth)
    return Span(span_id, start, end, label, word, **kw)


def suggestions() -> Layer:
    return Layer(
        SUGGEST,
        spans=[
            _span("s1", "CUE", "قال"),
            _span("s2", "PER", "ليو", entity="e1"),
            _span("s3", "QUOTE", "الأمر مهم", attrs={"kind": "indirect"}),
            _span("s4", "CUE", "وأضاف"),
            _span("s5", "PER", "ليو", 1, entity="e1"),
            _span("s6", "QUOTE", "الحل قريب", attrs={"kind": "indirect"}),
        ],
        relations=[
            Relation("r1", "SPEAKER", "s3", "s2"),
            Relation("r2", "HAS_CUE", "s3", "s1"),
            Relation("r3", "SPEAKER", "s6", "s5"),
            Relation("r4", "HAS_CUE", "s6", "s4"),
        ],
        entities=[Entity("e1", "PER", "ليو")],
    )


@pytest.fixture
def filled(project: Project) -> Project:
    project.add_document(Document("d1", TEXT))
    layer = suggestions()
    project.replace_suggestions("d1", layer, keyed(layer, "rules:quote", 0.8))
    return project


def _labels(layer: Layer | None) -> list[tuple[str, str]]:
    return sorted((s.label, s.text) for s in layer.spans) if layer else []


def test_the_suggestion_layer_reads_like_any_layer_with_its_sources(filled: Project):
    layer = filled.layer("d1", SUGGEST)
    assert len(layer.spans) == 6 and len(layer.relations) == 4 and len(layer.entities) == 1
    info = filled.suggestion_info("d1")
    quote = next(s for s in layer.spans if s.label == "QUOTE")
    assert info[quote.id].key == f"span:QUOTE:{quote.start}:{quote.end}"
    assert info[quote.id].source == "rules:quote" and info[quote.id].score == 0.8
    assert {i.kind for i in info.values()} == {"span", "relation", "entity"}


def test_accept_with_links_brings_cue_speaker_and_relations_and_undo_takes_all_back(
    filled: Project,
):
    quote = next(s for s in filled.layer("d1", SUGGEST).spans if s.text == "الأمر مهم")
    changes = filled.accept_suggestion("d1", "alice", quote.id, with_links=True)
    alice = filled.layer("d1", "alice")
    assert _labels(alice) == [("CUE", "قال"), ("PER", "ليو"), ("QUOTE", "الأمر مهم")]
    assert sorted(r.label for r in alice.relations) == ["HAS_CUE", "SPEAKER"]
    assert len(filled.verdicts("d1", "alice")) == 5  # three spans, two relations
    assert all(v.decision == "accepted" for v in filled.verdicts("d1", "alice").values())
    assert [s.span.text for s in filled.undecided_suggestions("d1", "alice")] == [
        "وأضاف", "ليو", "الحل قريب"
    ]  # fmt: skip
    filled.apply(changes.inverse())
    assert _labels(filled.layer("d1", "alice")) == []
    assert filled.verdicts("d1", "alice") == {}
    assert len(filled.undecided_suggestions("d1", "alice")) == 6
    filled.apply(changes)  # redo
    assert len(filled.layer("d1", "alice").spans) == 3


def test_a_speaker_joins_the_entity_its_other_mention_is_in(filled: Project):
    layer = filled.layer("d1", SUGGEST)
    first = next(s for s in layer.spans if s.text == "الأمر مهم")
    second = next(s for s in layer.spans if s.text == "الحل قريب")
    filled.accept_suggestion("d1", "alice", first.id, with_links=True)
    person = next(s for s in filled.layer("d1", "alice").spans if s.label == "PER")
    filled.create_entity("d1", "alice", "PER", "ليو", [person.id])
    filled.accept_suggestion("d1", "alice", second.id, with_links=True)
    people = [s for s in filled.layer("d1", "alice").spans if s.label == "PER"]
    assert len(people) == 2 and people[0].entity == people[1].entity is not None


def test_accepting_an_entity_groups_its_mentions(filled: Project):
    filled.accept_suggestion("d1", "bob", "e1")
    bob = filled.layer("d1", "bob")
    assert len(bob.entities) == 1
    assert [s.entity for s in bob.spans] == [bob.entities[0].id] * 2


def test_reject_is_a_verdict_only_and_undoable(filled: Project):
    person = next(s for s in filled.layer("d1", SUGGEST).spans if s.label == "PER")
    changes = filled.reject_suggestion("d1", "alice", person.id)
    assert filled.layer("d1", "alice") is None
    key = f"span:PER:{person.start}:{person.end}"
    assert filled.verdicts("d1", "alice")[key].decision == "rejected"
    assert filled.verdicts("d1", "alice")[key].by == "alice"
    assert person.id not in [s.span.id for s in filled.undecided_suggestions("d1", "alice")]
    assert person.id in [s.span.id for s in filled.undecided_suggestions("d1", "bob")]
    filled.apply(changes.inverse())
    assert filled.verdicts("d1", "alice") == {}


def test_running_again_replaces_undecided_keeps_decided_never_brings_back_rejected(
    filled: Project,
):
    layer = filled.layer("d1", SUGGEST)
    by_text = {s.text: s for s in layer.spans}
    filled.reject_suggestion("d1", "alice", by_text["قال"].id)
    filled.accept_suggestion("d1", "alice", by_text["الأمر مهم"].id)
    # a run that finds nothing: the decided items stay, the undecided go
    filled.replace_suggestions("d1", Layer(SUGGEST), {})
    assert _labels(filled.layer("d1", SUGGEST)) == [("CUE", "قال"), ("QUOTE", "الأمر مهم")]
    # the whole run again: the rejected cue is the one kept (not a second copy), and no
    # suggestion anyone decided on comes back as new
    layer = suggestions()
    filled.replace_suggestions("d1", layer, keyed(layer, "rules:quote", 0.5))
    again = filled.layer("d1", SUGGEST)
    assert len(again.spans) == 6
    assert [s.span.text for s in filled.undecided_suggestions("d1", "alice")] == [
        "ليو", "وأضاف", "ليو", "الحل قريب"
    ]  # fmt: skip
    info = filled.suggestion_info("d1")
    kept = next(s for s in again.spans if s.text == "قال")
    assert info[kept.id].score == 0.8  # kept as it was, from the first run
    fresh = next(s for s in again.spans if s.text == "وأضاف")
    assert info[fresh.id].score == 0.5


def test_a_rejected_suggestion_comes_back_neither_twice_nor_undecided(project: Project):
    project.add_document(Document("d1", TEXT))
    layer = suggestions()
    project.replace_suggestions("d1", layer, keyed(layer, "rules", 0.8))
    cue = next(s for s in project.layer("d1", SUGGEST).spans if s.text == "قال")
    project.reject_suggestion("d1", "alice", cue.id)
    project.replace_suggestions("d1", layer, keyed(layer, "rules", 0.9))
    cues = [s for s in project.layer("d1", SUGGEST).spans if s.text == "قال"]
    assert len(cues) == 1
    assert cue.id not in [s.span.id for s in project.undecided_suggestions("d1", "alice")]


def test_accept_above_a_score_takes_one_label_in_one_change(filled: Project):
    layer = suggestions()
    info = keyed(layer, "rules", 0.9)
    info["s1"] = info["s1"].__class__("span", info["s1"].key, "rules", 0.3)
    filled.replace_suggestions("d1", Layer(SUGGEST), {})
    filled.replace_suggestions("d1", layer, info)
    changes = filled.accept_suggestions_above("d1", "alice", "CUE", 0.5)
    assert [s.text for s in changes.spans.added] == ["وأضاف"]
    assert not filled.accept_suggestions_above("d1", "alice", "CUE", 0.95)
    filled.apply(changes.inverse())
    assert filled.layer("d1", "alice").spans == []


def test_suggestions_are_never_accepted_into_the_suggest_layer(filled: Project):
    with pytest.raises(ValidationError):
        filled.accept_suggestion("d1", SUGGEST, "s1")
    with pytest.raises(ValidationError, match="no suggestion"):
        filled.accept_suggestion("d1", "alice", "nothing")


def test_verdicts_survive_reopening(tmp_path):
    with Project.create(tmp_path / "p.db") as project:
        project.add_document(Document("d1", TEXT))
        layer = suggestions()
        project.replace_suggestions("d1", layer, keyed(layer, "rules", 0.8))
        project.reject_suggestion("d1", "alice", "s1")
    with Project.open(tmp_path / "p.db") as project:
        assert [v.decision for v in project.verdicts("d1", "alice").values()] == ["rejected"]
        assert project.suggestion_info("d1")["s1"].source == "rules"


def test_shift_accept_leaves_out_a_speaker_the_annotator_rejected(filled: Project):
    """Issue 17 trial 1: accepting a quote with its links brings its cue, not the speaker
    the annotator rejected, and the rejection stays."""
    layer = filled.layer("d1", SUGGEST)
    speaker = next(s for s in layer.spans if s.label == "PER" and s.start < 10)
    quote = next(s for s in layer.spans if s.text == "الأمر مهم")
    filled.reject_suggestion("d1", "alice", speaker.id)
    filled.accept_suggestion("d1", "alice", quote.id, with_links=True)
    alice = filled.layer("d1", "alice")
    assert _labels(alice) == [("CUE", "قال"), ("QUOTE", "الأمر مهم")]
    assert [r.label for r in alice.relations] == ["HAS_CUE"]
    key = f"span:PER:{speaker.start}:{speaker.end}"
    assert filled.verdicts("d1", "alice")[key].decision == "rejected"


def test_shift_accept_leaves_out_a_link_the_annotator_rejected(filled: Project):
    layer = filled.layer("d1", SUGGEST)
    quote = next(s for s in layer.spans if s.text == "الأمر مهم")
    link = next(r for r in layer.relations if r.head == quote.id and r.label == "SPEAKER")
    filled.reject_suggestion("d1", "alice", link.id)
    filled.accept_suggestion("d1", "alice", quote.id, with_links=True)
    alice = filled.layer("d1", "alice")
    assert _labels(alice) == [("CUE", "قال"), ("QUOTE", "الأمر مهم")]
    decisions = sorted(v.decision for v in filled.verdicts("d1", "alice").values())
    assert decisions.count("rejected") == 1


def test_shift_accept_brings_a_link_from_a_span_the_annotator_already_has(filled: Project):
    """Issue 17 trial 2: the quote accepted alone, then its cue with links: the suggested
    HAS_CUE from the quote the annotator has to the cue comes along."""
    layer = filled.layer("d1", SUGGEST)
    quote = next(s for s in layer.spans if s.text == "الأمر مهم")
    cue = next(s for s in layer.spans if s.text == "قال")
    filled.accept_suggestion("d1", "alice", quote.id)  # the quote alone
    filled.accept_suggestion("d1", "alice", cue.id, with_links=True)  # a tail, head is there
    alice = filled.layer("d1", "alice")
    assert _labels(alice) == [("CUE", "قال"), ("QUOTE", "الأمر مهم")]
    assert [r.label for r in alice.relations] == ["HAS_CUE"]
    has_cue = next(r for r in layer.relations if r.label == "HAS_CUE" and r.head == quote.id)
    assert filled.verdicts("d1", "alice")[filled.suggestion_info("d1")[has_cue.id].key]
