"""The ``gui`` command: the window, or an offscreen screenshot of it."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("project", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--doc", "doc_id", help="Document to open.")
@click.option(
    "--annotator",
    help="Whose annotations to show and edit, for this run only (default: the saved name).",
)
@click.option("--lang", type=click.Choice(["ar", "en"]), help="Interface language.")
@click.option(
    "--panel",
    type=click.Choice(["spans", "relations", "entities", "quotes"]),
    help="Side panel to bring to the front.",
)
@click.option(
    "--view",
    type=click.Choice(["annotate", "agreement", "adjudication"]),
    default="annotate",
    show_default=True,
    help="Open on the annotation window, the agreement view or the adjudication view.",
)
@click.option(
    "--screenshot",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Render the window offscreen to this PNG and exit.",
)
def gui(
    project: Path | None,
    doc_id: str | None,
    annotator: str | None,
    lang: str | None,
    view: str,
    panel: str | None,
    screenshot: Path | None,
):
    """Open the annotation window (default: the last project, or the bundled sample)."""
    raise SystemExit(run_gui(project, doc_id, lang, screenshot, annotator, panel, view))


def run_gui(project, doc_id, lang, screenshot, annotator=None, panel=None, view=None) -> int:
    from workbench.ui.app import run

    return run(project, doc_id, lang, screenshot, annotator, panel, view)
