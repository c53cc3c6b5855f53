"""Exports of a project to files; a file is written whole (to a temporary name, then renamed)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from workbench.core.errors import FormatError
from workbench.formats.jsonl import write_jsonl
from workbench.store.project import Project

EXPORT_FORMATS = ("jsonl", "corpus")


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


def export_project(
    project: Project,
    out: str | Path,
    fmt: str = "jsonl",
    layer: str = "all",
    status: str = "any",
    progress=None,
) -> int:
    """Export records; returns how many were written (for corpus: how many spans it holds)."""
    if fmt == "corpus":
        from workbench.formats.corpus import export_corpus

        return export_corpus(project, out, layer, status)["spans"]
    if fmt != "jsonl":
        raise FormatError(f"export format {fmt!r} is not supported yet", str(out))
    # One read transaction: the export is a consistent snapshot even while others write.
    with project.read_snapshot(), atomic_text_file(out) as handle:
        records = project.iter_records(layer=layer, status=status)
        if progress is not None:
            records = _counted(records, progress)
        return write_jsonl(records, handle)


def _counted(records, progress):
    for record in records:
        progress(1)
        yield record
