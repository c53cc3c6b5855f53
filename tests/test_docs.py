"""The repository stands on its own: no file cites a document that is not in it, every relative
link in the Markdown files reaches a file, and the architecture page names files that exist."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.conftest import ROOT

# Documents that lived outside the repository; spelled in pieces so this file does not cite them.
ABSENT = ("DESIGN" + ".md", "REFERENCES" + ".md", "HOUSE" + "_STYLE", ".." + "/shared")
LINK = re.compile(r"\]\(([^)\s]+)\)")
SOURCE_PATH = re.compile(r"`((?:workbench|tests|packaging|resources|seeds|docs)/[^`*\s]+)`")


def repository_files() -> list[Path]:
    """The files git would commit: tracked ones and new ones not ignored."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [ROOT / name for name in listed.split("\0") if name and (ROOT / name).is_file()]


def text_of(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None  # fonts, images, compiled translations


def test_no_file_cites_a_document_outside_the_repository():
    offenders = []
    for path in repository_files():
        text = text_of(path)
        for line_number, line in enumerate((text or "").splitlines(), 1):
            offenders += [
                f"{path.relative_to(ROOT)}:{line_number}: {name}" for name in ABSENT if name in line
            ]
    assert offenders == []


def test_every_relative_link_in_the_markdown_reaches_a_file():
    broken = []
    for path in repository_files():
        if path.suffix != ".md" or "fixtures" in path.parts:
            continue
        for target in LINK.findall(path.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://", "mailto:", "#")):
                continue
            if not (path.parent / target.split("#")[0]).exists():
                broken.append(f"{path.relative_to(ROOT)}: {target}")
    assert broken == []


def test_the_readme_links_the_architecture_page_which_names_files_that_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/ARCHITECTURE.md)" in readme
    page = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    named = SOURCE_PATH.findall(page)
    assert "workbench/core/changes.py" in named
    assert [name for name in named if not (ROOT / name.rstrip("/")).exists()] == []
