"""Gold from agreement and from the supervisor's decisions, which are never undone."""

from __future__ import annotations

from tests.workflow.conftest import import_records, variant
from workbench.core.model import GOLD
from workbench.workflow.adjudication import auto_adjudicate, candidates, decide


def test_auto_takes_what_everyone_agrees_on_and_leaves_the_rest(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    import_records(
        seeded, tmp_path, variant("alice"), variant("bob", drop={"O1"}, relabel={"D1": "GPE"})
    )
    report = auto_adjudicate(seeded)
    gold = seeded.layer(doc_id, GOLD)
    assert (report.spans, report.relations, report.left) == (47, 35, 3)
    assert len(gold.spans) == 47 and len(gold.relations) == 35
    assert "شينخوا" not in [s.text for s in gold.spans]  # only alice marked it
    undecided = [c for c in candidates(seeded, doc_id) if c.gold_state == "undecided"]
    assert sorted((c.label, c.annotators) for c in undecided) == [
        ("GPE", ["bob"]),
        ("LOC", ["alice"]),
        ("ORG", ["alice"]),
    ]


def test_decisions_are_recorded_with_who_and_when_and_kept_by_reruns(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    import_records(seeded, tmp_path, variant("alice"), variant("bob", relabel={"D1": "GPE"}))
    auto_adjudicate(seeded)
    by_label = {(c.kind, c.label, c.start): c for c in candidates(seeded, doc_id)}
    decide(seeded, doc_id, by_label["span", "LOC", 0], True, "sara")
    agreed = next(c for c in candidates(seeded, doc_id) if c.kind == "span" and c.label == "PER")
    decide(seeded, doc_id, agreed, False, "sara")  # the supervisor overrules the annotators
    report = auto_adjudicate(seeded)
    assert report.spans == 0
    states = {c.key: c for c in candidates(seeded, doc_id)}
    loc = states[by_label["span", "LOC", 0].key]
    assert (loc.decision, loc.decided_by, loc.in_gold) == ("accepted", "sara", True)
    assert loc.decided_at.startswith("20")
    per = states[agreed.key]
    assert (per.decision, per.decided_by, per.in_gold) == ("rejected", "sara", False)
    gold = seeded.layer(doc_id, GOLD)
    assert all(not (s.label == "PER" and s.start == agreed.start) for s in gold.spans)
    # the links of the rejected span went with it, and auto did not bring them back
    ids = {s.id for s in gold.spans}
    assert all(r.head in ids and r.tail in ids for r in gold.relations)
    assert len(gold.relations) < 35


def test_accepting_a_link_brings_its_ends_into_gold(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    import_records(seeded, tmp_path, variant("alice"))
    speaker_link = next(c for c in candidates(seeded, doc_id) if c.label == "SPEAKER")
    decide(seeded, doc_id, speaker_link, True, "sara")
    gold = seeded.layer(doc_id, GOLD)
    assert [r.label for r in gold.relations] == ["SPEAKER"]
    assert sorted(s.label for s in gold.spans) == sorted(e.label for e in speaker_link.ends)
    decide(seeded, doc_id, speaker_link, False, "sara")
    assert seeded.layer(doc_id, GOLD).relations == []


def test_accepting_one_version_of_a_span_turns_down_the_other(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    alice, bob = variant("alice"), variant("bob")
    quote = next(s for s in bob["spans"] if s["label"] == "QUOTE")
    quote["attrs"] = {"kind": "indirect" if quote["attrs"].get("kind") == "direct" else "direct"}
    import_records(seeded, tmp_path, alice, bob)
    versions = [
        c for c in candidates(seeded, doc_id) if c.label == "QUOTE" and c.start == quote["start"]
    ]
    assert len(versions) == 2
    for version in versions:
        decide(seeded, doc_id, version, True, "sara")
    gold = [s for s in seeded.layer(doc_id, GOLD).spans if s.start == quote["start"]]
    assert [s.attrs for s in gold] == [versions[1].attrs]
    states = {c.key: c.decision for c in candidates(seeded, doc_id)}
    assert [states[v.key] for v in versions] == ["rejected", "accepted"]


def test_entities_all_agree_on_reach_gold_with_their_mentions(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    import_records(seeded, tmp_path, variant("alice"), variant("bob"))
    report = auto_adjudicate(seeded)
    assert report.entities == 6
    gold = seeded.layer(doc_id, GOLD)
    alice = seeded.layer(doc_id, "alice")

    def groups(layer):
        return sorted(
            (e.name, sorted((s.start, s.end) for s in layer.spans if s.entity == e.id))
            for e in layer.entities
        )

    assert groups(gold) == groups(alice)
    from workbench.core.quotes import resolve_quotes

    speakers = {q.speaker_name for q in resolve_quotes(gold)}
    assert "ليو جيه يي" in speakers  # gold quotes resolve to entity names, as the corpus needs


def test_a_grouping_the_annotators_differ_on_is_the_supervisors(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    alice, bob = variant("alice"), variant("bob")
    grouped = [s for s in bob["spans"] if s.get("entity")]
    split_off = grouped[-1]
    del split_off["entity"]  # bob did not put this mention in its entity
    import_records(seeded, tmp_path, alice, bob)
    report = auto_adjudicate(seeded)
    assert report.entities == 5
    disputed = [
        c
        for c in candidates(seeded, doc_id)
        if c.kind == "entity" and c.gold_state == "undecided" and c.annotators == ["alice"]
    ]
    assert len(disputed) == 1
    decide(seeded, doc_id, disputed[0], True, "sara")
    gold = seeded.layer(doc_id, GOLD)
    entity = next(e for e in gold.entities if e.name == disputed[0].text)
    mentions = {(s.start, s.end) for s in gold.spans if s.entity == entity.id}
    assert (split_off["start"], split_off["end"]) in mentions
    decide(seeded, doc_id, disputed[0], False, "sara")
    assert entity.id not in {e.id for e in seeded.layer(doc_id, GOLD).entities}
    states = {c.key: c.decision for c in candidates(seeded, doc_id)}
    assert states[disputed[0].key] == "rejected"


def test_a_decision_returns_what_it_changed_in_gold_and_can_be_undone(seeded, tmp_path):
    """One change set: the link, the two ends it brought along, and the three decisions;
    applying its inverse takes gold back, while the decisions stay in the log."""
    doc_id = seeded.document_ids()[0]
    import_records(seeded, tmp_path, variant("alice"))
    speaker_link = next(c for c in candidates(seeded, doc_id) if c.label == "SPEAKER")
    changes = decide(seeded, doc_id, speaker_link, True, "sara")
    assert (changes.doc_id, changes.annotator) == (doc_id, GOLD)
    assert [r.label for r in changes.relations.added] == ["SPEAKER"]
    assert sorted(s.label for s in changes.spans.added) == sorted(
        e.label for e in speaker_link.ends
    )
    assert [(d.decision, d.by) for d in changes.decisions] == [("accepted", "sara")] * 3
    assert changes.decisions[-1].key == speaker_link.key
    assert changes.status == ("new", "in_progress")
    seeded.apply(changes.inverse())
    gold = seeded.layer(doc_id, GOLD)
    assert (gold.spans, gold.relations, gold.status) == ([], [], "new")
    assert len(seeded.decisions(doc_id)) == 3
    rejected = decide(seeded, doc_id, speaker_link, False, "sara")
    assert not rejected.relations and [d.decision for d in rejected.decisions] == ["rejected"]
