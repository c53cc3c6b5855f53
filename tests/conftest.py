"""Shared fixtures: real project files in a temporary folder, the seed article, the CLI."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the tests' settings and sample projects out of the user's own folders.
_HOME = tempfile.mkdtemp(prefix="workbench-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_5e26ac53a9f599b3.txt"
DATA = Path(__file__).resolve().parent / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def project(tmp_path):
    from workbench.store.project import Project

    with Project.create(tmp_path / "p.db") as proj:
        yield proj


@pytest.fixture
def cli():
    """Run ``workbench ARGS...``; returns the click Result (stdout and stderr kept apart)."""
    from workbench.cli import main

    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return run


@pytest.fixture
def multilayer_project_file(cli, tmp_path) -> Path:
    """A project file made by the command line, holding tests/data/multilayer.jsonl."""
    path = tmp_path / "p.wbproj"
    cli("init", path)
    assert cli("import", path, DATA / "multilayer.jsonl").exit_code == 0
    return path
