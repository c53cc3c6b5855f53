"""Import files into a project: everything lands in one transaction, or nothing does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.errors import FormatError, ValidationError, WorkbenchError
from workbench.core.model import Document, Layer, first_line_title
from workbench.core.text import normalize_text
from workbench.formats.brat import read_folder
from workbench.formats.conll import read_conll
from workbench.formats.doccano import is_doccano, read_doccano
from workbench.formats.encoding import decode_bytes
from workbench.formats.jsonl import read_jsonl
from workbench.store.project import Project

FORMATS = ("auto", "txt", "jsonl", "brat", "doccano", "conll")
_SUFFIXES = {
    ".txt": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".conll": "conll",
    ".conllu": "conll",
    ".bio": "conll",
    ".iob": "conll",
}

Progress = Callable[[int], None]


@dataclass
class ImportReport:
    documents_added: int = 0
    documents_unchanged: int = 0
    layers_added: int = 0
    layers_replaced: int = 0
    layers_unchanged: int = 0
    spans: int = 0
    relations: int = 0
    entities: int = 0
    files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{self.documents_added} documents added"]
        if self.documents_unchanged:
            parts.append(f"{self.documents_unchanged} already present")
        if self.layers_added or self.layers_replaced or self.layers_unchanged:
            parts.append(
                f"{self.layers_added} layers added, {self.layers_replaced} replaced, "
                f"{self.layers_unchanged} unchanged"
            )
        if self.spans or self.relations or self.entities:
            parts.append(
                f"{self.spans} spans, {self.relations} relations, {self.entities} entities"
            )
        return "; ".join(parts) + "".join(f"\nwarning: {w}" for w in self.warnings)


def expand_paths(paths: list[str | Path], fmt: str = "auto") -> list[tuple[Path, str]]:
    """Files to read with their format; folders contribute the files of known suffixes."""
    out: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise FormatError("no such file or folder", str(path))
        if path.is_dir() and (fmt == "brat" or (fmt == "auto" and any(path.glob("*.ann")))):
            out.append((path, "brat"))  # a brat folder: .txt + .ann pairs
            continue
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            kind = fmt if fmt != "auto" else _SUFFIXES.get(file.suffix.lower())
            if kind is None:
                if path.is_dir():
                    continue
                raise FormatError(
                    f"cannot tell the format from the suffix {file.suffix!r}; "
                    f"pass --format ({', '.join(FORMATS[1:])})",
                    str(file),
                )
            out.append((file, kind))
    if not out:
        raise FormatError("no importable files found", ", ".join(str(p) for p in paths))
    return out


def read_txt(path: Path, encoding: str | None = None) -> Document:
    """One plain text file is one document; its id is the file name without the suffix."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormatError(f"cannot read: {exc.strerror}", str(path)) from None
    text = normalize_text(decode_bytes(data, str(path), encoding))
    if not text.strip():
        raise FormatError("the file holds no text", str(path))
    return Document(path.stem, text, {"title": first_line_title(text), "source": path.name})


def _items(
    file: Path,
    kind: str,
    project: Project,
    annotator: str | None,
    encoding: str | None,
    report: ImportReport,
) -> Iterator[tuple[int | None, Document, Layer | None]]:
    if kind == "txt":
        yield None, read_txt(file, encoding), None
    elif kind == "jsonl" and not is_doccano(file):
        yield from read_jsonl(file, project.schema, annotator)
    elif kind in ("jsonl", "doccano"):
        yield from read_doccano(file, project.schema, annotator or "doccano")
    elif kind == "brat":
        for _line, found in read_folder(file, project.schema, annotator or "brat"):
            report.warnings.extend(f"{file / found.document.id}.ann: {w}" for w in found.warnings)
            yield None, found.document, found.layer
    elif kind == "conll":
        yield from read_conll(file, project.schema, annotator or "conll", encoding, report.warnings)
    else:
        raise FormatError(f"format {kind!r} is not supported for import", str(file))


def import_paths(
    project: Project,
    paths: list[str | Path],
    fmt: str = "auto",
    annotator: str | None = None,
    encoding: str | None = None,
    replace: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import files; on any error nothing is written and the error names file and line."""
    files = expand_paths(paths, fmt)
    report = ImportReport(files=[str(f) for f, _ in files])
    with project.transaction():
        writer = _Writer(project, replace, report)
        for file, kind in files:
            for line, doc, layer in _items(file, kind, project, annotator, encoding, report):
                try:
                    writer.add(doc, layer)
                except WorkbenchError as exc:
                    raise exc.located(str(file), line) from None
            if progress and file.is_file():
                progress(file.stat().st_size)
        writer.flush()
    return report


class _Writer:
    """Writes documents in batches and layers one by one, counting what changed."""

    BATCH = 500

    def __init__(self, project: Project, replace: bool, report: ImportReport):
        self.project = project
        self.replace = replace
        self.report = report
        self.known = project.document_shas()
        self.pending: list[Document] = []
        self.seen_docs: set[str] = set()
        self.seen_layers: set[tuple[str, str]] = set()

    def flush(self) -> None:
        self.project.add_documents(self.pending)
        self.pending = []

    def add(self, doc: Document, layer: Layer | None) -> None:
        existing_sha = self.known.get(doc.id)
        if existing_sha is None:
            self.known[doc.id] = doc.sha256
            self.pending.append(doc)
            self.report.documents_added += 1
            if len(self.pending) >= self.BATCH:
                self.flush()
        elif existing_sha != doc.sha256:
            raise ValidationError(
                f"document {doc.id!r} is already in the project with a different text; "
                "annotations depend on the text, so it cannot change (give it another id)"
            )
        elif doc.id not in self.seen_docs:
            self.report.documents_unchanged += 1
        self.seen_docs.add(doc.id)
        if layer is not None:
            self.flush()
            self._add_layer(doc, layer)

    def _add_layer(self, doc: Document, layer: Layer) -> None:
        key = (doc.id, layer.annotator)
        if key in self.seen_layers:
            raise ValidationError(f"document {doc.id!r} has a second layer for {layer.annotator!r}")
        self.seen_layers.add(key)
        current = self.project.layer(doc.id, layer.annotator)
        if current == layer:
            self.report.layers_unchanged += 1
            return
        if current is not None and not self.replace:
            raise ValidationError(
                f"{layer.annotator!r} already has different annotations on {doc.id!r}; "
                "pass --replace to overwrite them"
            )
        self.project.replace_layer(doc.id, layer)
        if current is None:
            self.report.layers_added += 1
        else:
            self.report.layers_replaced += 1
        self.report.spans += len(layer.spans)
        self.report.relations += len(layer.relations)
        self.report.entities += len(layer.entities)
