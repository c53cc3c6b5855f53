"""The command group: which command lives in which module, and the error policy.

Commands are registered by name in ``COMMANDS`` and their module is imported only when the command
runs (or when ``--help`` lists them), so ``workbench --version`` starts without loading the store,
the formats or Qt, and no command module imports this one back.
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
    "init": "workbench.cli.data:init",
    "import": "workbench.cli.data:import_",
    "export": "workbench.cli.data:export",
    "stats": "workbench.cli.data:stats",
    "search": "workbench.cli.explore:search",
    "history": "workbench.cli.history:history",
    "pack": "workbench.cli.team:pack",
    "merge": "workbench.cli.team:merge",
    "agreement": "workbench.cli.team:agreement",
    "adjudicate": "workbench.cli.team:adjudicate",
    "gui": "workbench.cli.gui:gui",
    "train": "workbench.cli.train:train",
}

# What a command interrupted by Ctrl+C leaves: each lands whole or not at all.
INTERRUPTED = {
    "import": "nothing was imported; the project is unchanged",
    "merge": "nothing was merged; the project is unchanged",
    "export": "nothing was written",
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
