"""What the offsets of each export count, said where each format has room for it.

Our own formats carry it as data: the ``offsets`` field of every native JSONL record, the
``about`` table of the corpus database, each Parquet file's metadata. Files of other tools get
it where their tools do not mind: a comment in brat's ``annotation.conf``, and a side file
``OUT.offsets`` (``FOLDER/workbench.offsets`` for folders) with the same facts as JSON. Its
suffix is one no importer takes, so importing a folder that holds it reads the same documents.
The export message always says it (``sentence``).
"""

from __future__ import annotations

import json
from pathlib import Path

from workbench.formats.atomic import atomic_file

CODE_POINTS = "code points"  # the value of the native JSONL records' ``offsets`` field
UTF16 = "UTF-16 code units"
TOKENS = "tokens"
UNITS = {
    "jsonl": CODE_POINTS,
    "corpus": CODE_POINTS,
    "parquet": CODE_POINTS,
    "brat": CODE_POINTS,
    "labelstudio": CODE_POINTS,
    "prodigy": CODE_POINTS,
    "spacy": CODE_POINTS,
    "doccano": UTF16,  # its editor is JavaScript
    "webanno": UTF16,  # WebAnno and INCEpTION are Java
    "hf": TOKENS,
}
# the exports in other tools' formats, each with whether its output is a folder
SIDE_FILES = {
    "doccano": False,
    "hf": False,
    "prodigy": False,
    "spacy": False,
    "labelstudio": False,
    "brat": True,
    "webanno": True,
}
SIDE_SUFFIX = ".offsets"
FOLDER_SIDE_FILE = "workbench" + SIDE_SUFFIX


def sentence(fmt: str) -> str:
    """The export message's line: what the offsets of a ``fmt`` export count."""
    unit = UNITS[fmt]
    if unit == TOKENS:
        return "offsets: none; tags are per token (words and punctuation of the NFC text)"
    return f"offsets count {unit} of the NFC text (LF newlines), half-open [start, end)"


def declaration(fmt: str) -> dict[str, str]:
    """The facts of ``sentence`` as data (the side file, the corpus ``about`` table)."""
    return {
        "format": fmt,
        "offsets": UNITS[fmt],
        "text": "NFC, LF newlines",
        "says": sentence(fmt),
        "written_by": "workbench",
    }


def side_file(out: Path, fmt: str) -> Path:
    """Where the side file of a ``fmt`` export to ``out`` goes."""
    return out / FOLDER_SIDE_FILE if SIDE_FILES[fmt] else Path(str(out) + SIDE_SUFFIX)


def write_side_file(out: Path, fmt: str, recorded: dict | None = None) -> Path:
    """Write the side file of a ``fmt`` export to ``out``, with what else the export
    ``recorded`` for its import (``formats.layer_folders``); its path."""
    path = side_file(out, fmt)
    with atomic_file(path) as handle:
        json.dump(declaration(fmt) | (recorded or {}), handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    return path
