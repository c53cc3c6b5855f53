"""Import files into a project: which reader reads which file, feeding the one pipeline.

Each format's reader turns its files into records (``formats.records``); ``formats.pipeline``
normalises, validates and writes them, everything in one transaction or nothing. The import
reports its progress (``ImportStep``) after every record it writes and at every file's end, so
a caller can show it and stop the import anywhere, even inside one large file.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import FormatError
from workbench.core.model import Document
from workbench.core.text import BOM
from workbench.formats.brat import is_brat_folder, read_brat
from workbench.formats.conll import looks_like_conll, read_conll
from workbench.formats.doccano import is_doccano, read_doccano
from workbench.formats.encoding import decode_bytes
from workbench.formats.jsonl import read_jsonl
from workbench.formats.labelstudio import is_labelstudio, read_labelstudio
from workbench.formats.offset_units import SIDE_SUFFIX
from workbench.formats.pipeline import ImportReport, document_of, land
from workbench.formats.records import ReadOptions, Record
from workbench.formats.webanno import is_webanno, is_webanno_layers, read_webanno
from workbench.store.project import Project

FORMATS = ("auto", "txt", "jsonl", "brat", "doccano", "conll", "labelstudio", "webanno")
_SUFFIXES = {
    ".txt": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".conll": "conll",
    ".conllu": "conll",
    ".bio": "conll",
    ".iob": "conll",
    ".tsv": "webanno",
}


@dataclass(frozen=True)
class ImportStep:
    """How far an import has got, reported after each record is written and at each file's end.

    ``read`` counts the bytes of the files read so far: within a file as far as its reader
    says (``Record.read_to``: the line-based JSONL and doccano readers do), otherwise the
    whole file once it is done. ``advance`` is what ``read`` grew by since the last step,
    for a progress bar that counts up (the command line's); summed, the steps of an import
    make the size of its files.
    """

    path: Path  # the file being read
    file_records: int  # records read from it so far
    records: int  # records read so far, every file
    read: int
    advance: int


# Called with each step; whatever it raises stops the import and nothing of it is written.
Progress = Callable[[ImportStep], None]


def expand_paths(
    paths: list[str | Path], fmt: str = "auto", skipped: list[Path] | None = None
) -> list[tuple[Path, str]]:
    """Files to read with their format; folders contribute the files of known suffixes, and
    the other files met in them are added to ``skipped``."""
    out: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise FormatError("no such file or folder", str(path))
        if not path.is_dir() and not path.is_file():  # reading one could block or never end
            raise FormatError(
                "not a regular file (a device, a pipe or a socket); import reads files and folders",
                str(path),
            )
        if path.is_dir() and (fmt == "brat" or (fmt == "auto" and is_brat_folder(path))):
            out.append((path, "brat"))  # a brat folder: .txt + .ann pairs, or subfolders of them
            continue
        if path.is_dir() and fmt in ("auto", "webanno") and is_webanno_layers(path):
            out.append((path, "webanno"))  # an export of several layers: a folder per annotator
            continue
        files = _folder_files(path)[0] if path.is_dir() else [path]
        for file in files:
            if path.is_dir() and file.suffix == SIDE_SUFFIX:
                continue  # an export's note of what its offsets count (formats.offset_units)
            kind = fmt if fmt != "auto" else _SUFFIXES.get(file.suffix.lower())
            if fmt == "auto" and kind == "webanno" and not is_webanno(file):
                kind = None  # any other tab-separated file
            if fmt == "auto" and kind == "txt" and looks_like_conll(file):
                kind = "conll"  # token and tag columns in a .txt (Wojood's files are named so)
            if kind is None:
                if path.is_dir():
                    if skipped is not None:
                        skipped.append(file)
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


def _folder_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """The regular files under ``folder`` and the symbolic links met there, both sorted.

    Links are not followed (neither linked files nor linked folders): a link planted in a
    folder cannot pull in a file from elsewhere on the disk. A link named on the command line
    is followed, since the user chose it.
    """
    files, links = [], []
    for root, folders, names in os.walk(folder):  # os.walk does not enter linked folders
        base = Path(root)
        links += [base / name for name in folders if (base / name).is_symlink()]
        for name in names:
            path = base / name
            if path.is_symlink():
                links.append(path)
            elif path.is_file():
                files.append(path)
    return sorted(files), sorted(links)


def links_not_followed(paths: list[str | Path]) -> list[Path]:
    """The symbolic links inside the folders among ``paths``, which an import leaves out."""
    return [link for raw in paths if Path(raw).is_dir() for link in _folder_files(Path(raw))[1]]


# An import of up to this many bytes of files (a few seconds at most) may write through a rollback
# journal, its pages once (``Project.bulk_transaction``), while another program that opens the
# project waits for it; a larger one goes through the WAL, so that the window and other
# commands go on reading the project meanwhile instead of waiting past their 10 s.
JOURNAL_LIMIT = 64 * 2**20
BINARY_SNIFF = 4096  # a text file's first bytes, looked at for NUL before reading it all
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # UTF-16 and UTF-32 hold NUL bytes


def txt_record(path: Path, encoding: str | None = None) -> Record:
    """One plain text file is one document; its id is the file name without the suffix."""
    try:
        with path.open("rb") as handle:
            head = handle.read(BINARY_SNIFF)
            if encoding is None and b"\x00" in head and not head.startswith(_WIDE_BOMS):
                decode_bytes(head, str(path))  # binary: refused from its first bytes
            data = head + handle.read()
    except OSError as exc:
        raise FormatError(f"cannot read: {exc.strerror}", str(path)) from None
    text = decode_bytes(data, str(path), encoding)
    if not text.removeprefix(BOM).strip():
        raise FormatError("the file holds no text", str(path))
    return Record(path.stem, text, str(path), meta={"source": path.name}, titled=True)


def read_txt(path: Path, encoding: str | None = None) -> Document:
    """The document of one plain text file, its text in normal form."""
    return document_of(txt_record(path, encoding))


def _read_txt(path: Path, options: ReadOptions) -> Iterator[Record]:
    yield txt_record(path, options.encoding)


READERS: dict[str, Callable[[Path, ReadOptions], Iterator[Record]]] = {
    "txt": _read_txt,
    "jsonl": read_jsonl,
    "doccano": read_doccano,
    "brat": read_brat,
    "conll": read_conll,
    "labelstudio": read_labelstudio,
    "webanno": read_webanno,
}


def read_file(path: Path, kind: str, options: ReadOptions) -> Iterator[Record]:
    """The records of one file (a folder, for brat) read in format ``kind``."""
    if kind == "jsonl" and is_labelstudio(path):  # by content: Label Studio's .json
        kind = "labelstudio"
    elif kind == "jsonl" and is_doccano(path):
        kind = "doccano"
    reader = READERS.get(kind)
    if reader is None:
        raise FormatError(f"format {kind!r} is not supported for import", str(path))
    return reader(path, options)


def import_paths(
    project: Project,
    paths: list[str | Path],
    fmt: str = "auto",
    annotator: str | None = None,
    encoding: str | None = None,
    replace: bool = False,
    progress: Progress | None = None,
    skip_invalid: bool = False,
) -> ImportReport:
    """Import files; on any error nothing is written and the error names file and line.
    With ``skip_invalid`` the valid records land and each invalid one is listed in the
    report's ``skipped`` with its file, line and reason."""
    left = []
    files = expand_paths(paths, fmt, left)
    report = ImportReport(files=[str(f) for f, _ in files])
    report.warnings += [
        f"{link}: a symbolic link inside a folder, not followed (name it to import it)"
        for link in links_not_followed(paths)
    ]
    report.warnings += [f"{file}: skipped ({_not_read(file)})" for file in left]
    report.warnings += [
        f"{file}: read as CoNLL (a token and tags on each line); pass --format txt to import "
        "it as plain text"
        for file, kind in files
        if fmt == "auto" and kind == "conll" and file.suffix.lower() == ".txt"
    ]
    skipped = report.skipped if skip_invalid else None
    options = ReadOptions(project.schema, annotator, encoding, skipped)

    records = (r for file, kind in files for r in read_file(file, kind, options))
    if progress is not None:
        records = _stepped(files, options, progress)
    journal = sum(map(_size, (f for f, _ in files))) <= JOURNAL_LIMIT
    return land(project, records, replace, report, skip_invalid, journal)


def _size(path: Path) -> int:
    """Bytes of a file, or of the files in a folder (a brat folder)."""
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in _folder_files(path)[0])


def _not_read(file: Path) -> str:
    """Why a file in a folder was not imported."""
    if file.suffix.lower() == ".wbproj":
        return "a workbench project: export it and import the export, or merge a package"
    if not file.suffix:
        return "no suffix to tell its format by"
    return f"not a file the import reads by its suffix {file.suffix!r}"


def _stepped(
    files: list[tuple[Path, str]], options: ReadOptions, progress: Progress
) -> Iterator[Record]:
    """The records of ``files``, calling ``progress`` once each record is written (the
    pipeline asks for the next record then) and at each file's end. What it raises leaves
    this generator inside ``land``'s transaction, which rolls the import back whole."""
    records = done = reported = 0  # records read; bytes of the files finished; bytes reported
    for file, kind in files:
        file_records = 0
        for record in read_file(file, kind, options):
            yield record
            records, file_records = records + 1, file_records + 1
            read = done + (record.read_to or 0)
            progress(ImportStep(file, file_records, records, read, read - reported))
            reported = read
        if file.is_file():
            done += file.stat().st_size
        progress(ImportStep(file, file_records, records, done, done - reported))
        reported = done
