"""Reading plain text files in the encodings Arabic newsrooms use."""

import pytest

from workbench.core.errors import FormatError
from workbench.formats.importer import read_txt

ARTICLE = "دعا مبعوث صيني لدى الأمم المتحدة\nإلى تعزيز الانضباط الذاتي."


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("cp1256", b""),
    ],
)
def test_detected_encodings_give_the_same_text(tmp_path, encoding, bom):
    path = tmp_path / "article.txt"
    path.write_bytes(bom + ARTICLE.replace("\n", "\r\n").encode(encoding))
    doc = read_txt(path)
    assert doc.text == ARTICLE
    assert doc.id == "article"
    assert doc.meta == {"title": "دعا مبعوث صيني لدى الأمم المتحدة", "source": "article.txt"}


def test_explicit_encoding(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("utf-16-le"))
    with pytest.raises(FormatError, match="UTF-16 without a byte order mark"):
        read_txt(path)
    assert read_txt(path, "utf-16-le").text == ARTICLE


def test_invalid_utf8_names_file_and_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes("سطر أول\nسطر ثان\n".encode() + b"abc \xff\xfe\xfd latin only\n")
    with pytest.raises(FormatError) as info:
        read_txt(path)
    assert str(info.value).startswith(f"{path}:3: not valid UTF-8 (byte 0xff)")


def test_unknown_encoding_and_empty_files(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("نص")
    with pytest.raises(FormatError, match="unknown encoding 'klingon'"):
        read_txt(path, "klingon")
    path.write_text("  \n")
    with pytest.raises(FormatError, match="holds no text"):
        read_txt(path)
