"""The history command: every recorded change to the layers, oldest first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from workbench.cli.bidi import BIDI, visual, wanted
from workbench.cli.options import PROJECT
from workbench.cli.safe_text import echo, printable
from workbench.store.history import HistoryEntry
from workbench.store.project import Project


def state(value: dict[str, Any] | None, kind: str) -> str:
    """A recorded state in a few words: a span's label and text, a comment's text, a status,
    the chosen categories, a whole layer's counts."""
    if value is None:
        return ""
    if kind == "span":
        return f"{value['label']} {_short(value['text'])}"
    if kind == "relation":
        return f"{value['label']} {value['head']} -> {value['tail']}"
    if kind == "entity":
        return f"{value['label']} {_short(value['name'])}"
    if kind == "comment":
        return f"{value['author']}: {_short(value['text'])}"
    if kind == "status":
        return value["status"]
    if kind == "categories":
        return "; ".join(f"{k}: {', '.join(v)}" for k, v in value.items()) or "none"
    if kind in ("import", "merge"):
        return f"{value['status']}, {value['spans']} spans, {value['relations']} relations"
    return ", ".join(f"{k} {v}" for k, v in value.items() if k != "id")


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def change(entry: HistoryEntry) -> str:
    if entry.kind in ("import", "merge", "decision"):
        return entry.kind
    if entry.kind in ("status", "categories"):
        return f"{entry.kind} set"
    how = "added" if entry.before is None else "deleted" if entry.after is None else "changed"
    return f"{entry.kind} {entry.item} {how}"


@click.command()
@PROJECT
@click.option("--doc", "doc_id", help="Only this document's changes.")
@click.option("--annotator", help="Only the changes to this annotator's layers.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (README).")
@BIDI
def history(
    project: Path, doc_id: str | None, annotator: str | None, as_json: bool, bidi: str
) -> None:
    """Every change to the annotations (spans, relations, entities, statuses, categories,
    comments, decisions, verdicts on suggestions; imports and merges as one entry per layer),
    oldest first, with who made it, when, and the item before and after."""
    with Project.open(project) as proj:
        if doc_id is not None and proj.document_sha(doc_id) is None:
            raise click.BadParameter(f"the project has no document {doc_id!r}", param_hint="--doc")
        entries = proj.history(doc_id, annotator)
    if as_json:
        echo(json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2))
        return
    if not entries:
        echo("no recorded changes")
        return
    from tabulate import tabulate  # here: the command starts without it

    on = wanted(bidi)
    rows = [
        [
            e.id,
            e.at.replace("+00:00", "Z"),
            e.doc_id,
            e.annotator,
            e.by,
            change(e),
            state(e.before, e.kind),
            state(e.after, e.kind),
        ]
        for e in entries
    ]
    headers = ["#", "at (UTC)", "document", "layer", "by", "change", "before", "after"]
    table = tabulate(
        [[printable(visual(str(cell), on)) for cell in row] for row in rows],
        headers,
        disable_numparse=True,
    )
    echo(table)
