"""The name model's tokens, tags and features (pure code)."""

from __future__ import annotations

from collections import Counter

from workbench.core.suggest.crf_features import (
    Gazetteer,
    LabelScore,
    bio_tags,
    count_matches,
    features,
    sentences,
    spans_from_tags,
    stem,
)

TEXT = "قال وزير الخارجية سامح شكري إن الأمم المتحدة تعمل.\nوأكد أن والأمم المتحدة"


def test_sentences_end_at_final_punctuation_and_line_breaks():
    found = [[TEXT[s:e] for s, e in sentence.tokens] for sentence in sentences(TEXT)]
    assert found[0][-1] == "." and found[0][0] == "قال"
    assert found[1] == ["وأكد", "أن", "والأمم", "المتحدة"]


def test_tags_and_spans_go_both_ways():
    sentence = sentences(TEXT)[0]
    start = TEXT.index("سامح شكري")
    spans = [(start, start + len("سامح شكري"), "PER")]
    tags = bio_tags(sentence, spans)
    assert [t for t in tags if t != "O"] == ["B-PER", "I-PER"]
    assert spans_from_tags(TEXT, sentence, tags, Gazetteer()) == [(*spans[0], 1.0)]


def test_a_found_name_leaves_out_a_proclitic_before_the_article_but_not_a_letter_of_a_name():
    names = Gazetteer()
    sentence = sentences(TEXT)[1]
    tags = ["O", "O", "B-ORG", "I-ORG"]
    ((start, end, label, _),) = spans_from_tags(TEXT, sentence, tags, names)
    assert TEXT[start:end] == "الأمم المتحدة" and label == "ORG"
    text = "قال وليد إن"
    ((start, end, _, _),) = spans_from_tags(text, sentences(text)[0], ["O", "B-PER", "O"], names)
    assert text[start:end] == "وليد"


def test_gazetteer_marks_known_name_words_and_can_leave_a_document_out():
    names = Gazetteer()
    start = TEXT.index("سامح")
    own = Gazetteer.words_of(TEXT, [(start, start + len("سامح شكري"), "PER")])
    names.add(own)
    feats = features(TEXT, sentences(TEXT)[0], names)
    assert "name=PER" in feats[3] and "-1:name=PER" in feats[4]
    names.add(own, -1)
    assert names.counts == {} and names.forms == Counter()


def test_stem_folds_and_strips_one_proclitic_and_the_article():
    assert stem("والأمم") == "امم"
    assert stem("بالقاهرة") == "قاهره"


def test_exact_matches_are_counted_per_label():
    scores: dict[str, LabelScore] = {}
    count_matches(scores, [(0, 3, "PER"), (5, 9, "ORG")], [(0, 3, "PER"), (5, 8, "ORG")])
    assert scores["PER"].f1 == 1.0
    assert scores["ORG"].precision == 0.0 and scores["ORG"].recall == 0.0
