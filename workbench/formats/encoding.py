"""Turning the bytes of a text file into text: BOMs, UTF-8, UTF-16, and Windows-1256 Arabic."""

from __future__ import annotations

import codecs
import unicodedata

from workbench.core.errors import FormatError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
WINDOWS_ARABIC = "cp1256"


def _line_of(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


def decode_bytes(data: bytes, path: str, encoding: str | None = None) -> str:
    """Decode a whole text file; one clear error naming the file and line when we cannot."""
    if encoding:
        _check_text_encoding(encoding, path)
        if codecs.lookup(encoding).name == WINDOWS_ARABIC:
            _refuse_mixed(data, path)
        return _decode(data, path, encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], path, name)
    if b"\x00" in data:
        raise FormatError(
            "contains NUL bytes: binary data, or UTF-16 without a byte order mark "
            "(pass --encoding utf-16-le or utf-16-be if it is text)",
            path,
            _line_of(data, data.index(b"\x00")),
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _refuse_mixed(data, path)
        if _looks_like_windows_arabic(data):
            return data.decode(WINDOWS_ARABIC)
        raise FormatError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); if the file uses another "
            "encoding, pass --encoding (for example cp1256)",
            path,
            _line_of(data, exc.start),
        ) from None


def _refuse_mixed(data: bytes, path: str) -> None:
    """Refuse a file with both UTF-8 lines and Windows-1256 lines (two files pasted together),
    naming the line where the encoding changes. Lines of ASCII read the same in both; a line
    that is neither (damaged UTF-8) is left to the caller's error."""
    last: tuple[int, bool] | None = None  # (line number, is UTF-8) of the last non-ASCII line
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8 = True
        except UnicodeDecodeError:
            if not _looks_like_windows_arabic(line):
                continue
            utf8 = False
        if last is not None and last[1] != utf8:
            now_is, then_was = ("UTF-8", "not") if utf8 else ("not UTF-8", "UTF-8")
            raise FormatError(
                f"mixes encodings: line {number} is {now_is} but line {last[0]} before it is "
                f"{then_was} (Windows-1256 Arabic and UTF-8 in one file); save it in one "
                "encoding",
                path,
                number,
            )
        last = (number, utf8)


def _check_text_encoding(encoding: str, path: str) -> None:
    """Refuse names Python does not know and codecs that do not make text (rot13, base64,
    zlib, undefined), before reading anything."""
    try:
        b"\x00\x00\x00\x00".decode(encoding)  # an empty input would skip the codec
    except UnicodeDecodeError:
        pass  # a text encoding that does not like these bytes
    except (LookupError, UnicodeError):
        raise FormatError(
            f"unknown encoding {encoding!r} (not a text encoding Python knows)", path
        ) from None


def _decode(data: bytes, path: str, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise FormatError(
            f"not valid {encoding} (byte 0x{data[exc.start]:02x})",
            path,
            _line_of(data, exc.start),
        ) from None


def _looks_like_windows_arabic(data: bytes) -> bool:
    """Mostly Arabic letters and no control characters once read as Windows-1256.

    UTF-8 Arabic also reads as Arabic letters in Windows-1256, so a file whose valid UTF-8
    characters outnumber its invalid bytes is taken for damaged UTF-8 instead.
    """
    as_utf8 = data.decode("utf-8", errors="replace")
    invalid = as_utf8.count("\ufffd")
    if sum(1 for c in as_utf8 if ord(c) > 127) - invalid > invalid:
        return False
    text = data.decode(WINDOWS_ARABIC, errors="replace")
    if "\ufffd" in text:
        return False
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t")
    return controls == 0 and arabic / len(letters) >= 0.5
