"""The import command: files of other formats into a project.

``export`` lives in ``cli/exporting.py``, ``init`` and ``stats`` in ``cli/project.py``, so that each
starts without the modules of the others.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from workbench.cli.options import PROJECT
from workbench.cli.progress_bar import NoBar, progress_bar
from workbench.cli.safe_text import echo
from workbench.core.errors import WorkbenchError
from workbench.formats.importer import FORMATS, expand_paths, import_paths
from workbench.store.project import Project


@click.command(name="import")
@PROJECT
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True)
@click.option("--annotator", help="Annotator of imported annotations (overrides the file's).")
@click.option("--encoding", help="Encoding of text files (default: detect UTF-8/16, cp1256).")
@click.option("--replace", is_flag=True, help="Overwrite layers that already exist.")
@click.option(
    "--skip-invalid",
    is_flag=True,
    help="Import the valid records of JSONL/doccano files; list each skipped one with its line.",
)
def import_(
    project: Path,
    paths: tuple[Path, ...],
    fmt: str,
    annotator: str | None,
    encoding: str | None,
    replace: bool,
    skip_invalid: bool,
) -> None:
    """Import text or JSONL files (or folders of them). All land, or none do."""
    # until the summary, the project's closing included
    with _told_if_landed(project) as before, Project.open(project) as proj:
        files = expand_paths(list(paths), fmt)
        total = sum(f.stat().st_size for f, _ in files)
        before.append(proj.change_mark())
        with progress_bar(total, "importing") as bar:
            report = import_paths(
                proj,
                list(paths),
                fmt,
                annotator,
                encoding,
                replace,
                progress=None if isinstance(bar, NoBar) else lambda step: bar.update(step.advance),
                skip_invalid=skip_invalid,
            )
        echo(report.summary())


@contextlib.contextmanager
def _told_if_landed(path: Path) -> Iterator[list]:
    """Ctrl+C as the import commits may come once it has landed (even as the project closes):
    say so, rather than the group's "nothing was imported", which holds when it was rolled
    back. The block appends the project's ``change_mark`` from before the import."""
    before: list = []
    try:
        yield before
    except KeyboardInterrupt:
        try:
            with Project.open(path) as project:
                landed = bool(before) and project.change_mark() != before[0]
        except WorkbenchError:  # cannot tell: the group's message
            landed = False
        if not landed:
            raise
        echo(
            "workbench: interrupted once the import had landed: it is whole in the project",
            err=True,
        )
        sys.exit(130)
