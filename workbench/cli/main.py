"""The command group and its error policy: one line on stderr, exit 1, never a traceback."""

from __future__ import annotations

import os
import sqlite3
import sys

import click

from workbench import __version__
from workbench.core.errors import WorkbenchError


class WorkbenchGroup(click.Group):
    """Turns user errors raised anywhere below into ``workbench: error: ...`` and exit 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
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
    click.echo(f"workbench: error: {one_line}", err=True)
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


def register() -> None:
    from workbench.cli import data, explore, gui, team  # noqa: F401  (commands attach themselves)


register()
