"""Writing an output whole: a reader (or a killed run) sees the old output or the new one.

Everything is written under a temporary name in the output's own folder, unique to this run
(two runs to the same output never share one), removed on any failure, and moved into place at
the end. Files get the mode the umask gives (0644 under umask 022), like any file the user
makes. Three shapes:

- ``atomic_file``: a file that replaces the output (``os.replace``);
- ``atomic_folder``: a folder written fresh and swapped for the old one as a whole, so that
  old and new files are never mixed;
- ``new_file``: a path for a writer that makes the file itself (SQLite); the result takes the
  output's name only if no file has it by then, so a finished output is never overwritten.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from workbench.core.errors import FormatError, WorkbenchError

TEMPORARY_SUFFIX = ".part"


def temporary_beside(target: Path, suffix: str = TEMPORARY_SUFFIX) -> Path:
    """A hidden name in ``target``'s folder that no other run will pick."""
    return target.with_name(f".{target.name}.{secrets.token_hex(8)}{suffix}")


def _output(path: str | Path) -> Path:
    """The output as an absolute path (``-o .`` has a name and a folder too); links stay links."""
    return Path(os.path.abspath(path))


def _check_folder_of(target: Path, shown: str | Path) -> None:
    if not target.parent.is_dir():
        raise FormatError("the folder for the output does not exist", str(shown))


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


@contextlib.contextmanager
def atomic_file(path: str | Path, binary: bool = False) -> Iterator[IO]:
    """An open file (text as UTF-8 with LF newlines, or bytes) that becomes ``path`` whole
    when the block ends, or is removed if it fails."""
    target = _output(path)
    _check_folder_of(target, path)
    if target.is_dir():
        raise FormatError("the output is a folder; name a file", str(path))
    partial = temporary_beside(target)
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        if binary:
            handle = os.fdopen(descriptor, "wb")
        else:
            handle = os.fdopen(descriptor, "w", encoding="utf-8", newline="\n")
        with handle:
            yield handle
        os.replace(partial, target)
    except BaseException:
        _remove(partial)
        raise


@contextlib.contextmanager
def atomic_folder(path: str | Path, replaceable: Callable[[Path], bool]) -> Iterator[Path]:
    """A new empty folder to fill; when the block ends it takes the place of ``path`` (the old
    folder, if any, goes as a whole). ``replaceable(old)`` says whether an existing folder may
    go: a folder that holds other things than this export writes is refused before any work."""
    target = _output(path)
    if target.exists() and not target.is_dir():
        raise FormatError("the output must be a folder (this is a file)", str(path))
    if Path.cwd() == target or target in Path.cwd().parents:
        raise FormatError(
            "the output folder is the current folder (or holds it); the export replaces the "
            "whole folder, so name a folder inside it",
            str(path),
        )
    if target.is_dir() and not replaceable(target):
        raise FormatError(
            "the folder holds files this export did not write; the export replaces the whole "
            "folder, so choose a new or empty one",
            str(path),
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = temporary_beside(target)
    os.mkdir(partial, 0o777)
    try:
        yield partial
        _swap_in(partial, target)
    except BaseException:
        _remove(partial)
        raise


def _swap_in(new: Path, target: Path) -> None:
    """Put the folder ``new`` at ``target``; an old folder there goes, in one step where the
    system can exchange two names (Linux), else in two renames that never mix their files."""
    if not target.exists():
        os.rename(new, target)
        return
    if _exchange(new, target):
        _remove(new)  # it holds the old folder now
        return
    old = temporary_beside(target, ".old")
    os.rename(target, old)
    os.rename(new, target)
    _remove(old)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically with renameat2(RENAME_EXCHANGE); False where unsupported."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    at_cwd, exchange = -100, 2
    done = renameat2(at_cwd, os.fsencode(first), at_cwd, os.fsencode(second), exchange)
    return done == 0


@contextlib.contextmanager
def new_file(path: str | Path, error: type[WorkbenchError] = FormatError) -> Iterator[Path]:
    """A temporary path (not yet made) for the caller to create a file at; when the block ends
    the file takes the name ``path``, unless a file has it, which raises ``error`` then as it
    does before any work."""
    target = _output(path)
    refusal = "a file with this name exists already; choose another"
    if target.exists():
        raise error(refusal, str(path))
    _check_folder_of(target, path)
    partial = temporary_beside(target)
    try:
        yield partial
        try:
            os.link(partial, target)  # fails if the name was taken meanwhile
        except FileExistsError:
            raise error(refusal, str(path)) from None
        except OSError:  # a file system without hard links: claim the name, then fill it
            try:
                os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            except FileExistsError:
                raise error(refusal, str(path)) from None
            os.replace(partial, target)
    finally:
        _remove(partial)
