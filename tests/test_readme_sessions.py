"""The README's console sessions are run, in order, and must print what the README shows
(the way sqlite-utils tests its documentation), so that its numbers cannot drift.

One form is recognised: a fenced block marked ``console``. In it, a line starting with "$ " is
a command (run by bash in a scratch folder shared by all the blocks, where ``seeds/`` and
``tests/`` are the repository's and the files of ``tests/fixtures/readme/`` are at hand), and
the lines after it, up to the next command, are what it prints, stdout and stderr together. A
line "..." stands for any number of printed lines. A command's own "# ..." comment is bash's.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT

README = ROOT / "README.md"
BLOCK = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)
ELIDED = "..."


@dataclass
class Step:
    command: str
    expected: list[str] = field(default_factory=list)
    line: int = 0  # in the README


def sessions(text: str) -> list[Step]:
    steps: list[Step] = []
    for block in BLOCK.finditer(text):
        first_line = text.count("\n", 0, block.start(1)) + 1
        for number, line in enumerate(block.group(1).splitlines(), first_line):
            if line.startswith("$ "):
                steps.append(Step(line[2:], [], number))
            elif steps:
                steps[-1].expected.append(line.rstrip())
    return steps


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether printed lines match the README's, "..." standing for any lines."""
    if not expected:
        return not actual
    head, rest = expected[0], expected[1:]
    if head == ELIDED:
        return any(matches(rest, actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and actual[0] == head and matches(rest, actual[1:])


def test_the_session_reader_knows_commands_output_and_elisions():
    text = "```console\n$ a 1\nout\n...\nend\n$ b\n```\n```sh\n$ not run\n```\n"
    steps = sessions(text)
    assert [(s.command, s.expected, s.line) for s in steps] == [
        ("a 1", ["out", "...", "end"], 2),
        ("b", [], 6),
    ]
    assert matches(["out", "...", "end"], ["out", "x", "y", "end"])
    assert matches(["out", "...", "end"], ["out", "end"])
    assert not matches(["out", "end"], ["out", "x", "end"])
    assert not matches([], ["something"])


def scratch_folder(tmp_path: Path) -> Path:
    work = tmp_path / "readme"
    work.mkdir()
    for name in ("seeds", "tests"):
        (work / name).symlink_to(ROOT / name)
    for path in (FIXTURES / "readme").iterdir():
        shutil.copy(path, work / path.name)
    return work


@pytest.mark.slow
def test_every_console_session_in_the_readme_prints_what_the_readme_shows(tmp_path):
    steps = sessions(README.read_text(encoding="utf-8"))
    assert len(steps) > 10
    work = scratch_folder(tmp_path)
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        COLUMNS="100",  # the width of the terminal the README's tables were printed in
        TZ="UTC",
    )
    # the commands as a reader types them, from the interpreter running the tests
    prelude = (
        f'workbench() {{ "{sys.executable}" -m workbench "$@"; }}\n'
        f'sqlite-utils() {{ "{sys.executable}" -m sqlite_utils "$@"; }}\n'
    )
    failures = []
    for step in steps:
        done = subprocess.run(
            ["bash", "-c", prelude + step.command],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        printed = (done.stdout + done.stderr).replace(str(work) + os.sep, "")
        actual = [line.rstrip() for line in printed.splitlines()]
        if not matches(step.expected, actual):
            failures.append(
                f"README.md:{step.line}: $ {step.command}\n  README:\n    "
                + "\n    ".join(step.expected)
                + "\n  printed:\n    "
                + "\n    ".join(actual)
            )
    assert not failures, "\n\n".join(failures)
