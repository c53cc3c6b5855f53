"""One import pipeline: every format's text is normalised, its offsets moved and its layer
validated the same way, and the offset mapping stays linear in the size of the document."""

from __future__ import annotations

import ast
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.core.errors import ValidationError
from workbench.core.text import normalize_text
from workbench.formats import offsets as offsets_module
from workbench.formats.importer import import_paths
from workbench.formats.offsets import LOOK_BACK, SourceOffsets

# CRLF lines, a decomposed alef madda (ا + U+0653 is آ in NFC) and an emoji (two UTF-16 units)
RAW = "سطر 👍 أول\r\nقال ا\u0653دم\r\nليو\r\n"
NORMAL = "سطر 👍 أول\nقال آدم\nليو\n"
ADAM, LIU = RAW.index("ا\u0653دم"), RAW.index("ليو")
PLACES = [(ADAM, ADAM + 4), (LIU, LIU + 3)]


def utf16(offset: int) -> int:
    return len(RAW[:offset].encode("utf-16-le")) // 2


def jsonl_source(folder: Path) -> Path:
    spans = [
        {"id": f"T{k}", "start": a, "end": b, "label": "PER", "text": RAW[a:b]}
        for k, (a, b) in enumerate(PLACES, start=1)
    ]
    path = folder / "d.jsonl"
    record = {"id": "d", "text": RAW, "annotator": "x", "status": "done", "spans": spans}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def doccano_source(folder: Path) -> Path:
    path = folder / "d.jsonl"
    record = {"id": "d", "text": RAW, "label": [[utf16(a), utf16(b), "PER"] for a, b in PLACES]}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def brat_source(folder: Path) -> Path:
    brat = folder / "brat"
    brat.mkdir()
    (brat / "d.txt").write_bytes(RAW.encode("utf-8"))  # CRLF kept as written
    lines = [f"T{k}\tPER {a} {b}\t{RAW[a:b]}" for k, (a, b) in enumerate(PLACES, start=1)]
    (brat / "d.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return brat


@pytest.mark.parametrize("make", [jsonl_source, doccano_source, brat_source])
def test_every_format_stores_the_same_normal_text_and_spans(project, tmp_path, make):
    import_paths(project, [make(tmp_path)], annotator="x")
    assert project.document("d").text == NORMAL
    layer = project.layer("d", "x")
    found = sorted((s.start, s.end, s.text) for s in layer.spans)
    adam, liu = NORMAL.index("آدم"), NORMAL.index("ليو")
    assert found == [(adam, adam + 3, "آدم"), (liu, liu + 3, "ليو")]
    assert all(NORMAL[start:end] == text for start, end, text in found)


def test_conll_tokens_in_nfd_are_normalised_like_any_text(project, tmp_path):
    conll = tmp_path / "nfd.conll"
    conll.write_text("قال\tO\nا\u0653دم\tB-PER\n", encoding="utf-8")
    import_paths(project, [conll])
    assert project.document("nfd").text == "قال آدم"
    assert [(s.start, s.end, s.text) for s in project.layer("nfd", "conll").spans] == [
        (4, 7, "آدم")
    ]


def test_an_offset_deep_inside_a_run_of_marks_is_refused_with_its_line(project, tmp_path):
    raw = "ق" + "\u0651" * (LOOK_BACK + 10) + "\r\nليو"
    inside = 1 + LOOK_BACK + 5
    record = {
        "id": "m",
        "text": raw,
        "annotator": "x",
        "spans": [{"id": "s", "start": 0, "end": inside, "label": "PER", "text": raw[:inside]}],
    }
    path = tmp_path / "m.jsonl"
    path.write_text("\n" + json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        import_paths(project, [path])
    assert str(caught.value).startswith(f"{path}:2: record m: span s: offset {inside} splits")
    assert project.document_ids() == []


@pytest.mark.parametrize("module", ["jsonl", "doccano", "brat", "conll", "importer"])
def test_readers_leave_normalising_and_validating_to_the_pipeline(module):
    source = Path(offsets_module.__file__).with_name(f"{module}.py").read_text(encoding="utf-8")
    imported = {
        alias.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert not imported & {"normalize_text", "is_normal", "OffsetMap", "check_layer"}


# -- the offset mapping ----------------------------------------------------------------

PIECES = st.sampled_from(
    ["a", "e", "\u0301", "\u0323", "\r", "\n", "\r\n", "\ufeff", "ق", "\u064e", "\u0651",
     "\u0653", "ا", "\u1100", "\u1161", "\u11a8", "\uac00", " ", "\u0958", "\u09c7", "\u09be",
     "\u2126", "👍", "\u0344"]
)  # fmt: skip


@given(st.lists(PIECES, max_size=20))
def test_moved_offsets_are_the_length_of_the_normal_prefix(pieces):
    raw = "".join(pieces)
    moved = SourceOffsets(raw).moved(range(len(raw) + 1))
    for offset, place in moved.items():
        assert place == len(normalize_text(raw[:offset]))
    assert moved[len(raw)] == len(normalize_text(raw))


def counted_work(monkeypatch, raw: str, offsets: list[int]) -> int:
    """Characters the sweep normalises to move ``offsets``."""
    work = 0
    measured = offsets_module.normal_length

    def counting(piece: str, at_start: bool) -> int:
        nonlocal work
        work += len(piece)
        return measured(piece, at_start)

    monkeypatch.setattr(offsets_module, "normal_length", counting)
    SourceOffsets(raw).moved(offsets)
    monkeypatch.setattr(offsets_module, "normal_length", measured)
    return work


def crlf_article(lines: int) -> tuple[str, list[int]]:
    line = "قال الأمين العام للأمم المتحدة إن ا\u0653لوضع خطير\r\n"
    raw = line * lines
    spans = [k * len(line) + 4 for k in range(lines)] + [k * len(line) + 15 for k in range(lines)]
    return raw, spans


def test_moving_offsets_is_linear_in_the_text_and_the_spans(monkeypatch):
    small_raw, small_offsets = crlf_article(625)  # 1,250 offsets
    large_raw, large_offsets = crlf_article(2500)  # four times the text and the offsets
    small = counted_work(monkeypatch, small_raw, small_offsets)
    large = counted_work(monkeypatch, large_raw, large_offsets)
    assert large <= 4.2 * small  # quadratic work would be sixteen times
    assert large <= 1.1 * len(large_raw)  # each character normalised about once


def test_the_moved_offsets_keep_a_normalised_letter_whole():
    raw = "\ufeffقال ا\u0653دم"
    moved = SourceOffsets(raw).moved([1, 5, 9])
    normal = normalize_text(raw)
    assert normal[moved[5] : moved[9]] == "آدم" and unicodedata.is_normalized("NFC", normal)
    assert moved[1] == 0  # the byte order mark is gone
