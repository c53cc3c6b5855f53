"""Validation of a layer against its text and the schema."""

import pytest

from workbench.core.errors import ValidationError
from workbench.core.model import Entity, Layer, Relation, Span
from workbench.core.schema import default_schema
from workbench.core.validate import DuplicateSpan, check_layer

TEXT = "قال ليو إن الأمن مهم."


def span(sid, sub, label, **kw):
    start = TEXT.index(sub)
    return Span(sid, start, start + len(sub), label, sub, **kw)


def layer(spans=(), relations=(), entities=()):
    return Layer("alice", "new", list(spans), list(relations), list(entities))


def check(lay):
    check_layer(TEXT, lay, default_schema())


def test_a_good_layer_passes():
    check(
        layer(
            [
                span("a", "ليو", "PER", entity="e"),
                span("b", "الأمن مهم", "QUOTE"),
                span("c", "قال", "CUE"),
            ],
            [Relation("r", "SPEAKER", "b", "a"), Relation("r2", "HAS_CUE", "b", "c")],
            [Entity("e", "PER", "ليو")],
        )
    )


@pytest.mark.parametrize(
    ("lay", "message"),
    [
        (layer([Span("a", 3, 99, "PER", "x")]), "outside the text"),
        (layer([Span("a", 4, 2, "PER", "x")]), "outside the text"),
        (layer([Span("a", 4, 7, "PER", "ليس")]), "does not match the document"),
        (layer([span("a", "ليو", "NAME")]), "label 'NAME' is not in the schema"),
        (layer([span("a", "ليو", "PER"), span("a", "قال", "CUE")]), "used twice"),
        (
            layer([span("a", "ليو", "PER")], [Relation("r", "SPEAKER", "a", "zz")]),
            "tail 'zz' is not a span",
        ),
        (
            layer(
                [span("a", "ليو", "PER"), span("c", "قال", "CUE")],
                [Relation("r", "SPEAKER", "c", "a")],
            ),
            "cannot start at a CUE",
        ),
        (
            layer([span("a", "ليو", "PER")], [Relation("r", "AFFILIATION", "a", "a")]),
            "related to itself",
        ),
        (
            layer(
                [span("a", "ليو", "PER"), span("b", "الأمن مهم", "QUOTE")],
                [Relation("r", "SPEAKER", "b", "a"), Relation("s", "SPEAKER", "b", "a")],
            ),
            "duplicate SPEAKER",
        ),
        (layer([span("a", "ليو", "PER", entity="nobody")]), "entity 'nobody' does not exist"),
    ],
)
def test_each_broken_rule_is_named(lay, message):
    with pytest.raises(ValidationError, match=message):
        check(lay)


def test_a_duplicate_span_is_named_with_the_one_it_repeats():
    first, again = span("a", "ليو", "PER"), span("b", "ليو", "PER")
    with pytest.raises(
        DuplicateSpan, match=r"span b: PER 'ليو' at \[4, 7\) exists already \(span a\)"
    ) as caught:
        check(layer([first, span("c", "ليو", "GPE"), again]))  # another label at the place is fine
    assert caught.value.existing is first


def test_a_span_may_not_split_harakat():
    text = "مُحَمَّد"
    with pytest.raises(ValidationError, match="splits a letter from its marks"):
        check_layer(text, Layer("a", spans=[Span("s", 0, 1, "PER", "م")]), default_schema())
