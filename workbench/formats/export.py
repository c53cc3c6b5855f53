"""Exports of a project to files; every output is written whole (``formats.atomic``)."""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from workbench.core.errors import FormatError
from workbench.formats.atomic import atomic_file, atomic_folder
from workbench.formats.brat import write_ann
from workbench.formats.brat_conf import write_conf
from workbench.formats.doccano import layer_to_record
from workbench.formats.doccano import left_out as doccano_left_out
from workbench.formats.jsonl import dumps, write_jsonl
from workbench.formats.labelstudio import task_of
from workbench.formats.layer_folders import ANNOTATORS, NAMES, OWN
from workbench.formats.losses import add, extras_lost
from workbench.formats.offset_units import SIDE_FILES, SIDE_SUFFIX, sentence, write_side_file
from workbench.formats.safe_names import path_component
from workbench.formats.training import hf_record, prodigy_record, tag_names
from workbench.formats.webanno import write_tsv
from workbench.store.identify import refuse_project_output
from workbench.store.project import Project

EXPORT_FORMATS = (
    "jsonl", "corpus", "brat", "doccano", "hf", "prodigy", "spacy", "labelstudio", "webanno",
    "parquet",
)  # fmt: skip


@dataclass
class ExportReport:
    written: int = 0
    what: str = "records"
    left_out: dict[str, int] = field(default_factory=dict)
    # for the side file: folder exports' annotator folders and cut names (formats.layer_folders)
    recorded: dict[str, dict[str, str]] = field(default_factory=dict)

    def add_left_out(self, counts: dict[str, int]) -> None:
        for key, amount in counts.items():
            self.left_out[key] = self.left_out.get(key, 0) + amount

    def summary(self, out: str | Path, fmt: str) -> str:
        line = f"wrote {self.written} {self.what} to {out}\n{sentence(fmt)}"
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
    shard_size: int | None = None,
) -> ExportReport:
    """Export the selected layers to ``out`` in ``fmt``; what the format cannot carry is
    counted in the report, never dropped silently. Formats of other tools get a side file
    saying what their offsets count (``formats.offset_units``); ours carry it as data."""
    report = _export(project, out, fmt, layer, status, progress, shape, shard_size)
    if fmt in SIDE_FILES:
        write_side_file(Path(out), fmt, report.recorded)
    return report


# what ``-o -`` can write to standard output: the text formats that are one file alone
STREAM_FORMATS = ("jsonl", "doccano", "prodigy", "labelstudio")


def export_to_stream(
    project: Project,
    stream: BinaryIO,
    fmt: str = "jsonl",
    layer: str = "all",
    status: str = "any",
    progress=None,
    shape: str = "relations",
) -> ExportReport:
    """Export to ``stream`` (standard output for ``-o -``) what ``export_project`` would write
    to a file, byte for byte (no side file: the export message says what the offsets count).
    Folder and binary formats, and hf (its tag names are a second file), are refused."""
    if fmt not in STREAM_FORMATS:
        kind = "a folder" if fmt in FOLDER_FORMATS or fmt == "parquet" else "a file of its own"
        raise FormatError(
            f"-o - (standard output) takes {', '.join(STREAM_FORMATS)}; {fmt} writes {kind}: "
            "name it with -o"
        )
    with tempfile.TemporaryDirectory(prefix="workbench-export-") as folder:
        out = Path(folder) / f"export.{fmt}"
        report = _export(project, out, fmt, layer, status, progress, shape, None)
        with open(out, "rb") as handle:
            shutil.copyfileobj(handle, stream)
    stream.flush()
    return report


def _export(project, out, fmt, layer, status, progress, shape, shard_size) -> ExportReport:
    refuse_project_output(out, project.path)
    if fmt == "corpus":
        from workbench.formats.corpus import export_corpus

        return ExportReport(export_corpus(project, out, layer, status)["spans"], "spans")
    if fmt == "parquet":
        from workbench.formats.parquet import SHARD_SIZE, export_parquet

        size = shard_size or SHARD_SIZE
        counts = export_parquet(project, out, layer, status, size, progress)
        rows = ", ".join(f"{n} {table}" for table, n in counts.items() if table != "documents")
        return ExportReport(counts["documents"], f"documents ({rows})")
    if fmt not in EXPORT_FORMATS:
        raise FormatError(f"export format {fmt!r} is not supported", str(out))
    report = ExportReport()
    # One read transaction: the export is a consistent snapshot even while others write.
    with project.read_snapshot():
        if fmt in FOLDER_FORMATS:
            return FOLDER_FORMATS[fmt](project, Path(out), layer, status, report)
        if fmt == "spacy":
            return _export_spacy(project, Path(out), layer, status, report)
        with atomic_file(out) as handle:
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
        with atomic_file(names) as handle:
            json.dump(tag_names(project.schema), handle, ensure_ascii=False, indent=2)
    return report


def _training_record(fmt: str, doc, layer, shape: str):
    if fmt == "hf":
        return hf_record(doc, layer)
    if fmt == "prodigy":
        return prodigy_record(doc, layer)
    return layer_to_record(doc, layer, shape), doccano_left_out(layer, shape)


def _export_brat(project, out: Path, layer: str, status: str, report: ExportReport):
    """NAME.txt + NAME.ann per document, and annotation.conf in each folder."""
    conf = write_conf(project.schema)

    def document(base: Path, doc, found) -> dict[str, int]:
        _write_text(base.with_name(base.name + ".txt"), doc.text)
        if found is None:
            return {}  # a .txt alone: a document without annotations
        ann, lost = write_ann(doc.text, found)
        _write_text(base.with_name(base.name + ".ann"), ann)
        for what, n in extras_lost(found).items():
            add(lost, what, n)
        return lost

    return _per_document(
        project, out, layer, status, report, BRAT_FILES, document,
        lambda folder: _write_text(folder / "annotation.conf", conf),
    )  # fmt: skip


def _export_webanno(project, out: Path, layer: str, status: str, report: ExportReport):
    """NAME.tsv (WebAnno TSV 3.3) per document (without annotation layers when it has none)."""

    def document(base: Path, doc, found) -> dict[str, int]:
        tsv, lost = write_tsv(doc, found)
        _write_text(base.with_name(base.name + ".tsv"), tsv)
        return lost

    return _per_document(project, out, layer, status, report, (".tsv",), document)


def _per_document(project, out, layer, status, report, suffixes, document, each_folder=None):
    """A folder of files per document; a folder per annotator when several layers are
    exported; documents without annotations in the folder itself. Document ids and annotator
    names become file and folder names through ``safe_names.path_component`` (escaped, so
    nothing lands outside ``out``); the side file records the annotator folders and the
    originals of names cut for length, so the readers give every id back
    (``formats.layer_folders``). The folder is written fresh and swapped in whole."""
    items = list(project.iter_layers(layer, status))
    annotators = {found.annotator for _doc, found in items if found}
    bare = sum(1 for _doc, found in items if found is None)
    with atomic_folder(out, lambda folder: holds_only(folder, suffixes)) as written:
        folders: dict[str, Path] = {}
        for name in sorted(annotators):
            folders[name] = inside(written, name, report) if len(annotators) > 1 else written
            folder_name = folders[name].name if len(annotators) > 1 else OWN
            report.recorded.setdefault(ANNOTATORS, {})[folder_name] = name
            folders[name].mkdir(exist_ok=True)
            if each_folder is not None:
                each_folder(folders[name])
        for doc, found in items:
            folder = written if found is None else folders[found.annotator]
            report.add_left_out(document(inside(folder, doc.id, report), doc, found))
            report.written += 1
    report.what = "documents" + (f" ({bare} without annotations)" if bare else "")
    return report


def inside(folder: Path, name: str, report: ExportReport) -> Path:
    """``folder / name`` with ``name`` made one safe file name, never a path out of ``folder``;
    a name cut for length is recorded for the side file, which gives it back on import."""
    component, cut = path_component(name)
    if cut:
        report.recorded.setdefault(NAMES, {})[component] = name
    path = folder / component
    if path.parent != folder:  # path_component never allows it; a last guard all the same
        raise FormatError(f"the name {name!r} cannot be a file name", str(folder))
    return path


BRAT_FILES = (".txt", ".ann", ".conf")


def holds_only(folder: Path, suffixes: tuple[str, ...]) -> bool:
    """True when a folder holds nothing but what such an export writes (an earlier export)."""
    suffixes = (*suffixes, SIDE_SUFFIX)
    for path in folder.iterdir():
        if path.is_dir() and not path.is_symlink():
            if any(not p.is_file() or p.suffix not in suffixes for p in path.iterdir()):
                return False
        elif not path.is_file() or path.suffix not in suffixes:
            return False
    return True


def _export_labelstudio(project, out: Path, layer: str, status: str, report: ExportReport):
    """One JSON file: a list of Label Studio tasks, one per document with all its layers."""
    with atomic_file(out) as handle:
        handle.write("[")
        for number, (doc, layers) in enumerate(_by_document(project, layer, status), start=1):
            task, lost = task_of(number, doc, layers)
            report.add_left_out(lost)
            handle.write(("\n" if number == 1 else ",\n") + dumps(task))
            report.written += 1
        handle.write("\n]\n")
    report.what = "tasks"
    return report


def _by_document(project, layer: str, status: str):
    """(document, its selected layers) for each document, in the order the store gives."""
    current, layers = None, []
    for doc, found in project.iter_layers(layer, status):
        if current is not None and doc.id != current.id:
            yield current, layers
            layers = []
        current = doc
        if found is not None:
            layers.append(found)
    if current is not None:
        yield current, layers


def _write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def _export_spacy(project, out: Path, layer: str, status: str, report: ExportReport):
    try:
        from workbench.formats.training import spacy_docbin

        items = [(doc, found) for doc, found in project.iter_layers(layer, status) if found]
        docbin = spacy_docbin(items, project.schema, report.left_out)
    except ImportError:
        raise FormatError(
            "the spacy format needs spaCy: pip install 'rtl-workbench[spacy]'", str(out)
        ) from None
    with atomic_file(out, binary=True) as handle:
        handle.write(docbin.to_bytes())
    report.written = len(items)
    return report


def _counted(records, progress):
    for record in records:
        progress(1)
        yield record


FOLDER_FORMATS = {
    "brat": _export_brat,
    "webanno": _export_webanno,
    "labelstudio": _export_labelstudio,
}
