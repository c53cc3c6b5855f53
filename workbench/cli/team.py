"""Supervisor commands: pack, merge, agreement, adjudicate."""

from __future__ import annotations

import json
from pathlib import Path

import click

from workbench.agreement.project import agreement_report
from workbench.cli.agreement_text import agreement_text, too_few_annotators
from workbench.cli.bidi import BIDI, visual, wanted
from workbench.cli.options import PROJECT
from workbench.cli.safe_text import echo
from workbench.core.errors import ProjectError
from workbench.store.project import Project
from workbench.workflow.adjudication import AUTO, auto_adjudicate
from workbench.workflow.packages import merge as merge_packages
from workbench.workflow.packages import pack as pack_documents

STATUS = click.option(
    "--status",
    type=click.Choice(["done", "any"]),
    default="done",
    show_default=True,
    help="Compare only layers marked done, or every layer.",
)


@click.command()
@PROJECT
@click.option("--annotator", required=True, help="Whose package this is.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--doc", "doc_ids", multiple=True, help="A document to assign (default: all).")
@click.option(
    "--with-suggestions",
    is_flag=True,
    help="Hand out the documents' suggestions too (the layer 'suggest', never packed "
    "otherwise); the annotator's accepts and rejects come back with merge.",
)
@BIDI
def pack(
    project: Path,
    annotator: str,
    output: Path,
    doc_ids: tuple[str, ...],
    with_suggestions: bool,
    bidi: str,
) -> None:
    """Make a blind package for one annotator: the documents, the schema, and only that
    annotator's own layer (no one else's work, no gold)."""
    with Project.open(project) as proj:
        report = pack_documents(
            proj, annotator, output, list(doc_ids) or None, suggestions=with_suggestions
        )
    echo(visual(report.summary(), wanted(bidi)))


@click.command()
@PROJECT
@click.argument(
    "packages", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path)
)
@click.option(
    "--accept-replaced",
    is_flag=True,
    help="Merge a package even where packing again for its annotator replaced it.",
)
@BIDI
def merge(project: Path, packages: tuple[Path, ...], accept_replaced: bool, bidi: str) -> None:
    """Bring annotators' packages back. Idempotent; touches only each package's annotator's
    layer; refuses a document whose text differs, a package replaced by a later one, and an
    older copy of a package already merged. All packages land, or none do."""
    with Project.open(project) as proj:
        reports = merge_packages(proj, list(packages), accept_replaced)
    for report in reports:
        echo(visual(report.summary(), wanted(bidi)))


@click.command()
@PROJECT
@click.option(
    "--annotators",
    help="Comma-separated names (default: every annotator); 'suggest' is the suggestions.",
)
@click.option(
    "--with-suggestions",
    is_flag=True,
    help="Compare each annotator with the suggestions too (how much they simply accept).",
)
@click.option("--by", type=click.Choice(["label", "document"]), help="Break each pair down.")
@STATUS
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (README).")
@BIDI
def agreement(
    project: Path,
    annotators: str | None,
    with_suggestions: bool,
    by: str | None,
    status: str,
    as_json: bool,
    bidi: str,
) -> None:
    """Inter-annotator agreement for every pair of annotators, over the documents both have
    done: span F1 (exact, relaxed), unitizing alpha, token alpha, relation F1, speakers."""
    names = [a.strip() for a in annotators.split(",") if a.strip()] if annotators else None
    with Project.open(project) as proj:
        report = agreement_report(proj, names, status, by, with_suggestions=with_suggestions)
        if len(report.annotators) < 2:
            raise ProjectError(too_few_annotators(report.annotators, names, proj), str(project))
    if as_json:
        echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return
    echo(visual(agreement_text(report, by), wanted(bidi)))


@click.command()
@PROJECT
@click.option("--auto", "automatic", is_flag=True, required=True, help="Accept what all agree on.")
@STATUS
def adjudicate(project: Path, automatic: bool, status: str) -> None:
    """Write to the gold layer every span and relation all annotators of a document agree on.
    Decisions already made (by the supervisor or an earlier run) are kept."""
    with Project.open(project) as proj:
        report = auto_adjudicate(proj, status, AUTO)
    echo(report.summary())
