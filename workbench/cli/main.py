"""The command group: which command lives in which module, and the error policy.

Commands are registered by name in ``COMMANDS`` and their module is imported only when the command
runs, so ``workbench --version`` starts without loading the store, the formats or Qt, and no
command module imports this one back. ``workbench --help`` lists them from ``SUMMARIES`` without
importing any of them.
"""

from __future__ import annotations

import importlib
import os
import sqlite3
import sys

import click

from workbench import __version__
from workbench.cli.safe_text import echo

# name -> "module:attribute" of the click command
COMMANDS = {
    "init": "workbench.cli.project:init",
    "import": "workbench.cli.importing:import_",
    "export": "workbench.cli.exporting:export",
    "stats": "workbench.cli.project:stats",
    "search": "workbench.cli.explore:search",
    "history": "workbench.cli.history:history",
    "pack": "workbench.cli.team:pack",
    "merge": "workbench.cli.team:merge",
    "agreement": "workbench.cli.team:agreement",
    "adjudicate": "workbench.cli.team:adjudicate",
    "gui": "workbench.cli.gui:gui",
    "train": "workbench.cli.train:train",
    "suggest": "workbench.cli.suggest:suggest",
}

# name -> the first sentence of the command's help, which ``workbench --help`` shows (shortened to
# the terminal's width as click does) without importing the command's module; tests/cli/
# test_startup.py checks each against the command's own help. A command missing here is listed
# by importing it.
SUMMARIES = {
    "init": "Create a new, empty project file (schema: a TOML file, or brat's annotation.conf).",
    "import": "Import text or JSONL files (or folders of them).",
    "export": "Export documents and annotations: native JSONL (one line per document per layer), "
    "the corpus database (upserted SQLite with a resolved quotes table), brat (a folder), "
    "doccano, Hugging Face token classification (hf), Prodigy/spaCy JSONL, a spaCy DocBin, "
    "Label Studio JSON, WebAnno TSV 3 (a folder), or Parquet shards of the corpus tables "
    "(a folder).",
    "stats": "Counts of documents, layers by annotator and status, spans by label.",
    "search": "Find QUERY in a project or a corpus database: at word starts, after proclitics "
    "(و ف ب ك ل, لل for ل + ال) and into suffixes, ignoring harakat, tatweel, alef forms "
    "(أ إ آ ا), ى/ي, ة/ه, Persian ی/ک and digit shapes; each match is shown in its context.",
    "history": "Every change to the annotations (spans, relations, entities, statuses, "
    "categories, comments, decisions, verdicts on suggestions; imports and merges as one entry "
    "per layer), oldest first, with who made it, when, and the item before and after.",
    "pack": "Make a blind package for one annotator: the documents, the schema, and only that "
    "annotator's own layer (no one else's work, no gold).",
    "merge": "Bring annotators' packages back.",
    "agreement": "Inter-annotator agreement for every pair of annotators, over the documents "
    "both have done: span F1 (exact, relaxed), unitizing alpha, token alpha, relation F1, "
    "speakers.",
    "adjudicate": "Write to the gold layer every span and relation all annotators of a document "
    "agree on.",
    "gui": "Open the annotation window (default: the last project, or the bundled sample).",
    "train": "Train the name model (PER, ORG, GPE, LOC, TITLE) on the done and gold layers, "
    "store it in the project, and report its cross-validated precision, recall and F1 per "
    "label.",
    "suggest": "Suggest quotes, cues, speakers, titles and names into the layer 'suggest' (no "
    "other layer changes); suggestions someone accepted or rejected stay as they were, a "
    "rejected one never comes back.",
}

# What a command interrupted by Ctrl+C leaves: each lands whole or not at all.
INTERRUPTED = {
    "import": "nothing was imported; the project is unchanged",
    "merge": "nothing was merged; the project is unchanged",
    "export": "nothing was written",
    "suggest": "no suggestion was changed",
}


class WorkbenchGroup(click.Group):
    """Loads each command from ``COMMANDS`` on first use, and turns user errors raised anywhere
    below into ``workbench: error: ...`` and exit 1."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        where = COMMANDS.get(cmd_name)
        if where is None:
            return None
        module, attribute = where.split(":")
        return getattr(importlib.import_module(module), attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The list of commands in ``--help``, as click writes it, from ``SUMMARIES``."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            summary = SUMMARIES.get(name)
            if summary is None:
                command = self.get_command(ctx, name)
                if command is None or command.hidden:
                    continue
                summary = command.get_short_help_str(limit)
            rows.append((name, click.utils.make_default_short_help(summary, limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context):
        from workbench.core.errors import WorkbenchError

        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:  # Ctrl+C: what was under way was rolled back or removed
            done = INTERRUPTED.get(ctx.invoked_subcommand or "", "")
            echo(f"workbench: interrupted{': ' if done else ''}{done}", err=True)
            sys.exit(130)
        except WorkbenchError as exc:
            fail(str(exc))
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode == sqlite3.SQLITE_FULL:
                fail("the disk is full; free some space and try again (nothing was changed)")
            if exc.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY:
                fail(
                    "another program kept the project busy past the 10 s this one waits (a long "
                    "export or search reading it, another import); nothing was changed; try "
                    "again when it is done"
                )
            fail(f"the project file cannot be used right now ({exc})")
        except sqlite3.DatabaseError as exc:
            fail(f"the project file is damaged ({exc})")
        except BrokenPipeError:
            # the reader went away (``workbench stats p.db | head``): stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            fail(f"{where}{exc.strerror or exc}")


def fail(message: str) -> None:
    one_line = " ".join(message.splitlines())  # whatever a library said, one line
    echo(f"workbench: error: {one_line}", err=True)
    sys.exit(1)


@click.group(cls=WorkbenchGroup, invoke_without_command=True)
@click.version_option(__version__, prog_name="workbench")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Annotation workbench for right-to-left news text (Arabic first).

    With no command, opens the window on the last project (or the bundled sample).
    """
    if ctx.invoked_subcommand is None:
        from workbench.cli.gui import run_gui

        sys.exit(run_gui(None, None, None, None))
