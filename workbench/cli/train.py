"""The train command: learn the project's names (``workbench.workflow.train``)."""

from __future__ import annotations

import json
from pathlib import Path

import click
from tabulate import tabulate

from workbench.cli.options import PROJECT
from workbench.cli.safe_text import echo
from workbench.core.counts import count
from workbench.store.project import Project
from workbench.workflow.train import FOLDS
from workbench.workflow.train import train as train_model


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


@click.command()
@PROJECT
@click.option(
    "--folds",
    type=click.IntRange(min=2),
    default=FOLDS,
    show_default=True,
    help="Cross-validation folds over documents (at most one per document).",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable report.")
def train(project: Path, folds: int, as_json: bool) -> None:
    """Train the name model (PER, ORG, GPE, LOC, TITLE) on the done and gold layers, store it in
    the project, and report its cross-validated precision, recall and F1 per label."""
    with Project.open(project) as proj:
        report = train_model(proj, folds)
    assert report is not None  # nothing cancels from the command line but Ctrl+C
    if as_json:
        echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    layers = ", ".join(report.trained_on["layers"])
    echo(
        f"trained on {count(report.documents, 'document')} ({layers}); "
        f"{report.folds}-fold cross-validation by document, exact spans:"
    )
    rows = [
        [s.label, _number(s.precision), _number(s.recall), _number(s.f1), s.gold]
        for s in report.labels
    ]
    echo(tabulate(rows, ["label", "precision", "recall", "F1", "spans"], disable_numparse=True))
    echo("stored in the project; use it with: workbench suggest PROJECT --using model")
