"""Synthetic Arabic news data for the benchmark, made the same way on every run."""

from __future__ import annotations

import random

from workbench.core.model import Document, Layer, Span

WORDS = [
    "دعا",
    "مبعوث",
    "صيني",
    "لدى",
    "الأمم",
    "المتحدة",
    "يوم",
    "الأربعاء",
    "موردى",
    "خدمات",
    "الإنترنت",
    "إلى",
    "تعزيز",
    "الانضباط",
    "الذاتي",
    "والأخذ",
    "بزمام",
    "المبادرة",
    "في",
    "مكافحة",
    "الإرهاب",
    "وأضاف",
    "ليو",
    "أنه",
    "يتعين",
    "على",
    "المجتمع",
    "الدولي",
    "منع",
    "المنظمات",
    "الإرهابية",
    "من",
    "استخدام",
    "الإنترنت",
    "لإصدار",
    "مواد",
    "سمعية",
    "وبصرية",
    "قال",
    "ستيفن",
    "كراون",
    "نائب",
    "رئيس",
    "شركة",
    "ميكروسوف",
    "إن",
    "التحدى",
    "المتمثل",
    "في",
    "الدعاية",
    "والاتصالات",
    "المتعلقة",
    "بالإرهاب",
]
LABELS = ("PER", "ORG", "GPE", "LOC", "TITLE", "QUOTE", "CUE")


def article(rng: random.Random, chars: int) -> str:
    words: list[str] = []
    length = 0
    while length < chars:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
        if rng.random() < 0.05:
            words[-1] += "."
        if rng.random() < 0.01:
            words[-1] += "\n"
    return " ".join(words).replace("\n ", "\n")


def documents(count: int, chars: int = 1500, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    return [
        Document(f"doc{i:06d}", article(rng, chars), {"title": f"مقال {i}", "source": "bench"})
        for i in range(count)
    ]


def word_spans(text: str, count: int, rng: random.Random, prefix: str = "s") -> list[Span]:
    """``count`` spans on whole words (1 to 6 words long), overlapping freely, never two with
    the same label and offsets (the store refuses duplicates)."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c in " \n"]
    spans: list[Span] = []
    seen: set[tuple[int, int, str]] = set()
    for _attempt in range(count * 20):
        if len(spans) == count:
            break
        first = rng.randrange(len(starts) - 1)
        last = min(len(starts) - 1, first + rng.randint(1, 6))
        start, end = starts[first], starts[last] - 1
        while end > start and text[end - 1] in ". \n":
            end -= 1
        if end <= start:
            end = start + 1
        label = rng.choice(LABELS)
        if (start, end, label) not in seen:
            seen.add((start, end, label))
            spans.append(Span(f"{prefix}{len(spans) + 1}", start, end, label, text[start:end]))
    return spans


def annotated_layers(docs: list[Document], spans_per_doc: int, seed: int = 11) -> list[Layer]:
    rng = random.Random(seed)
    return [Layer("alice", "done", word_spans(d.text, spans_per_doc, rng)) for d in docs]
