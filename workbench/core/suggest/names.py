"""Names the project has annotated already, suggested where they occur again.

``known_names`` gathers the names (spans of the name labels: PER, ORG, GPE, LOC, TITLE) of the
layers given to it, folded by ``workbench.core.search.fold``; ``name_suggestions`` finds them
in a text with the matcher of search (``find_all``: after proclitics, ل + ال written لل), and
keeps a hit only when, its proclitics left out, it is the whole name (ليو does not suggest a
name in ليون). A span leaves its proclitics out (وليو gives ليو); where ل merges with the
article (للأمم المتحدة) it keeps the whole word and records the clitic, as annotators do.

A string annotated with two labels (المستقبل as ORG in one document and as nothing else but
GPE in another) is not guessed: each of its labels is suggested at the same place with the
source ``names:conflict`` and a lower score, so the annotator sees both and chooses.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from workbench.core.model import SUGGEST, Layer, Span
from workbench.core.search import find_all, fold
from workbench.core.suggest.keys import SuggestionInfo, span_key

NAME_LABELS = ("PER", "ORG", "GPE", "LOC", "TITLE")
SCORE = 0.75
CONFLICT_SCORE = 0.4
_PREFIXES = ("", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل")


@dataclass
class KnownNames:
    """Folded name -> the labels it was annotated with, and how it was written."""

    labels: dict[str, set[str]] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)

    def add(self, span: Span) -> None:
        name = bare_name(span)
        folded = fold(name).strip()
        if len(folded.replace(" ", "")) < 2:
            return
        self.labels.setdefault(folded, set()).add(span.label)
        self.written.setdefault(folded, name)

    def conflicts(self) -> dict[str, list[str]]:
        """Names annotated with more than one label: name as written -> its labels."""
        return {
            self.written[folded]: sorted(labels)
            for folded, labels in sorted(self.labels.items())
            if len(labels) > 1
        }


def bare_name(span: Span) -> str:
    """A name as it stands alone: a recorded ل merged with the article given back (للأمم
    المتحدة is الأمم المتحدة)."""
    text = span.text.strip()
    if "ل" in (span.attrs.get("clitics") or []) and text.startswith("لل") and len(text) > 3:
        return "ال" + text[2:]
    return text


def known_names(layers: Iterable[Layer], labels: Iterable[str] = NAME_LABELS) -> KnownNames:
    wanted = set(labels)
    found = KnownNames()
    for layer in layers:
        for span in layer.spans:
            if span.label in wanted:
                found.add(span)
    return found


def name_suggestions(text: str, names: KnownNames) -> tuple[Layer, dict[str, SuggestionInfo]]:
    """Every known name where it occurs in ``text``, as suggested spans (see the module)."""
    folded_text = fold(text)
    found: dict[tuple[str, int, int], tuple[dict, bool]] = {}
    for folded, labels in names.labels.items():
        core = folded[2:] if folded.startswith("ال") else folded
        if core.split(" ", 1)[0] not in folded_text:
            continue  # cheap test first: the name's first word is nowhere in the text
        conflict = len(labels) > 1
        for start, end in find_all(text, names.written[folded]):
            place = _place(text, start, end, folded)
            if place is None:
                continue
            for label in labels:
                found.setdefault((label, place[0], place[1]), (place[2], conflict))
    layer = Layer(SUGGEST)
    info: dict[str, SuggestionInfo] = {}
    kept: list[tuple[str, int, int]] = []
    # the longest name wins where names of one label overlap (ليو جيه يي, not ليو in it)
    for label, start, end in sorted(found, key=lambda k: (k[1] - k[2], k[1], k[0])):
        if any(lb == label and s < end and start < e for lb, s, e in kept):
            continue
        kept.append((label, start, end))
    for label, start, end in sorted(kept, key=lambda k: (k[1], -k[2], k[0])):
        attrs, conflict = found[(label, start, end)]
        span = Span(f"s{len(layer.spans) + 1}", start, end, label, text[start:end], None,
                    dict(attrs))  # fmt: skip
        layer.spans.append(span)
        source = "names:conflict" if conflict else "names"
        score = CONFLICT_SCORE if conflict else SCORE
        info[span.id] = SuggestionInfo("span", span_key(span), source, score)
    return layer, info


def _place(text: str, start: int, end: int, folded: str) -> tuple[int, int, dict] | None:
    """The span of a hit that is the whole name after its proclitics, or None."""
    hit = fold(text[start:end])
    for prefix in _PREFIXES:
        if hit == prefix + folded:
            return _skip_letters(text, start, len(prefix)), end, {}
        merged = folded.startswith("ال") and prefix in ("", "و", "ف")
        if merged and hit == prefix + "لل" + folded[2:]:
            return _skip_letters(text, start, len(prefix)), end, {"clitics": ["ل"]}
    return None


def _skip_letters(text: str, start: int, letters: int) -> int:
    """The offset after ``letters`` letters from ``start`` and the marks on them."""
    at = start
    for _ in range(letters):
        at += 1
        while at < len(text) and fold(text[at]) == "":
            at += 1
    return at
