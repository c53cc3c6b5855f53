"""Exports of a project to files; a file is written whole (to a temporary name, then renamed)."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.errors import FormatError
from workbench.formats.brat import write_ann
from workbench.formats.brat_conf import write_conf
from workbench.formats.doccano import layer_to_record
from workbench.formats.doccano import left_out as doccano_left_out
from workbench.formats.jsonl import dumps, write_jsonl
from workbench.formats.training import hf_record, prodigy_record, tag_names
from workbench.store.project import Project

EXPORT_FORMATS = ("jsonl", "corpus", "brat", "doccano", "hf", "prodigy", "spacy")


@contextlib.contextmanager
def atomic_text_file(path: str | Path) -> Iterator:
    """Write a text file so that readers see the old file or the whole new one, never half."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FormatError("the folder for the output does not exist", str(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@dataclass
class ExportReport:
    written: int = 0
    what: str = "records"
    left_out: dict[str, int] = field(default_factory=dict)

    def add_left_out(self, counts: dict[str, int]) -> None:
        for key, amount in counts.items():
            self.left_out[key] = self.left_out.get(key, 0) + amount

    def summary(self, out: str | Path, fmt: str) -> str:
        line = f"wrote {self.written} {self.what} to {out}"
        if self.left_out:
            lost = ", ".join(f"{n} x {what}" for what, n in sorted(self.left_out.items()))
            line += f"\nnot carried by {fmt}: {lost}"
        return line


def export_project(
    project: Project,
    out: str | Path,
    fmt: str = "jsonl",
    layer: str = "all",
    status: str = "any",
    progress=None,
    shape: str = "relations",
) -> ExportReport:
    """Export the selected layers to ``out`` in ``fmt``; what the format cannot carry is
    counted in the report, never dropped silently."""
    if fmt == "corpus":
        from workbench.formats.corpus import export_corpus

        return ExportReport(export_corpus(project, out, layer, status)["spans"], "spans")
    if fmt not in EXPORT_FORMATS:
        raise FormatError(f"export format {fmt!r} is not supported", str(out))
    report = ExportReport()
    # One read transaction: the export is a consistent snapshot even while others write.
    with project.read_snapshot():
        if fmt == "brat":
            return _export_brat(project, Path(out), layer, status, report)
        if fmt == "spacy":
            return _export_spacy(project, Path(out), layer, status, report)
        with atomic_text_file(out) as handle:
            if fmt == "jsonl":
                records = project.iter_records(layer=layer, status=status)
                if progress is not None:
                    records = _counted(records, progress)
                report.written = write_jsonl(records, handle)
                return report
            for doc, found in project.iter_layers(layer, status):
                if found is None:
                    report.add_left_out({"documents without annotations": 1})
                    continue
                record, lost = _training_record(fmt, doc, found, shape)
                report.add_left_out(lost)
                handle.write(dumps(record) + "\n")
                report.written += 1
                if progress is not None:
                    progress(1)
    if fmt == "hf":
        names = Path(str(out) + ".labels.json")
        with atomic_text_file(names) as handle:
            json.dump(tag_names(project.schema), handle, ensure_ascii=False, indent=2)
    return report


def _training_record(fmt: str, doc, layer, shape: str):
    if fmt == "hf":
        return hf_record(doc, layer)
    if fmt == "prodigy":
        return prodigy_record(doc, layer)
    return layer_to_record(doc, layer, shape), doccano_left_out(layer, shape)


def _export_brat(project, out: Path, layer: str, status: str, report: ExportReport):
    """NAME.txt + NAME.ann per document, and annotation.conf; a folder per annotator when
    several layers are exported."""
    if out.exists() and not out.is_dir():
        raise FormatError("brat export needs a folder (this is a file)", str(out))
    items = [(doc, found) for doc, found in project.iter_layers(layer, status) if found]
    annotators = {found.annotator for _doc, found in items}
    for doc, found in items:
        folder = out / found.annotator if len(annotators) > 1 else out
        folder.mkdir(parents=True, exist_ok=True)
        ann, lost = write_ann(doc.text, found)
        report.add_left_out(lost)
        with atomic_text_file(folder / f"{doc.id}.txt") as handle:
            handle.write(doc.text)
        with atomic_text_file(folder / f"{doc.id}.ann") as handle:
            handle.write(ann)
        if not (folder / "annotation.conf").exists():
            with atomic_text_file(folder / "annotation.conf") as handle:
                handle.write(write_conf(project.schema))
        report.written += 1
    report.what = "documents"
    return report


def _export_spacy(project, out: Path, layer: str, status: str, report: ExportReport):
    try:
        from workbench.formats.training import spacy_docbin

        items = [(doc, found) for doc, found in project.iter_layers(layer, status) if found]
        docbin = spacy_docbin(items, project.schema)
    except ImportError:
        raise FormatError(
            "the spacy format needs spaCy: pip install 'rtl-workbench[spacy]'", str(out)
        ) from None
    data = docbin.to_bytes()
    partial = out.with_name(out.name + ".part")
    partial.write_bytes(data)
    partial.replace(out)
    report.written = len(items)
    return report


def _counted(records, progress):
    for record in records:
        progress(1)
        yield record
