"""Agreement over 1,000 documents x 3 annotators, against NLTK's AnnotationTask, and the whole
report over 10,000 documents x 3 annotators against the 30 s target.

Ours is the whole project report (every pair: each measure of ``agreement.measures``; and the
token alpha and unitizing alpha of all three), read from the project file. NLTK is given the
token-level triples ready made and computes only Krippendorff's alpha over them; both alphas
must come out equal, or the benchmark fails. On 10,000 documents the report is timed as the
command computes it and as the agreement view does (every pair broken down by label and by
document, with the list of disagreements); the yardstick measured in the same run is reading
what any report must read: every document's text and layers, one document at a time.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from workbench.agreement.coefficients import krippendorff_alpha
from workbench.agreement.measures import ALL_ANNOTATORS, MEASURES, TOKEN_ALPHA, token_value
from workbench.agreement.project import agreement_report, load_documents
from workbench.bench.data import documents, word_spans
from workbench.bench.report import Result
from workbench.core.model import Layer, Relation, Span
from workbench.store.project import Project

ANNOTATORS = ("alice", "bob", "carol")
LARGE = 10_000  # documents of the 30 s case
TARGET_SECONDS = 30.0


def perturbed(spans: list[Span], text: str, rng: random.Random) -> list[Span]:
    """Another annotator's version: some spans missed, relabelled or with other boundaries."""
    out = []
    for span in spans:
        roll = rng.random()
        if roll < 0.08:
            continue
        label, start, end = span.label, span.start, span.end
        if roll < 0.16:
            label = rng.choice([lab for lab in ("PER", "ORG", "GPE", "LOC") if lab != label])
        elif roll < 0.24:
            space = text.find(" ", end + 1)
            end = space if 0 < space < len(text) and text[end] == " " else end
        if all((s.label, s.start, s.end) != (label, start, end) for s in out):  # no duplicate
            out.append(Span(span.id, start, end, label, text[start:end]))
    return out


def speaker_links(spans: list[Span]) -> list[Relation]:
    people = [s for s in spans if s.label == "PER"]
    links = []
    for quote in (s for s in spans if s.label == "QUOTE"):
        if people:
            nearest = min(people, key=lambda p: abs(p.start - quote.start))
            links.append(Relation(f"r{len(links) + 1}", "SPEAKER", quote.id, nearest.id))
    return links


def build(path: Path, docs: int, spans_per_doc: int) -> None:
    rng = random.Random(5)
    texts = documents(docs, chars=1200)
    with Project.create(path) as project, project.transaction():
        project.add_documents(texts)
        for doc in texts:
            base = word_spans(doc.text, spans_per_doc, rng)
            for name in ANNOTATORS:
                spans = base if name == "alice" else perturbed(base, doc.text, rng)
                layer = Layer(name, "done", spans, speaker_links(spans))
                project.replace_layer(doc.id, layer)


def token_labels(project: Project) -> list[list[str]]:
    """Rows of coders, columns of tokens: each token's value as the report defines it."""
    _names, docs = load_documents(project, list(ANNOTATORS), "done")
    rows: list[list[str]] = [[] for _ in ANNOTATORS]
    for doc in docs:
        for row, name in zip(rows, ANNOTATORS, strict=True):
            row.extend(token_value(labels) for labels in doc.token_labels(name))
    return rows


def reading_seconds(project: Project) -> float:
    """How long reading every document's text and layers takes, one document at a time."""
    started = time.perf_counter()
    with project.read_snapshot():
        for doc_id in project.document_ids():
            project.document(doc_id)
            project.layers(doc_id)
    return time.perf_counter() - started


def bench_large(folder: Path, docs: int = LARGE, spans_per_doc: int = 20) -> list[Result]:
    """The report over ``docs`` documents x 3 annotators, as the command and as the view."""
    path = folder / "agreement-large.wbproj"
    build(path, docs, spans_per_doc)
    results = []
    with Project.open(path) as project:
        reading = reading_seconds(project)
        for how, view in (
            ("the command's report", False),
            ("the view's report (by label, by document, disagreements)", True),
        ):
            started, cpu = time.perf_counter(), time.process_time()
            by = "all" if view else None
            agreement_report(project, list(ANNOTATORS), "done", by, disagreements=view)
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            results.append(
                Result(
                    name=f"agreement, {docs:,} documents x 3 annotators, {how} (CPU {cpu:.1f} s)",
                    seconds=seconds,
                    baseline_seconds=reading,
                    baseline=(
                        "reading every text and layer, one document at a time "
                        "(project.document, project.layers); the ratio is ours over the "
                        f"{TARGET_SECONDS:g} s target"
                    ),
                    ratio=seconds / TARGET_SECONDS,
                    target=None if view else 1.0,
                    higher_is_better=False,
                    unit=f"x {TARGET_SECONDS:g} s",
                )
            )
    return results


def bench_agreement(folder: Path, docs: int = 1000, spans_per_doc: int = 20) -> list[Result]:
    try:
        from nltk.metrics.agreement import AnnotationTask
    except ImportError:
        raise SystemExit("the agreement benchmark compares with NLTK: pip install nltk") from None

    path = folder / "agreement.wbproj"
    build(path, docs, spans_per_doc)
    with Project.open(path) as project:
        started = time.perf_counter()
        report = agreement_report(project, list(ANNOTATORS), "done")
        whole = time.perf_counter() - started
        rows = token_labels(project)
    # the same token-level alpha, each library given the data in its documented form
    triples = [
        (name, i, v) for name, row in zip(ANNOTATORS, rows, strict=True) for i, v in enumerate(row)
    ]
    started = time.perf_counter()
    ours = krippendorff_alpha(rows)
    ours_seconds = time.perf_counter() - started
    started = time.perf_counter()
    theirs = AnnotationTask(data=triples).alpha()
    theirs_seconds = time.perf_counter() - started
    for value in (ours, report.overall.score(TOKEN_ALPHA).value):
        if value is None or abs(value - theirs) > 1e-6:
            raise AssertionError(f"token alpha differs from NLTK's: {value} vs {theirs}")
    return [
        Result(
            name=f"token alpha, {docs:,} documents x 3 annotators ({len(rows[0]):,} tokens)",
            seconds=ours_seconds,
            baseline_seconds=theirs_seconds,
            baseline=(
                "NLTK AnnotationTask(data=triples).alpha() on the same token labels, equal "
                "alpha; ours is krippendorff_alpha(rows of coders)"
            ),
            ratio=theirs_seconds / ours_seconds,
            target=10,
            higher_is_better=True,
            unit="x faster",
        ),
        Result(
            name=f"agreement report, {docs:,} documents x 3 annotators, every measure",
            seconds=whole,
            baseline_seconds=1.0,
            baseline=(
                "one second (the target is absolute: seconds); the report reads the project and "
                f"computes every pair's {', '.join(m.title for m in MEASURES)}, and the "
                f"{' and '.join(m.title for m in ALL_ANNOTATORS)} of all three"
            ),
            ratio=whole,
            target=10,
            higher_is_better=False,
            unit="seconds",
        ),
        *bench_large(folder),
    ]
