"""A progress bar on the terminal for long commands (import, export, suggest)."""

from __future__ import annotations

import sys

import click


class NoBar:
    """No bar to show: an import given none need not report its steps."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n: int) -> None:
        pass


def progress_bar(total: int, label: str, minimum: int = 1_000_000):
    """A progress bar on a terminal for long work; nothing when stderr is a pipe or a file."""
    if sys.stderr.isatty() and total > minimum:
        return click.progressbar(length=total, label=label, file=sys.stderr)
    return NoBar()
