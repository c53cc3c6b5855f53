"""A text file whose lines are in two encodings (UTF-8 and Windows-1256, as happens when two
files are pasted together) is refused with the line where the encoding changes, instead of
being read whole as Windows-1256 with its UTF-8 part turned into mojibake."""

from __future__ import annotations

import sqlite3

import pytest

from workbench.core.errors import FormatError
from workbench.formats.importer import read_txt

UTF8_LINES = ["دعا مبعوث صيني لدى الأمم المتحدة", "إلى تعزيز الانضباط الذاتي"]
CP1256_LINES = ["وقال المتحدث باسم الوزارة إن المحادثات", "ستستأنف الأسبوع المقبل في القاهرة"] * 3


def mixed(first: list[str], first_encoding: str, second: list[str], second_encoding: str):
    return b"".join(line.encode(first_encoding) + b"\n" for line in first) + b"".join(
        line.encode(second_encoding) + b"\n" for line in second
    )


@pytest.mark.parametrize("explicit", [None, "cp1256"])
def test_utf8_then_windows_1256_names_the_line_where_it_changes(tmp_path, explicit):
    path = tmp_path / "pasted.txt"
    path.write_bytes(b"headline in ASCII\n" + mixed(UTF8_LINES, "utf-8", CP1256_LINES, "cp1256"))
    with pytest.raises(FormatError, match="mixes encodings") as caught:
        read_txt(path, explicit)
    assert str(caught.value).startswith(f"{path}:4: ")
    assert "line 4 is not UTF-8 but line 3 before it is UTF-8" in str(caught.value)


def test_windows_1256_then_utf8_names_the_line_where_it_changes(tmp_path):
    path = tmp_path / "pasted.txt"
    path.write_bytes(mixed(CP1256_LINES, "cp1256", UTF8_LINES, "utf-8"))
    with pytest.raises(FormatError, match="mixes encodings") as caught:
        read_txt(path)
    assert str(caught.value).startswith(f"{path}:7: ")
    assert "line 7 is UTF-8" in str(caught.value)


def test_the_command_line_refuses_it_and_the_project_is_unchanged(cli, tmp_path):
    project, path = tmp_path / "p.wbproj", tmp_path / "pasted.txt"
    cli("init", project)
    path.write_bytes(mixed(UTF8_LINES, "utf-8", CP1256_LINES, "cp1256"))
    result = cli("import", project, path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"workbench: error: {path}:3: ")
    conn = sqlite3.connect(project)
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    conn.close()


def test_one_encoding_throughout_still_reads(tmp_path):
    path = tmp_path / "a.txt"
    text = "\n".join(CP1256_LINES)
    path.write_bytes(b"ASCII line\n" + text.encode("cp1256"))
    assert read_txt(path).text == "ASCII line\n" + text
    path.write_bytes(text.encode("utf-8"))
    assert read_txt(path, "utf-8").text == text
