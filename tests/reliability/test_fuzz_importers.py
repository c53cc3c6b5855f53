"""Importers fuzzed with hypothesis: any bytes, any JSON, end in an import or a WorkbenchError
naming the file, and a refused file leaves the project as it was."""

from __future__ import annotations

import json
import os
import tempfile
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
