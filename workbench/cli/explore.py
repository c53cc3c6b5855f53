"""The search command: Arabic-insensitive search over a project or a corpus database."""

from __future__ import annotations

import json
import textwrap
import unicodedata
from collections.abc import Iterator
from contextlib import closing
from dataclasses import asdict
from itertools import islice
from pathlib import Path

import click

from workbench.cli.bidi import BIDI, visual, wanted
from workbench.cli.safe_text import echo, printable
from workbench.core.counts import count
from workbench.workflow.search import Match, found

PAGE = 20  # the table's columns are as wide as its first this many rows need
INDEX_NOTICE = 2000  # documents to index before a search that are worth a word on stderr


@click.command()
@click.argument("project", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("query")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    help="Most matches to show (1 or more).",
)
@click.option(
    "--exact-word",
    "exact",
    is_flag=True,
    help="Whole words only: no proclitics before, no suffixes after.",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (logical text).")
@BIDI
def search(project: Path, query: str, limit: int, exact: bool, as_json: bool, bidi: str) -> None:
    """Find QUERY in a project or a corpus database: at word starts, after proclitics (و ف ب ك
    ل, لل for ل + ال) and into suffixes, ignoring harakat, tatweel, alef forms (أ إ آ ا), ى/ي,
    ة/ه, Persian ی/ک and digit shapes; each match is shown in its context."""
    if not query.strip():  # refused before the project is read (or indexed)
        raise click.BadParameter("the query is empty; give a word or a phrase", param_hint="QUERY")
    with closing(found(project, query, exact, _indexing, _not_indexed)) as stream:
        # one match past the limit says whether the limit stopped the search
        results = islice(stream, limit + 1)
        if as_json:
            _print_json(islice(results, limit))
            return
        shown, documents = _print_table(islice(results, limit), wanted(bidi))
        more = next(results, None) is not None
    if not shown:
        echo(f"no match for {query!r}")
        return
    summary = f"\n{count(shown, 'match', 'matches')} in {count(len(documents), 'document')}"
    echo(summary + (f" (--limit {limit} reached; there are more)" if more else ""))


def _indexing(documents: int) -> None:
    """Say why the first search after a large import takes a moment."""
    if documents >= INDEX_NOTICE:
        told = f"indexing {count(documents, 'document')} for search (once, after an import)…"
        echo(told, err=True)


def _not_indexed(why: str) -> None:
    echo(f"warning: {why}", err=True)


def _print_json(results: Iterator[Match]) -> None:
    """The JSON array ``json.dumps(list, indent=2)`` would give, written a match at a time."""
    opening = "["
    for result in results:
        item = json.dumps(asdict(result), ensure_ascii=False, indent=2)
        echo(opening + "\n" + textwrap.indent(item, "  "), nl=False)
        opening = ","
    echo("[]" if opening == "[" else "\n]")


def _print_table(results: Iterator[Match], on: bool) -> tuple[int, set[str]]:
    """Print the matches as a table, a row as soon as it is found once the first page has set
    the columns' widths; (how many were printed, their documents)."""
    page: list[list[str]] = []
    widths: list[int] = []
    shown, documents = 0, set()
    for result in results:
        shown += 1
        documents.add(result.document)
        context = visual(f"{result.before}«{result.match}»{result.after}", on)
        row = [printable(result.document), printable(context)]
        if widths:
            echo(_row(row, widths))
            continue
        page.append(row)
        if len(page) == PAGE:
            widths = _first_page(page)
    if page and not widths:
        _first_page(page)
    return shown, documents


def _first_page(page: list[list[str]]) -> list[int]:
    header = ["document", "match in context"]
    widths = [max(map(display_width, column)) for column in zip(header, *page, strict=False)]
    echo(_row(header, widths))
    echo("  ".join("-" * width for width in widths))
    for row in page:
        echo(_row(row, widths))
    return widths


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: marks and format characters none, wide (East
    Asian) characters two, the rest one (what tabulate measures with wcwidth)."""
    return sum(
        0
        if unicodedata.category(c) in ("Mn", "Me", "Cf")
        else 2
        if unicodedata.east_asian_width(c) in ("W", "F")
        else 1
        for c in text
    )


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(
        cell + " " * (width - display_width(cell))
        for cell, width in zip(cells, widths, strict=True)
    ).rstrip()
