"""The benchmark's measures of suggestion quality: quotes by overlap, cues exactly, speakers by
the entity they name."""

from __future__ import annotations

from workbench.bench.suggest import compare
from workbench.core.model import SUGGEST, Entity, Layer, Relation, Span

TEXT = "قال محمد علي إن الحكومة ستجتمع. وأضاف الوزير أن الاجتماع غدا."


def span(sid: str, text: str, label: str, entity: str | None = None, **attrs) -> Span:
    start = TEXT.index(text)
    return Span(sid, start, start + len(text), label, text, entity, attrs)


def reference() -> Layer:
    return Layer(
        "gold",
        spans=[
            span("P1", "محمد علي", "PER", "E1"),
            span("P2", "الوزير", "PER", "E1"),
            span("C1", "قال", "CUE"),
            span("C2", "وأضاف", "CUE"),
            span("Q1", "الحكومة ستجتمع", "QUOTE", kind="indirect"),
            span("Q2", "الاجتماع غدا", "QUOTE", kind="indirect"),
        ],
        relations=[Relation("R1", "SPEAKER", "Q1", "P1"), Relation("R2", "SPEAKER", "Q2", "P2")],
        entities=[Entity("E1", "PER", "محمد علي")],
    )


def test_a_perfect_suggestion_scores_one():
    quality = compare(reference(), reference())
    assert (quality.quote_f1, quality.cue_f1, quality.speakers) == (1.0, 1.0, 1.0)


def test_quotes_match_by_overlap_cues_exactly_and_speakers_by_entity():
    suggested = Layer(
        SUGGEST,
        spans=[
            span("s1", "محمد علي", "PER", "e1"),
            span("s2", "قال", "CUE"),
            span("s3", "ضاف", "CUE"),  # not the whole cue: no exact match
            span("s4", "الحكومة", "QUOTE"),  # overlaps Q1
            span("s5", "الاجتماع غدا", "QUOTE"),
        ],
        # Q2's speaker is "محمد علي", another mention of the right entity; Q1 has none
        relations=[Relation("r1", "SPEAKER", "s5", "s1")],
        entities=[Entity("e1", "PER", "محمد علي")],
    )
    quality = compare(reference(), suggested)
    assert (quality.quotes_found, quality.quotes_suggested, quality.quotes_reference) == (2, 2, 2)
    assert quality.quote_f1 == 1.0
    assert quality.cue_f1 == 2 * 1 / (2 + 2)
    assert quality.speakers == 0.5


def test_missed_quotes_are_counted_by_kind():
    suggested = Layer(SUGGEST, spans=[span("s1", "الاجتماع غدا", "QUOTE")])
    quality = compare(reference(), suggested)
    assert quality.quote_f1 == 2 * 1 / 3
    assert quality.misses == ["indirect"]
    assert quality.speakers == 0.0
