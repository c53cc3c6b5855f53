"""Importers fuzzed with hypothesis: any bytes, any JSON, end in an import or a WorkbenchError
naming the file, and a refused file leaves the project as it was."""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core.errors import WorkbenchError
from workbench.formats.importer import import_paths
from workbench.store.project import Project

# FUZZ_EXAMPLES=2000 for a longer hunt than the suite's
FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

arabic = st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=30)
texts = st.one_of(st.text(max_size=40), arabic)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 60) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12,
)
span_like = st.fixed_dictionaries(
    {
        "id": texts,
        "start": st.integers(-2, 40),
        "end": st.integers(-2, 40),
        "label": st.sampled_from(["PER", "ORG", "QUOTE", "<b>", ""]),
        "text": texts,
    },
    optional={"entity": texts, "attrs": json_values},
)
records = st.fixed_dictionaries(
    {"id": texts, "text": texts},
    optional={
        "annotator": texts,
        "status": st.sampled_from(["new", "done", "x"]),
        "spans": st.lists(span_like, max_size=4),
        "relations": st.lists(json_values, max_size=2),
        "entities": st.lists(json_values, max_size=2),
        "meta": json_values,
    },
)


def attempt(name: str, data: bytes, fmt: str = "auto") -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with Project.create(root / "p.wbproj") as project:
            source = root / name
            if name.endswith("/"):  # a brat folder
                source.mkdir()
                (source / "a.txt").write_text("Google merged with YouTube.\n", encoding="utf-8")
                (source / "a.ann").write_bytes(data)
            else:
                source.write_bytes(data)
            try:
                import_paths(project, [source], fmt)
            except WorkbenchError as exc:
                assert exc.path is not None and str(source).rstrip("/") in str(exc)
                assert project.record_count() == 0 and project.document_ids() == []


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_as_text(data):
    attempt("a.txt", data)


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_as_jsonl(data):
    attempt("a.jsonl", data)


@FUZZ
@given(st.lists(json_values | records, min_size=1, max_size=3))
def test_any_json_records(values):
    attempt("a.jsonl", "".join(json.dumps(v, ensure_ascii=False) + "\n" for v in values).encode())


@FUZZ
@given(st.lists(records, min_size=1, max_size=3))
def test_any_doccano_like_records(values):
    shaped = [
        {
            "text": v["text"],
            "label": [[s["start"], s["end"], s["label"]] for s in v.get("spans", [])],
        }
        for v in values
    ]
    attempt(
        "a.jsonl",
        "".join(json.dumps(v, ensure_ascii=False) + "\n" for v in shaped).encode(),
        "doccano",
    )


@FUZZ
@given(
    st.lists(
        st.tuples(texts, st.sampled_from(["O", "B-PER", "I-PER", "B-X", "I-ORG", "E-ORG"])),
        max_size=12,
    )
)
def test_any_conll(rows):
    lines = "\n".join(f"{token}\t{tag}" if token.strip() else "" for token, tag in rows)
    attempt("a.conll", lines.encode())


@FUZZ
@given(
    st.lists(st.text(alphabet="TREAN#*0123456789 \t:;abcOrganizationArg", max_size=30), max_size=6)
)
def test_any_brat_ann(lines):
    attempt("brat/", "\n".join(lines).encode(), "brat")


# Raw text that normalisation rewrites: CR LF and lone CR, decomposed letters, harakat, a byte
# order mark, astral characters (two UTF-16 units in doccano's offsets).
raw_pieces = st.sampled_from(
    ["قال", " ", "\r\n", "\r", "\n", "ا\u0653", "e\u0301", "\u0651", "\ufeff", "👍", "ليو"]
)
raw_texts = st.lists(raw_pieces, min_size=1, max_size=12).map("".join)


@FUZZ
@given(raw_texts, st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=4))
def test_raw_text_with_spans_lands_consistently_in_every_format(text, places):
    """Whatever a format's offsets point at, what lands is NFC text with LF newlines whose
    spans read what their text says; anything else is refused whole."""
    spans = [{"id": f"s{k}", "start": a, "end": b} for k, (a, b) in enumerate(places)]
    jsonl_spans = [dict(s, label="PER", text=text[s["start"] : s["end"]]) for s in spans]
    sources = {
        "native.jsonl": {"id": "d", "text": text, "annotator": "x", "spans": jsonl_spans},
        "doccano.jsonl": {"id": "d", "text": text, "label": [[a, b, "PER"] for a, b in places]},
    }
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, record in sources.items():
            (root / name).write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
        brat = root / "brat"
        brat.mkdir()
        (brat / "d.txt").write_bytes(text.encode("utf-8"))
        lines = [f"T{k}\tPER {a} {b}\t{text[a:b]}" for k, (a, b) in enumerate(places, 1)]
        (brat / "d.ann").write_text("".join(f"{line}\n" for line in lines), "utf-8")
        for k, source in enumerate([root / "native.jsonl", root / "doccano.jsonl", brat]):
            with Project.create(root / f"p{k}.wbproj") as project:
                try:
                    import_paths(project, [source], annotator="x")
                except WorkbenchError as exc:
                    assert exc.path is not None and str(source) in str(exc)
                    assert project.document_ids() == []
                    continue
                stored = project.document("d").text
                assert "\r" not in stored and unicodedata.is_normalized("NFC", stored)
                for span in project.layer("d", "x").spans if places else []:
                    assert stored[span.start : span.end] == span.text
