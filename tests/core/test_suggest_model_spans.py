"""The spans the name model may suggest: never one that starts with a reporting verb or runs
across one (a newcomer's trial got TITLE "وأشارت الأمم المتحدة" from a model trained on little)."""

from __future__ import annotations

from workbench.core.suggest.crf_features import Gazetteer, sentences, spans_from_tags


def spans(text: str, tags: list[str]) -> list[tuple[str, str, float]]:
    sentence = sentences(text)[0]
    assert len(sentence.tokens) == len(tags)
    scores = [0.9] * len(tags)
    found = spans_from_tags(text, sentence, tags, Gazetteer(), scores)
    return [(text[start:end], label, score) for start, end, label, score in found]


def test_a_span_that_starts_with_a_reporting_verb_is_not_suggested():
    text = "وأشارت الأمم المتحدة إلى التقرير"
    assert spans(text, ["B-TITLE", "I-TITLE", "I-TITLE", "O", "O"]) == []
    assert spans(text, ["O", "B-ORG", "I-ORG", "O", "O"]) == [("الأمم المتحدة", "ORG", 0.9)]


def test_a_span_that_runs_across_a_reporting_verb_is_not_suggested():
    text = "جيه يي قال إن الأمم المتحدة"
    assert spans(text, ["B-TITLE", "I-TITLE", "I-TITLE", "I-TITLE", "I-TITLE", "I-TITLE"]) == []
    assert spans(text, ["B-PER", "I-PER", "O", "O", "O", "O"]) == [("جيه يي", "PER", 0.9)]


def test_a_span_is_as_sure_as_its_least_sure_token():
    text = "قال محمد علي حسن"
    sentence = sentences(text)[0]
    found = spans_from_tags(
        text, sentence, ["O", "B-PER", "I-PER", "I-PER"], Gazetteer(), [0.9, 0.95, 0.5, 0.9]
    )
    assert [(text[s:e], score) for s, e, _label, score in found] == [("محمد علي حسن", 0.5)]


def test_a_name_that_is_known_whole_keeps_a_first_letter_that_looks_like_a_proclitic():
    """كريم is a name of the project as well as ك + ريم: it is kept whole; وريم (و + a known
    name) still loses its proclitic."""
    names = Gazetteer()
    text = "قال كريم وريم"
    names.add(Gazetteer.words_of(text, [(4, 8, "PER"), (10, 13, "PER")]))
    assert names.clitic_length("كريم", 0, 4) == 0
    assert names.clitic_length("وريم", 0, 4) == 1
