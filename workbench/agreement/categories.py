"""Agreement on document categories: Cohen's kappa for each pair of annotators and
Krippendorff's alpha (nominal) over all of them, per category of the schema.

Each document an annotator has a qualifying layer on is one item. Its value in a category is
the chosen value, the chosen values joined by "+" for a multiple-choice category (a set is one
nominal value), or ``NO_CHOICE`` when the annotator chose none: leaving a category empty is an
answer too.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Any

from workbench.agreement.coefficients import cohen_kappa, krippendorff_alpha
from workbench.agreement.scores import Score, undefined
from workbench.core.model import Layer
from workbench.core.schema import CategoryDef

NO_CHOICE = "(none)"


@dataclass(frozen=True)
class CategoryAgreement:
    category: str
    documents: int  # documents two or more of the annotators have
    pairs: tuple[tuple[tuple[str, str], Score], ...]  # Cohen's kappa of each pair
    overall: Score  # Krippendorff's alpha (nominal) over all annotators
    chosen: bool = True  # whether anyone chose a value of it on these documents

    def to_json(self) -> dict[str, Any]:
        pairs = []
        for names, score in self.pairs:
            pair: dict[str, Any] = {"annotators": list(names), "kappa": score.value}
            if score.value is None:
                pair["undefined"] = score.reason
            pairs.append(pair)
        out: dict[str, Any] = {
            "category": self.category,
            "documents": self.documents,
            "pairs": pairs,
            "alpha": self.overall.value,
        }
        if self.overall.value is None:
            out["alpha_undefined"] = self.overall.reason
        return out


def value(layer: Layer, category: str) -> str:
    return "+".join(layer.categories.get(category) or ()) or NO_CHOICE


def _rounded(score: Score) -> Score:
    return score if score.value is None else Score(round(score.value, 6), None, score.counts)


def category_agreement(
    categories: list[CategoryDef],
    annotators: list[str],
    documents: list[dict[str, Layer]],
    nothing_shared: str,
) -> tuple[CategoryAgreement, ...]:
    """Per category, over ``documents`` (each the qualifying layers of one document, by
    annotator): kappa of each pair on the documents both have, alpha over all;
    ``nothing_shared`` is why a pair with no document in common has no kappa (the span
    measures' words: "no document that both annotators have marked done")."""
    out = []
    for category in categories:
        name = category.name
        pairs = []
        for a, b in combinations(annotators, 2):
            shared = [d for d in documents if a in d and b in d]
            if not shared:
                pairs.append(((a, b), undefined(nothing_shared)))
                continue
            kappa = cohen_kappa(
                [value(d[a], name) for d in shared],
                [value(d[b], name) for d in shared],
                detail=True,
            )
            pairs.append(((a, b), _rounded(kappa)))
        rows = [[value(d[a], name) if a in d else None for d in documents] for a in annotators]
        overall = (
            _rounded(krippendorff_alpha(rows, detail=True))
            if documents and len(annotators) >= 2
            else undefined("fewer than two annotators on any document")
        )
        chosen = any(layer.categories.get(name) for d in documents for layer in d.values())
        out.append(CategoryAgreement(name, len(documents), tuple(pairs), overall, chosen))
    return tuple(out)
