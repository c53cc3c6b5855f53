"""import given a device, a pipe, or a huge binary file named .txt: one line, exit 1, quickly,
without reading it all (``import --format txt /dev/zero`` once grew to 12 GB)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from workbench.store.project import Project


@pytest.fixture
def project(cli, tmp_path):
    path = tmp_path / "p.wbproj"
    assert cli("init", path).exit_code == 0
    return path


def _two_gigabytes_at_most() -> None:
    limit = 2 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def import_in_a_child(project, *args) -> subprocess.CompletedProcess:
    """``workbench import PROJECT ARGS`` in a process that may use 2 GB at most: reading a
    device or a huge file whole fails there instead of filling this machine's memory."""
    return subprocess.run(
        [sys.executable, "-m", "workbench", "import", str(project), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,  # catches a hang only (opening a pipe waits for a writer)
        preexec_fn=_two_gigabytes_at_most,
    )


@pytest.mark.parametrize("fmt", ["txt", "jsonl", "auto"])
def test_a_device_is_refused_in_one_line(project, fmt):
    done = import_in_a_child(project, "--format", fmt, "/dev/zero")
    assert done.returncode == 1
    assert done.stderr == (
        "workbench: error: /dev/zero: not a regular file (a device, a pipe or a socket); "
        "import reads files and folders\n"
    )


def test_a_pipe_is_refused_without_waiting_for_a_writer(project, tmp_path):
    fifo = tmp_path / "news.txt"
    os.mkfifo(fifo)
    done = import_in_a_child(project, fifo)  # opening it would wait for a writer
    assert done.returncode == 1 and "not a regular file" in done.stderr
    with Project.open(project) as opened:
        assert opened.document_ids() == []


def test_a_huge_binary_file_named_txt_is_refused_from_its_first_bytes(project, tmp_path):
    """A sparse 8 GB file of NUL bytes: reading it whole would need 8 GB; the child may use
    2 GB at most, so only a look at the first bytes passes."""
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(8 * 1024**3)
    done = import_in_a_child(project, "--format", "txt", huge)
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(f"workbench: error: {huge}:1: contains NUL bytes"), done.stderr
    assert len(done.stderr.splitlines()) == 1
