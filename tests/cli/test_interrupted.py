"""Ctrl+C during import, merge or export: one line saying nothing landed, exit 130 (the shell's
code for SIGINT), and the project (or the output) as it was. The interrupt is raised where the
command reports progress, as Ctrl+C arrives in the middle of the work."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import dump
from tests.conftest import DATA
from workbench.store.project import Project


class _InterruptedBar:
    """A progress bar on which the user presses Ctrl+C at the first step."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass

    def update(self, _amount: int) -> None:
        raise KeyboardInterrupt


@pytest.fixture
def interrupt_progress(monkeypatch):
    for command in ("importing", "exporting"):
        monkeypatch.setattr(
            f"workbench.cli.{command}.progress_bar", lambda *a, **k: _InterruptedBar()
        )


@pytest.fixture
def project(multilayer_project_file):
    return multilayer_project_file


def test_ctrl_c_during_an_import_says_nothing_was_imported(cli, project, interrupt_progress):
    before = dump(project)
    result = cli("import", project, DATA / "seed-attributed.jsonl")
    assert (result.exit_code, result.stdout) == (130, "")
    assert result.stderr == (
        "workbench: interrupted: nothing was imported; the project is unchanged\n"
    )
    assert dump(project) == before


def test_ctrl_c_during_an_export_writes_nothing(cli, project, tmp_path, interrupt_progress):
    out = tmp_path / "out.jsonl"
    result = cli("export", project, "-o", out)
    assert (result.exit_code, result.stdout) == (130, "")
    assert result.stderr == "workbench: interrupted: nothing was written\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("out")] == []


def test_ctrl_c_during_a_merge_says_nothing_was_merged(cli, project, tmp_path, monkeypatch):
    package = tmp_path / "bob.wbproj"
    assert cli("pack", project, "--annotator", "bob", "-o", package).exit_code == 0
    with Project.open(project) as opened, Project.open(package) as bobs:
        doc_id = opened.document_ids()[0]
        bobs.set_status(doc_id, "bob", "done")
    before = dump(project)

    def pressed(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Project, "replace_layer", pressed)
    result = cli("merge", project, package)
    assert (result.exit_code, result.stdout) == (130, "")
    assert result.stderr == (
        "workbench: interrupted: nothing was merged; the project is unchanged\n"
    )
    assert dump(project) == before


def test_ctrl_c_once_the_import_has_landed_says_it_landed(cli, tmp_path, monkeypatch):
    """Ctrl+C right after the commit (here as the file goes back to WAL): the import is in the
    project, and the message says so instead of "nothing was imported"."""
    from workbench.store import transactions

    path = tmp_path / "p.wbproj"
    assert cli("init", path).exit_code == 0
    back_to_wal = transactions._back_to_wal

    def interrupted(conn):
        back_to_wal(conn)
        raise KeyboardInterrupt

    monkeypatch.setattr(transactions, "_back_to_wal", interrupted)
    result = cli("import", path, DATA / "seed-attributed.jsonl")
    assert (result.exit_code, result.stdout) == (130, "")
    assert "interrupted once the import had landed: it is whole in the project" in result.stderr
    monkeypatch.undo()
    with Project.open(path) as project:
        assert project.document_count() == 1


def test_ctrl_c_as_the_project_closes_after_the_import_says_it_landed(cli, tmp_path, monkeypatch):
    path = tmp_path / "p.wbproj"
    assert cli("init", path).exit_code == 0
    close = Project.close

    def interrupted(project):
        close(project)
        if project.path == path and not getattr(interrupted, "done", False):
            interrupted.done = True
            raise KeyboardInterrupt

    monkeypatch.setattr(Project, "close", interrupted)
    result = cli("import", path, DATA / "seed-attributed.jsonl")
    assert result.exit_code == 130
    assert "interrupted once the import had landed" in result.stderr


def test_an_import_another_program_keeps_waiting_says_so(cli, tmp_path, monkeypatch):
    """A reader holding the project at the import's commit past the busy timeout: one line in
    words, not 'database is locked'."""
    import sqlite3

    from tests.store.test_search_index import failing

    path = tmp_path / "p.wbproj"
    assert cli("init", path).exit_code == 0
    busy = failing("database is locked", sqlite3.SQLITE_BUSY)
    monkeypatch.setattr("workbench.store.documents.Documents.add", busy)
    result = cli("import", path, DATA / "seed-attributed.jsonl")
    assert result.exit_code == 1 and "database is locked" not in result.stderr
    assert "another program kept the project busy" in result.stderr
