"""Names and ids come from files other people made: whatever the command line prints shows a
control character as an escape (``\\u001b``), never sends it raw to the terminal, where an ESC
sequence could retitle the window, clear it, or hide text."""

from __future__ import annotations

import json
import unicodedata

import pytest

from tests.conftest import SEED
from workbench.cli.safe_text import printable
from workbench.core.model import Document
from workbench.formats.importer import read_txt
from workbench.store.project import Project

ESC = "\x1b]0;owned\x07\x1b[2J"  # retitle the terminal, then clear it
CSI = "\x9b31m"  # the one-byte CSI of C1 controls
EVIL = f"eve{ESC}{CSI}"
DOC = f"doc{CSI}{ESC}\r"


def raw_controls(text: str) -> list[str]:
    return [c for c in text if c != "\n" and unicodedata.category(c) == "Cc"]


@pytest.fixture
def hostile(tmp_path):
    path = tmp_path / "p.wbproj"
    text = read_txt(SEED).text
    with Project.create(path) as project:
        project.add_documents([Document(DOC, text)])
        word = text.split()[0]
        project.add_span(DOC, EVIL, "PER", 0, len(word))
    return path, word


def shows_escaped(output: str) -> None:
    assert raw_controls(output) == []
    assert "\\u001b" in output


def test_stats_and_search_escape_names_and_ids(cli, hostile):
    path, word = hostile
    for args in (["stats", path], ["search", path, word], ["search", path, word, "--json"]):
        result = cli(*args, "--bidi", "off")
        assert result.exit_code == 0, result.output
        shows_escaped(result.stdout)
    data = cli("stats", path, "--json").stdout
    shows_escaped(data)
    assert list(json.loads(data)["layers"]) == [EVIL]  # JSON escapes read back as the name


def test_error_messages_escape_what_they_quote(cli, tmp_path):
    result = cli("stats", tmp_path / f"missing{ESC}.wbproj")
    assert result.exit_code == 1
    shows_escaped(result.stderr)
    assert result.stderr.startswith("workbench: error: ")


def test_pack_and_merge_reports_escape_the_annotator(cli, hostile, tmp_path):
    path, _ = hostile
    package = tmp_path / "eve.wbproj"
    made = cli("pack", path, "--annotator", EVIL, "-o", package, "--bidi", "off")
    assert made.exit_code == 0, made.output
    shows_escaped(made.stdout)
    merged = cli("merge", path, package, "--bidi", "off")
    assert merged.exit_code == 0, merged.output
    shows_escaped(merged.stdout)


def test_init_escapes_label_names_from_a_schema(cli, tmp_path):
    schema = tmp_path / "s.toml"
    schema.write_text('name = "s\\u001b[2J"\n[[labels]]\nname = "P\\u009b31m"\n', encoding="utf-8")
    result = cli("init", tmp_path / "p.wbproj", "--schema", schema)
    # the schema reader may refuse such a name; either way nothing raw reaches the terminal
    assert raw_controls(result.stdout + result.stderr) == []
    assert "\\u009b" in result.stdout or "\\x9b" in result.stderr


def test_printable_keeps_text_and_line_breaks():
    arabic = "قال ليو\u200f إن\tالأمن\n«مهم»"
    assert printable(arabic) == arabic.replace("\t", "\\u0009")
    assert printable("a\x00b\x7fc\x85") == "a\\u0000b\\u007fc\\u0085"


def test_every_command_prints_through_the_escaping_helper():
    """No module of the command line prints by itself (click.echo, print, sys.stdout)."""
    from tests.conftest import ROOT

    for path in sorted((ROOT / "workbench" / "cli").glob("*.py")):
        if path.name == "safe_text.py":
            continue
        source = path.read_text(encoding="utf-8")
        for raw in ("click.echo(", "click.secho(", "print(", ".write("):
            assert raw not in source, f"{path.name} prints with {raw}"
