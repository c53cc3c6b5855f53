"""Resolving quotes to speakers and organizations, through coreference."""

from workbench.core.model import Entity, Layer, Relation, Span
from workbench.core.quotes import QuoteProblem, QuoteWarning, resolve_quotes

NO_CUE, NO_SPEAKER = QuoteWarning(QuoteProblem.NO_CUE), QuoteWarning(QuoteProblem.NO_SPEAKER)
NO_ENTITY = QuoteWarning(QuoteProblem.SPEAKER_WITHOUT_ENTITY)


def s(sid, label, text, start, entity=None, **attrs):
    return Span(sid, start, start + len(text), label, text, entity, attrs)


def test_speakers_organizations_and_warnings():
    layer = Layer(
        "alice",
        spans=[
            s("p1", "PER", "ليو جيه يي", 0, "e1"),
            s("p2", "PER", "ليو", 100, "e1"),
            s("g", "GPE", "الصين", 20),
            s("o", "ORG", "مجلس الأمن", 200),
            s("q1", "QUOTE", "قول أول", 40, kind="direct"),
            s("q2", "QUOTE", "قول ثان", 120),
            s("q3", "QUOTE", "قول ثالث", 220, kind="indirect"),
            s("q4", "QUOTE", "قول رابع", 300),
            s("c", "CUE", "وأضاف", 90),
            s("p3", "PER", "ستيفن", 290),
        ],
        relations=[
            Relation("r1", "AFFILIATION", "p1", "g"),
            Relation("r2", "SPEAKER", "q1", "p1"),
            Relation("r3", "SPEAKER", "q2", "p2"),  # the short mention: same entity
            Relation("r4", "HAS_CUE", "q2", "c"),
            Relation("r5", "SPEAKER", "q3", "o"),  # an organization speaks
            Relation("r6", "SPEAKER", "q4", "p3"),
        ],
        entities=[Entity("e1", "PER", "ليو جيه يي")],
    )
    got = {
        q.quote.id: (q.speaker_name, q.organizations, q.cue.text if q.cue else None, q.warnings)
        for q in resolve_quotes(layer)
    }
    assert got == {
        "q1": ("ليو جيه يي", ["الصين"], None, [NO_CUE]),
        "q2": ("ليو جيه يي", ["الصين"], "وأضاف", []),
        "q3": ("مجلس الأمن", ["مجلس الأمن"], None, [NO_ENTITY, NO_CUE]),
        "q4": ("ستيفن", [], None, [NO_ENTITY, NO_CUE]),
    }
    assert [w.text for w in resolve_quotes(layer)[3].warnings] == [
        "speaker mention has no entity",
        "no cue",
    ]


def test_a_quote_without_speaker_is_flagged():
    layer = Layer("a", spans=[s("q", "QUOTE", "قول", 0)])
    (info,) = resolve_quotes(layer)
    assert info.speaker is None and info.warnings == [NO_SPEAKER, NO_CUE]
    assert [w.text for w in info.warnings] == ["no speaker", "no cue"]


def test_a_quote_with_several_speakers_says_how_many():
    layer = Layer(
        "a",
        spans=[s("q", "QUOTE", "قول", 0), s("p1", "PER", "ليو", 10), s("p2", "PER", "يان", 20)],
        relations=[Relation("r1", "SPEAKER", "q", "p1"), Relation("r2", "SPEAKER", "q", "p2")],
    )
    (info,) = resolve_quotes(layer)
    several = QuoteWarning(QuoteProblem.SEVERAL_SPEAKERS, (2,))
    assert info.warnings == [NO_ENTITY, several, NO_CUE]
    assert several.text == "2 speakers"
