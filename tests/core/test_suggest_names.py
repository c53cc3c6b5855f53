"""Names from the project: found again with the search matcher, whole names only, clitics
left out or recorded, conflicts shown with both labels."""

from __future__ import annotations

from workbench.core.model import Layer, Span
from workbench.core.schema import default_schema
from workbench.core.suggest.combine import combine, fit_to_schema
from workbench.core.suggest.names import known_names, name_suggestions
from workbench.core.suggest.quotes import attribution


def names_of(*spans: tuple[str, str, dict]) -> Layer:
    return Layer(
        "alice",
        spans=[
            Span(f"s{i}", 0, len(text), label, text, attrs=attrs)
            for i, (label, text, attrs) in enumerate(spans)
        ],
    )


def test_a_name_is_found_again_after_proclitics_and_never_inside_a_longer_word():
    names = known_names([names_of(("PER", "ليو", {}), ("ORG", "الأمم المتحدة", {}))])
    text = "التقى ليو وفدا في ليون، ثم قال وليو إن الأمم المتحدة وبالأمم المتحدة تعملان."
    layer, info = name_suggestions(text, names)
    found = [(s.label, s.text, s.attrs) for s in layer.spans]
    assert found == [
        ("PER", "ليو", {}),
        ("PER", "ليو", {}),
        ("ORG", "الأمم المتحدة", {}),
        ("ORG", "الأمم المتحدة", {}),
    ]
    assert [s.start for s in layer.spans][1] == text.index("وليو") + 1
    assert {i.source for i in info.values()} == {"names"}


def test_ل_merged_with_the_article_keeps_the_word_and_records_the_clitic():
    names = known_names([names_of(("ORG", "للأمم المتحدة", {"clitics": ["ل"]}))])
    layer, _info = name_suggestions("وقال الأمين العام للأمم المتحدة إن الوضع صعب.", names)
    assert [(s.text, s.attrs) for s in layer.spans] == [("للأمم المتحدة", {"clitics": ["ل"]})]


def test_harakat_and_letter_forms_fold_as_in_search():
    names = known_names([names_of(("PER", "أحمد", {}))])
    layer, _info = name_suggestions("وصل احمد وأَحْمد.", names)
    assert [s.text for s in layer.spans] == ["احمد", "أَحْمد"]


def test_the_longest_name_wins_where_two_of_one_label_overlap():
    names = known_names([names_of(("PER", "ليو", {}), ("PER", "ليو جيه يي", {}))])
    layer, _info = name_suggestions("دعا ليو جيه يي إلى الحوار.", names)
    assert [s.text for s in layer.spans] == ["ليو جيه يي"]


def test_a_name_with_two_labels_is_suggested_with_both_as_a_conflict():
    names = known_names(
        [names_of(("GPE", "الصين", {})), names_of(("ORG", "الصين", {}), ("PER", "ليو", {}))]
    )
    assert names.conflicts() == {"الصين": ["GPE", "ORG"]}
    layer, info = name_suggestions("وقالت الصين إن ليو محق.", names)
    by_label = {s.label: info[s.id] for s in layer.spans}
    assert by_label["GPE"].source == by_label["ORG"].source == "names:conflict"
    assert by_label["PER"].source == "names"
    assert by_label["GPE"].score < by_label["PER"].score


def test_rules_and_names_combine_into_one_suggestion_per_place():
    text = "وقال ستيفن كراون إن التحدي كبير."
    names = known_names([names_of(("PER", "ستيفن كراون", {}))])
    layer, info = fit_to_schema(
        combine([attribution(text), name_suggestions(text, names)]), default_schema()
    )
    people = [s for s in layer.spans if s.label == "PER"]
    assert len(people) == 1
    assert info[people[0].id].source == "rules:speaker"
    assert len({s.id for s in layer.spans} | {r.id for r in layer.relations}) == len(
        layer.spans
    ) + len(layer.relations)
