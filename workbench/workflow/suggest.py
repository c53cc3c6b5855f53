"""Fill the suggestion layer of a project's documents: ``suggest(project, doc_ids, using)``.

Sources (``using``): ``rules`` (the attribution rules of ``core.suggest.quotes``), ``names``
(every name annotated in the project's done and gold layers, where it occurs again:
``core.suggest.names``) and ``model`` (the model ``workbench train`` stored:
``workflow.train.model_suggester``). Their suggestions are combined into one layer per
document (``core.suggest.combine``), fitted to the project's schema, and written with
``Project.replace_suggestions``: what an annotator decided on stays, the rest is replaced, a
rejected suggestion never comes back. No other layer is touched.

The suggestions are computed first, holding no lock on the project (the window's edits go on
meanwhile), then written in one transaction: a run cancelled (``cancelled()`` true between
documents) or failed leaves the project as it was.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from workbench.core.counts import count
from workbench.core.errors import ProjectError, ValidationError
from workbench.core.model import GOLD, SUGGEST, Layer
from workbench.core.suggest.combine import Part, combine, fit_to_schema
from workbench.core.suggest.names import KnownNames, known_names, name_suggestions
from workbench.core.suggest.quotes import attribution
from workbench.store.project import Project

SOURCES = ("rules", "names", "model")


@dataclass
class SuggestReport:
    """What a run made: documents, the suggestions now in their layers (by label and by
    source), names annotated with two labels, and whether it was cancelled."""

    documents: int = 0
    spans: Counter = field(default_factory=Counter)  # label -> suggested spans
    relations: int = 0
    entities: int = 0
    sources: Counter = field(default_factory=Counter)  # source -> items
    conflicts: dict[str, list[str]] = field(default_factory=dict)
    cancelled: bool = False

    def summary(self) -> str:
        if self.cancelled:
            return "cancelled: no suggestion was changed"
        spans = sum(self.spans.values())
        lines = [
            f"suggested {count(spans, 'span')}, {count(self.relations, 'relation')} and "
            f"{count(self.entities, 'entity', 'entities')} in "
            f"{count(self.documents, 'document')}"
        ]
        if spans:
            lines.append(
                "  " + ", ".join(f"{label} {n}" for label, n in sorted(self.spans.items()))
            )
        if self.sources:
            by_source = ", ".join(f"{source} {n}" for source, n in sorted(self.sources.items()))
            lines.append(f"  by source: {by_source}")
        for name, labels in self.conflicts.items():
            lines.append(f"  {name!r} is annotated as {' and as '.join(labels)}: both suggested")
        return "\n".join(lines)


def parse_sources(text: str) -> tuple[str, ...]:
    """``rules,names`` -> ("rules", "names"); an unknown source is an error naming it."""
    chosen = tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    unknown = [s for s in chosen if s not in SOURCES]
    if unknown or not chosen:
        raise ValidationError(
            f"unknown suggestion source {', '.join(map(repr, unknown)) or repr(text)} "
            f"(choose from {', '.join(SOURCES)})"
        )
    return chosen


def default_sources(project: Project) -> tuple[str, ...]:
    """rules and names, and the model when one is stored."""
    from workbench.workflow.train import MODEL_NAME

    return SOURCES if project.model(MODEL_NAME) is not None else SOURCES[:2]


def project_names(project: Project) -> KnownNames:
    """The names of every done or gold layer of the project."""
    return known_names(
        layer
        for _doc, layer in project.iter_layers("all", "any")
        if layer is not None
        and layer.annotator != SUGGEST
        and (layer.annotator == GOLD or layer.status == "done")
    )


def suggest(
    project: Project,
    doc_ids: Iterable[str] | None = None,
    using: Iterable[str] = SOURCES,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SuggestReport:
    """Suggest for ``doc_ids`` (every document when None) from the sources ``using``."""
    sources = tuple(dict.fromkeys(using))
    if not sources or any(s not in SOURCES for s in sources):
        parse_sources(",".join(sources))  # raises, naming the unknown source
    known = project.document_ids()
    chosen = list(dict.fromkeys(doc_ids)) if doc_ids else known
    known_set = set(known)
    missing = [d for d in chosen if d not in known_set]
    if missing:
        raise ProjectError(f"no document {', '.join(map(repr, missing))}", str(project.path))
    model = _model(project) if "model" in sources else None
    names = project_names(project) if "names" in sources else None
    report = SuggestReport(conflicts=names.conflicts() if names else {})
    # Computed first, holding no lock (the window's edits go on meanwhile), then written in one
    # short transaction: a cancelled run writes nothing.
    computed: list[tuple[str, Part]] = []
    for n, doc_id in enumerate(chosen):
        if cancelled is not None and cancelled():
            return SuggestReport(cancelled=True)
        computed.append((doc_id, _suggestions(project, doc_id, sources, names, model)))
        if progress is not None:
            progress(n + 1, len(chosen))
    if cancelled is not None and cancelled():
        return SuggestReport(cancelled=True)
    with project.transaction():
        for doc_id, part in computed:
            project.replace_suggestions(doc_id, *part)
            _count(report, project, doc_id)
    return report


def _model(project: Project) -> Callable[[str], Part]:
    """The stored model's suggestions, one document at a time (the model read once); an error
    when no model was trained."""
    from workbench.workflow.train import MODEL_NAME, model_suggester

    if project.model(MODEL_NAME) is None:
        raise ProjectError(
            "no model trained; run 'workbench train PROJECT' first", str(project.path)
        )
    return model_suggester(project)


def _suggestions(
    project: Project,
    doc_id: str,
    sources: tuple[str, ...],
    names: KnownNames | None,
    model: Callable[[str], Part] | None,
) -> Part:
    text = project.document(doc_id).text
    parts: list[Part] = []
    if "rules" in sources:
        parts.append(attribution(text))
    if names is not None:
        parts.append(name_suggestions(text, names))
    if model is not None:
        parts.append(model(doc_id))
    layer, info = fit_to_schema(combine(parts), project.schema)
    return layer, info


def _count(report: SuggestReport, project: Project, doc_id: str) -> None:
    layer = project.layer(doc_id, SUGGEST) or Layer(SUGGEST)
    info = project.suggestion_info(doc_id)
    report.documents += 1
    report.spans.update(s.label for s in layer.spans)
    report.relations += len(layer.relations)
    report.entities += len(layer.entities)
    report.sources.update(i.source.split(":", 1)[0] for i in info.values())
