"""An export never writes over a project: ``-o`` naming the project itself (or any workbench
project) is refused before anything is written, and both files stay as they were."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import dump
from workbench.store.project import Project

FILE_FORMATS = ("jsonl", "doccano", "hf", "prodigy", "corpus")


@pytest.fixture
def project(multilayer_project_file):
    return multilayer_project_file


def refused(cli, project, output, fmt: str) -> str:
    result = cli("export", project, "-o", output, "--format", fmt)
    assert result.exit_code == 1, result.output
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    return result.stderr


@pytest.mark.parametrize("fmt", FILE_FORMATS)
def test_export_onto_the_project_itself_is_refused_and_changes_nothing(cli, project, fmt):
    before = dump(project)
    assert "is the project being exported" in refused(cli, project, project, fmt)
    assert dump(project) == before
    with Project.open(project) as opened:
        assert len(opened.document_ids()) == 3
    assert sorted(p.name for p in project.parent.iterdir()) == ["p.wbproj"]


def test_export_through_a_link_to_the_project_is_refused(cli, project, tmp_path):
    link = tmp_path / "link.jsonl"
    link.symlink_to(project)
    before = dump(project)
    assert "is the project being exported" in refused(cli, project, link, "jsonl")
    assert dump(project) == before and link.is_symlink()


@pytest.mark.parametrize("fmt", FILE_FORMATS)
def test_export_onto_another_project_is_refused_and_changes_nothing(cli, project, tmp_path, fmt):
    other = tmp_path / "other.wbproj"
    cli("init", other)
    before = dump(other)
    assert "is a workbench project" in refused(cli, project, other, fmt)
    assert dump(other) == before  # no corpus tables added to it


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
@pytest.mark.parametrize("whose", ["p.wbproj", "other.wbproj"])
def test_export_onto_a_projects_journal_files_is_refused(cli, project, tmp_path, suffix, whose):
    """p.wbproj-wal is SQLite's: a JSONL file there would be read as the project's journal."""
    cli("init", tmp_path / "other.wbproj")
    target = tmp_path / (whose + suffix)
    before = dump(project)
    err = refused(cli, project, target, "jsonl")
    assert f"{target}: this is SQLite's {suffix[1:]} file of the workbench project {whose}" in err
    assert not target.exists()
    assert dump(project) == before
