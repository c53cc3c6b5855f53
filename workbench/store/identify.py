"""What kind of file is at a path, from its first bytes, without opening it as a database.

Outputs use it to refuse writing over a project: reading 72 bytes cannot change the file, lock
it or make a -wal beside it, as opening it with SQLite could.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.errors import FormatError
from workbench.store.projectfile import APPLICATION_ID, SIDECARS, SQLITE_MAGIC

_APPLICATION_ID_AT = 68  # offset of the application id in the SQLite header (big-endian)


def is_project_file(path: str | Path) -> bool:
    """True when ``path`` (followed if it is a link) is a workbench project file."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(_APPLICATION_ID_AT + 4)
    except OSError:  # missing, a folder, unreadable: not a project we could harm by name
        return False
    found = int.from_bytes(header[_APPLICATION_ID_AT:], "big")
    return header.startswith(SQLITE_MAGIC) and found == APPLICATION_ID


def same_file(first: str | Path, second: str | Path) -> bool:
    """True when both paths name one existing file (through links, hard links, ``..``)."""
    try:
        return Path(first).samefile(second)
    except OSError:
        return False


def refuse_project_output(out: str | Path, project_path: str | Path) -> None:
    """Raise before any work when an export's output is the project being exported, any
    other workbench project, or SQLite's -wal, -shm or -journal file of either (written
    there, an export would be read as the project's journal): an export never writes over a
    project."""
    if same_file(out, project_path):
        raise FormatError(
            "this is the project being exported; an export never writes over a project "
            "(choose another name)",
            str(out),
        )
    if is_project_file(out):
        raise FormatError(
            "this is a workbench project; an export never writes over a project (choose "
            "another name)",
            str(out),
        )
    name = Path(out).name
    for suffix in SIDECARS:
        if not name.endswith(suffix) or name == suffix:
            continue
        owner = Path(out).with_name(name.removesuffix(suffix))
        if same_file(owner, project_path) or is_project_file(owner):
            raise FormatError(
                f"this is SQLite's {suffix[1:]} file of the workbench project {owner.name}; an "
                "export never writes over a project (choose another name)",
                str(out),
            )
