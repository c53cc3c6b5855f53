"""Span alignment and F1, relation F1 and speaker agreement, on hand-counted cases."""

from __future__ import annotations

import pytest

from workbench.agreement import align, relation_f1, span_f1, speaker_agreement
from workbench.core.model import Entity, Layer, Relation, Span


def spans(*items):
    return [
        Span(f"s{i}", start, end, label, "x" * (end - start))
        for i, (label, start, end) in enumerate(items)
    ]


def test_exact_and_relaxed_f1_by_hand():
    a = [("PER", 0, 10), ("ORG", 20, 30), ("QUOTE", 40, 90), ("GPE", 100, 105)]
    b = [("PER", 0, 10), ("ORG", 22, 30), ("QUOTE", 41, 95), ("LOC", 100, 105), ("PER", 200, 210)]
    # exact: PER only -> 2*1/(4+5); relaxed adds ORG and QUOTE -> 2*3/9
    assert span_f1(a, b) == pytest.approx(2 / 9)
    assert span_f1(a, b, "relaxed") == pytest.approx(6 / 9)
    assert span_f1(b, a, "relaxed") == span_f1(a, b, "relaxed")
    assert span_f1(a, b, "relaxed", label="ORG") == 1.0
    assert span_f1(a, b, label="GPE") == 0.0


def test_relaxed_matching_is_one_to_one_and_maximal():
    # one long span of A overlaps two of B: it may match only one of them
    a = [("QUOTE", 0, 100), ("QUOTE", 90, 120)]
    b = [("QUOTE", 0, 50), ("QUOTE", 95, 110)]
    pairs = align(a, b)
    assert sorted(p.kind for p in pairs) == ["boundary", "boundary"]
    assert span_f1(a, b, "relaxed") == 1.0
    assert span_f1([("PER", 0, 10)], [("PER", 0, 5), ("PER", 5, 10)], "relaxed") == pytest.approx(
        2 / 3
    )


def test_alignment_names_each_kind_of_difference():
    a = [("PER", 0, 10), ("ORG", 20, 30), ("GPE", 40, 50), ("TITLE", 60, 70)]
    b = [("ORG", 0, 10), ("ORG", 21, 30), ("LOC", 41, 50)]
    kinds = {(p.a.label if p.a else None, p.b.label if p.b else None): p.kind for p in align(a, b)}
    assert kinds == {
        ("PER", "ORG"): "label",
        ("ORG", "ORG"): "boundary",
        ("GPE", "LOC"): "label",  # another label and other boundaries, mostly overlapping
        ("TITLE", None): "missing",
    }


def quote_layer(annotator, speaker_id, with_entity=True, extra_relation=False):
    s = spans(("QUOTE", 0, 40), ("PER", 50, 60), ("PER", 80, 85), ("CUE", 45, 49))
    for span in s[1:3]:
        span.entity = "e1" if with_entity else None
    relations = [Relation("r1", "SPEAKER", "s0", speaker_id), Relation("r2", "HAS_CUE", "s0", "s3")]
    if extra_relation:
        relations.append(Relation("r3", "SPEAKER", "s0", "s2" if speaker_id == "s1" else "s1"))
    return Layer(
        annotator, "done", s, relations, [Entity("e1", "PER", "ليو")] if with_entity else []
    )


def test_relation_f1_counts_links_whose_ends_align():
    a, b = quote_layer("a", "s1"), quote_layer("b", "s2")
    # HAS_CUE matches; SPEAKER points at different mentions -> 2*1/(2+2)
    assert relation_f1(a, b) == 0.5
    assert relation_f1(a, quote_layer("b", "s1")) == 1.0


def test_speakers_agree_through_coreference():
    a, b = quote_layer("a", "s1"), quote_layer("b", "s2")
    assert speaker_agreement(a, b) == 1.0  # two mentions of one entity
    no_entities = quote_layer("b", "s2", with_entity=False)
    assert speaker_agreement(quote_layer("a", "s1", with_entity=False), no_entities) == 0.0
    score = speaker_agreement(Layer("a"), Layer("b"), detail=True)
    assert score.value is None and "no quote" in score.reason
