"""The search command: Arabic-insensitive search over a project or a corpus database."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from workbench.cli.bidi import BIDI, visual, wanted
from workbench.cli.safe_text import echo, printable
from workbench.core.counts import count
from workbench.workflow.search import search as search_documents


@click.command()
@click.argument("project", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("query")
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=100,
    show_default=True,
    help="Most matches to show.",
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
    results = search_documents(project, query, limit, exact)
    if as_json:
        echo(json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=2))
        return
    if not results:
        echo(f"no match for {query!r}")
        return
    from tabulate import tabulate  # here: the search starts without loading it

    on = wanted(bidi)
    rows = [
        [printable(r.document), printable(visual(f"{r.before}«{r.match}»{r.after}", on))]
        for r in results
    ]
    echo(tabulate(rows, ["document", "match in context"], disable_numparse=True))
    documents = len({r.document for r in results})
    echo(f"\n{count(len(results), 'match', 'matches')} in {count(documents, 'document')}")
