"""Suggestions, measured: how right they are, and how fast they come.

Quality, on annotated articles (native JSONL, the reference layer named ``gold`` or the one
layer a record has):

- QUOTE F1 by overlap: a suggested quote and a reference quote match when they share a
  character (each matched once, in order);
- CUE F1, exact: same start and end;
- speakers right: of the suggested quotes that match a reference quote, the share whose
  suggested SPEAKER is a mention of the reference speaker's entity (or overlaps the reference
  speaker span itself); a found quote without a suggested speaker counts as wrong;
- the name model's precision, recall and F1 per label, cross-validated by document.

The evaluation set is ``tests/fixtures/eval-news/`` (texts written by others, annotated for
this purpose and never shown to whoever writes the rules) when the checkout has one; the seed
article (``tests/data/seed-attributed.jsonl``) is measured too, labelled as seen while the rules
were written, so its numbers are an upper bound, not an estimate.

Speed: ``workbench suggest`` (rules and names) over 1,000 articles, against reading and
tokenizing the same articles in the same run.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

from workbench.bench.report import Result
from workbench.core.bundled import seeds_dir
from workbench.core.model import GOLD, SUGGEST, Document, Layer, Span
from workbench.core.tokens import tokenize
from workbench.formats.importer import import_paths
from workbench.store.project import Project
from workbench.workflow.train import cross_validate, examples

ROOT = Path(__file__).resolve().parents[2]
EVAL_SET = ROOT / "tests" / "fixtures" / "eval-news"
SEED_ATTRIBUTED = ROOT / "tests" / "data" / "seed-attributed.jsonl"
TARGETS = {"QUOTE F1 (overlap)": 0.85, "CUE F1 (exact)": 0.9, "speakers right": 0.75}


@dataclass
class Quality:
    """Counts behind the three quality numbers, summed over documents."""

    quotes_found: int = 0  # suggested quotes that match a reference quote
    quotes_suggested: int = 0
    quotes_reference: int = 0
    cues_exact: int = 0
    cues_suggested: int = 0
    cues_reference: int = 0
    speakers_right: int = 0
    misses: list[str] | None = None  # the kinds of reference quotes not found

    def add(self, other: Quality) -> None:
        for counted in fields(self):
            if counted.name != "misses":
                name = counted.name
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses = (self.misses or []) + (other.misses or [])

    @staticmethod
    def _f1(matched: int, suggested: int, reference: int) -> float:
        total = suggested + reference
        return 2 * matched / total if total else 0.0

    @property
    def quote_f1(self) -> float:
        return self._f1(self.quotes_found, self.quotes_suggested, self.quotes_reference)

    @property
    def cue_f1(self) -> float:
        return self._f1(self.cues_exact, self.cues_suggested, self.cues_reference)

    @property
    def speakers(self) -> float:
        return self.speakers_right / self.quotes_found if self.quotes_found else 0.0


def _of(layer: Layer, label: str) -> list[Span]:
    return sorted((s for s in layer.spans if s.label == label), key=lambda s: (s.start, s.end))


def _speaker(layer: Layer, quote: Span) -> Span | None:
    spans = {s.id: s for s in layer.spans}
    for relation in layer.relations:
        if relation.label == "SPEAKER" and relation.head == quote.id and relation.tail in spans:
            return spans[relation.tail]
    return None


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def compare(reference: Layer, suggested: Layer) -> Quality:
    """The quality counts of one document's suggestions against its reference layer."""
    quality = Quality(misses=[])
    ref_quotes, sug_quotes = _of(reference, "QUOTE"), _of(suggested, "QUOTE")
    quality.quotes_reference, quality.quotes_suggested = len(ref_quotes), len(sug_quotes)
    taken: set[str] = set()
    for ref in ref_quotes:
        found = next((s for s in sug_quotes if s.id not in taken and _overlap(s, ref)), None)
        if found is None:
            quality.misses.append(str(ref.attrs.get("kind", "unknown")))
            continue
        taken.add(found.id)
        quality.quotes_found += 1
        if _speaker_right(reference, ref, suggested, found):
            quality.speakers_right += 1
    ref_cues = {(s.start, s.end) for s in _of(reference, "CUE")}
    sug_cues = {(s.start, s.end) for s in _of(suggested, "CUE")}
    quality.cues_reference, quality.cues_suggested = len(ref_cues), len(sug_cues)
    quality.cues_exact = len(ref_cues & sug_cues)
    return quality


def _speaker_right(reference: Layer, ref_quote: Span, suggested: Layer, quote: Span) -> bool:
    ref_speaker, sug_speaker = _speaker(reference, ref_quote), _speaker(suggested, quote)
    if ref_speaker is None or sug_speaker is None:
        return False
    if ref_speaker.entity is None:
        right = [ref_speaker]
    else:
        right = [s for s in reference.spans if s.entity == ref_speaker.entity]
    # the suggested speaker, or any mention its suggested entity groups with it
    said = [sug_speaker]
    if sug_speaker.entity is not None:
        said = [s for s in suggested.spans if s.entity == sug_speaker.entity]
    return any(_overlap(a, b) for a in said for b in right)


def _reference(project: Project, doc_id: str) -> Layer | None:
    gold = project.layer(doc_id, GOLD)
    if gold is not None:
        return gold
    layers = [layer for layer in project.layers(doc_id) if layer.annotator != SUGGEST]
    return layers[0] if layers else None


def measure(project: Project, doc_ids: Iterable[str]) -> Quality:
    """Run the suggestions (rules and names) on the documents and compare each with its
    reference layer."""
    from workbench.workflow.suggest import suggest

    doc_ids = list(doc_ids)
    suggest(project, doc_ids, using=("rules", "names"))
    total = Quality(misses=[])
    for doc_id in doc_ids:
        reference = _reference(project, doc_id)
        if reference is None:
            continue
        total.add(compare(reference, project.layer(doc_id, SUGGEST) or Layer(SUGGEST)))
    return total


def _quality_results(label: str, quality: Quality, seconds: float) -> list[Result]:
    values = {
        "QUOTE F1 (overlap)": quality.quote_f1,
        "CUE F1 (exact)": quality.cue_f1,
        "speakers right": quality.speakers,
    }
    return [
        Result(
            name=f"{name}, {label}",
            seconds=seconds,
            baseline_seconds=0.0,
            baseline=(
                f"none: a score (time is the suggestion run); {quality.quotes_reference} "
                f"reference quotes, {quality.quotes_suggested} suggested, "
                f"{quality.quotes_found} found; missed kinds: "
                f"{_counted(quality.misses or [])}"
            ),
            ratio=value,
            target=TARGETS[name],
            higher_is_better=True,
            unit="",
        )
        for name, value in values.items()
    ]


def _counted(kinds: list[str]) -> str:
    if not kinds:
        return "none"
    return ", ".join(f"{kind} {kinds.count(kind)}" for kind in sorted(set(kinds)))


def _project_of(folder: Path, name: str, paths: list[Path]) -> Project:
    project = Project.create(folder / f"{name}.wbproj")
    import_paths(project, paths)
    return project


def bench_quality(folder: Path) -> list[Result]:
    results = []
    sets = []
    eval_files = sorted(EVAL_SET.glob("*.jsonl")) if EVAL_SET.is_dir() else []
    if eval_files:
        sets.append(("eval set (unseen Wojood sentences)", "eval", eval_files))
    if SEED_ATTRIBUTED.exists():
        sets.append(("seed article (seen: upper bound)", "seed", [SEED_ATTRIBUTED]))
    for label, name, paths in sets:
        with _project_of(folder, name, paths) as project:
            start = time.perf_counter()
            quality = measure(project, project.document_ids())
            results += _quality_results(label, quality, time.perf_counter() - start)
    return results


def _paragraph_project(folder: Path) -> Project:
    """The seed's attribution cut into one document per paragraph, with the spans inside each
    (the project's own data when no evaluation set is there)."""
    record = json.loads(SEED_ATTRIBUTED.read_text(encoding="utf-8").splitlines()[0])
    text, lines = record["text"], []
    start = 0
    for n, paragraph in enumerate(record["text"].split("\n")):
        end = start + len(paragraph)
        spans = [
            {
                k: v
                for k, v in dict(s, start=s["start"] - start, end=s["end"] - start).items()
                if k != "entity"
            }
            for s in record["spans"]
            if start <= s["start"] and s["end"] <= end
        ]
        if paragraph.strip():
            lines.append(
                {
                    "id": f"p{n}",
                    "text": text[start:end],
                    "annotator": "gold",
                    "status": "done",
                    "spans": spans,
                }
            )
        start = end + 1
    path = folder / "paragraphs.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), "utf-8")
    return _project_of(folder, "paragraphs", [path])


def bench_model(folder: Path) -> list[Result]:
    """The name model's cross-validated F1 per label: on the evaluation set when there is one,
    else on the seed article's paragraphs."""
    eval_files = sorted(EVAL_SET.glob("*.jsonl")) if EVAL_SET.is_dir() else []
    if eval_files:
        project, label = _project_of(folder, "model-eval", eval_files), "eval set"
    elif SEED_ATTRIBUTED.exists():
        project, label = _paragraph_project(folder), "seed paragraphs"
    else:
        return []
    with project:
        found = examples(project)
        start = time.perf_counter()
        scores, folds = cross_validate(found)
        seconds = time.perf_counter() - start
    return [
        Result(
            name=f"model {score.label} F1, {folds}-fold CV on {label}",
            seconds=seconds,
            baseline_seconds=0.0,
            baseline=(
                f"none: a score; {score.gold} reference spans, precision "
                f"{_number(score.precision)}, recall {_number(score.recall)}"
            ),
            ratio=score.f1 or 0.0,
            target=None,
            higher_is_better=True,
            unit="",
        )
        for score in scores
    ]


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def articles(count: int, seed: int = 5) -> list[Document]:
    """``count`` news articles made of the seed article's paragraphs in shuffled orders."""
    text = next(seeds_dir().glob("*.txt")).read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n") if p.strip()]
    rng = random.Random(seed)
    docs = []
    for n in range(count):
        chosen = rng.sample(paragraphs, k=min(len(paragraphs), 6))
        docs.append(Document(f"a{n:05d}", "\n".join(chosen), {}))
    return docs


def bench_speed(folder: Path, count: int = 1000) -> list[Result]:
    from workbench.workflow.suggest import suggest

    docs = articles(count)
    with Project.create(folder / "speed.wbproj") as project:
        project.add_documents(docs)
        ids = project.document_ids()
        start = time.perf_counter()
        for doc_id in ids:  # the baseline: read each article and tokenize it
            tokenize(project.document(doc_id).text)
        baseline = time.perf_counter() - start
        start = time.perf_counter()
        suggest(project, ids, using=("rules", "names"))
        seconds = time.perf_counter() - start
    return [
        Result(
            name=f"suggest (rules, names) for {count:,} articles",
            seconds=seconds,
            baseline_seconds=baseline,
            baseline="reading and tokenizing the same articles from the project",
            ratio=seconds / baseline if baseline else 0.0,
            target=None,
            higher_is_better=False,
            unit="x",
        )
    ]


def bench_suggest(folder: Path, count: int = 1000) -> list[Result]:
    return bench_quality(folder) + bench_model(folder) + bench_speed(folder, count)
