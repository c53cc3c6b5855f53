"""Start-up: the commands that need neither Qt nor a format load neither, and ``--help`` lists
every command without importing one (their speed is measured by ``python -m workbench.bench
--only processes``, against ``sqlite-utils --version``)."""

from __future__ import annotations

import subprocess
import sys

import click

from tests.conftest import DATA
from workbench.cli.main import COMMANDS, SUMMARIES, main

HEAVY = ("workbench.formats", "workbench.agreement", "workbench.ui", "sqlite_utils", "numpy")


def loaded_by(*args: str, cwd) -> set[str]:
    """The modules a ``workbench ARGS...`` process holds when the command is done."""
    code = (
        "import sys\n"
        "from workbench.cli import main\n"
        f"sys.argv = ['workbench', *{list(args)!r}]\n"
        "try:\n    main()\nexcept SystemExit as done:\n    assert not done.code, done.code\n"
        "print('\\n'.join(sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return set(done.stderr.split())


def heavy(modules: set[str]) -> set[str]:
    return {m for m in modules if m.startswith(HEAVY) or m.startswith(("PySide6", "shiboken6"))}


def test_every_command_has_the_summary_its_help_starts_with():
    ctx = click.Context(main)
    for name in COMMANDS:
        command = main.get_command(ctx, name)
        assert SUMMARIES.get(name) == command.get_short_help_str(10_000), name


def test_help_lists_every_command_as_click_would_without_importing_them(tmp_path):
    ctx = click.Context(main)
    ours, clicks = click.HelpFormatter(width=80), click.HelpFormatter(width=80)
    main.format_commands(ctx, ours)
    click.Group.format_commands(main, ctx, clicks)  # imports every command to ask it
    assert ours.getvalue() == clicks.getvalue()
    assert all(f"  {name} " in ours.getvalue() for name in COMMANDS)
    loaded = loaded_by("--help", cwd=tmp_path)
    assert not {m for m in loaded if m.startswith("workbench.")} - {
        "workbench", "workbench.cli", "workbench.cli.main", "workbench.cli.safe_text",
    }  # fmt: skip


def test_stats_and_search_load_no_format_no_qt_no_sqlite_utils(cli, tmp_path):
    project = tmp_path / "p.wbproj"
    assert cli("init", project).exit_code == 0
    assert cli("import", project, DATA / "multilayer.jsonl").exit_code == 0
    assert heavy(loaded_by("stats", str(project), cwd=tmp_path)) == set()
    assert heavy(loaded_by("stats", str(project), "--json", cwd=tmp_path)) == set()
    assert heavy(loaded_by("search", str(project), "قال", cwd=tmp_path)) == set()
    assert heavy(loaded_by("--version", cwd=tmp_path)) == set()
