"""The coefficients against the published worked examples (docs/ARCHITECTURE.md) and independent
implementations (NLTK, the ``krippendorff`` package) on random data."""

from __future__ import annotations

import random
import warnings

import pytest

from workbench.agreement import (
    UndefinedAgreement,
    cohen_kappa,
    fleiss_kappa,
    krippendorff_alpha,
    unitizing_alpha,
)

KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]
FLEISS_WIKIPEDIA = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def sequences_from_table(table):
    """Two coders' labels from a contingency table (rows coder A, columns coder B)."""
    a, b = [], []
    for i, row in enumerate(table):
        for j, count in enumerate(row):
            a += [i] * count
            b += [j] * count
    return a, b


def test_cohen_kappa_reproduces_the_wikipedia_example():
    a, b = sequences_from_table([[20, 5], [10, 15]])
    score = cohen_kappa(a, b, detail=True)
    assert score.counts["observed"] == pytest.approx(0.70)
    assert score.counts["expected"] == pytest.approx(0.50)
    assert round(score.value, 3) == 0.400


def test_fleiss_kappa_reproduces_the_wikipedia_example():
    score = fleiss_kappa(FLEISS_WIKIPEDIA, detail=True)
    assert round(score.value, 5) == 0.20993
    assert round(score.counts["P_bar"], 3) == 0.378
    assert round(score.counts["P_e"], 3) == 0.213


@pytest.mark.parametrize(
    ("level", "expected"),
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_krippendorff_alpha_reproduces_krippendorff_2011(level, expected):
    assert round(krippendorff_alpha(KRIPPENDORFF_2011, level), 3) == expected


def krippendorff_2004_units():
    """Krippendorff (2004: p. 254): two coders, categories c and k on [150, 450)."""
    raw = [
        (0, "c", 225, 70), (0, "c", 370, 30), (1, "c", 220, 80), (1, "c", 355, 20),
        (1, "c", 400, 20), (0, "k", 180, 60), (0, "k", 300, 50), (1, "k", 180, 60),
        (1, "k", 300, 50),
    ]  # fmt: skip
    return [(coder, label, start, start + length) for coder, label, start, length in raw]


def test_unitizing_alpha_reproduces_krippendorff_2004():
    units = krippendorff_2004_units()
    c = unitizing_alpha(units, 150, 450, "c", detail=True)
    assert round(c.counts["D_o"], 4) == 0.0144
    assert round(c.counts["D_e"], 4) == 0.0532
    assert round(c.value, 3) == 0.729
    assert unitizing_alpha(units, 150, 450, "k") == 1.0
    assert round(unitizing_alpha(units, 150, 450), 3) == 0.859


def test_unitizing_alpha_observed_disagreement_of_krippendorff_1995():
    # Krippendorff (1995: p. 57), four pairs of coders on a continuum of 24
    rows = {
        "A": [(0, 2, 8), (0, 14, 6), (1, 4, 4), (1, 15, 2)],
        "C": [(0, 2, 6), (0, 10, 2), (0, 14, 4), (0, 20, 2), (1, 0, 2), (1, 4, 4),
              (1, 10, 4), (1, 16, 2), (1, 20, 2)],
    }  # fmt: skip
    expected = {"A": 0.03125, "C": 0.02777}
    for label, units in rows.items():
        spans = [(coder, label, s, s + n) for coder, s, n in units]
        score = unitizing_alpha(spans, 0, 24, label, detail=True)
        assert score.counts["D_o"] == pytest.approx(expected[label], abs=1e-5)


def test_unitizing_alpha_counts_a_coder_who_marked_nothing():
    units = [("a", "PER", 10, 20)]
    alone = unitizing_alpha(units, 0, 100, detail=True)
    assert alone.value is None and "two coders" in alone.reason
    assert unitizing_alpha(units, 0, 100, coders=["a", "b"]) < 0


def test_unitizing_alpha_is_one_for_identical_coders_and_merges_overlaps():
    units = [(c, "QUOTE", 5, 30) for c in "ab"] + [("a", "QUOTE", 10, 40), ("b", "QUOTE", 5, 40)]
    assert unitizing_alpha(units, 0, 100) == 1.0


@pytest.mark.parametrize(
    ("call", "reason"),
    [
        (lambda: cohen_kappa([], []), "no items"),
        (lambda: cohen_kappa(["PER"] * 3, ["PER"] * 3), "chance agreement is 1"),
        (lambda: fleiss_kappa([[3, 0], [3, 0]]), "chance agreement is 1"),
        (lambda: fleiss_kappa([[1, 0], [0, 1]]), "fewer than two ratings"),
        (lambda: krippendorff_alpha([[1, None], [None, 2]]), "two or more coders"),
        (lambda: krippendorff_alpha([["O", "O"], ["O", "O"]]), "expected disagreement is 0"),
        (
            lambda: unitizing_alpha([("a", "PER", 0, 5), ("b", "PER", 0, 5)], 0, 10, "ORG"),
            "no coder",
        ),
    ],
)
def test_undefined_measures_return_none_and_say_why(call, reason):
    with pytest.warns(UndefinedAgreement, match=reason):
        assert call() is None


def test_malformed_input_is_refused():
    with pytest.raises(ValueError, match="equal length"):
        cohen_kappa([1, 2], [1])
    with pytest.raises(ValueError, match="same number of ratings"):
        fleiss_kappa([[2, 0], [1, 0]])
    with pytest.raises(ValueError, match="level"):
        krippendorff_alpha(KRIPPENDORFF_2011, "cardinal")
    with pytest.raises(ValueError, match="not inside"):
        unitizing_alpha([("a", "PER", 5, 12)], 0, 10)


# -- independent implementations, on random data ------------------------------------------


def random_ratings(rng, coders, items, labels, missing=0.0):
    rows = [[rng.choice(labels) for _ in range(items)] for _ in range(coders)]
    for item in range(items):  # agreement well above chance, as in real annotation
        if rng.random() < 0.5:
            for row in rows:
                row[item] = rows[0][item]
    for row in rows:
        for item in range(items):
            if rng.random() < missing:
                row[item] = None
    return rows


@pytest.mark.parametrize("seed", range(8))
def test_cohen_kappa_agrees_with_nltk(seed):
    from nltk.metrics.agreement import AnnotationTask

    rng = random.Random(seed)
    a, b = random_ratings(rng, 2, 60, ["PER", "ORG", "GPE", "O"])
    task = AnnotationTask(
        [(coder, i, v) for coder, row in (("a", a), ("b", b)) for i, v in enumerate(row)]
    )
    assert cohen_kappa(a, b) == pytest.approx(task.kappa(), abs=1e-9)


@pytest.mark.parametrize("seed", range(8))
def test_fleiss_kappa_agrees_with_nltk_multi_pi(seed):
    from nltk.metrics.agreement import AnnotationTask

    rng = random.Random(seed)
    labels = ["PER", "ORG", "GPE", "O"]
    rows = random_ratings(rng, 4, 50, labels)
    task = AnnotationTask(
        [(f"c{c}", i, v) for c, row in enumerate(rows) for i, v in enumerate(row)]
    )
    counts = [[sum(1 for row in rows if row[i] == label) for label in labels] for i in range(50)]
    # NLTK's pi with more than two coders is Fleiss' kappa
    assert fleiss_kappa(counts) == pytest.approx(task.pi(), abs=1e-9)


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
@pytest.mark.parametrize("seed", range(5))
def test_krippendorff_alpha_agrees_with_the_krippendorff_package(level, seed):
    import krippendorff
    import numpy

    rng = random.Random(seed)
    rows = random_ratings(rng, rng.randint(2, 5), 40, [1, 2, 3, 4, 5], missing=0.15)
    reliability = numpy.array([[numpy.nan if v is None else v for v in row] for row in rows])
    expected = krippendorff.alpha(reliability_data=reliability, level_of_measurement=level)
    assert krippendorff_alpha(rows, level) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("seed", range(5))
def test_nominal_alpha_agrees_with_nltk(seed):
    from nltk.metrics.agreement import AnnotationTask

    rng = random.Random(seed)
    rows = random_ratings(rng, 3, 80, ["PER", "ORG", "O"])
    task = AnnotationTask(
        [(f"c{c}", i, v) for c, row in enumerate(rows) for i, v in enumerate(row)]
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert krippendorff_alpha(rows) == pytest.approx(task.alpha(), abs=1e-9)
