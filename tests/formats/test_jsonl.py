"""Native JSONL: import -> export is lossless, by value, with ids and order preserved."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import DATA
from workbench.core.text import normalize_text, snap_to_words
from workbench.formats.export import export_project
from workbench.formats.importer import import_paths
from workbench.formats.jsonl import parse_record
from workbench.formats.pipeline import document_of, layer_of
from workbench.store.project import Project


def read_records(path):
    """The records of a file, without the ``offsets`` field the export adds to each (checked
    here: code points)."""
    # splitlines() also splits on U+2028 and friends: the export must escape them
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for record in records:
        assert record.pop("offsets", "code points") == "code points"
    return records


def test_multilayer_file_round_trips_by_value(project, tmp_path):
    source = DATA / "multilayer.jsonl"
    report = import_paths(project, [source])
    assert (report.documents_added, report.layers_added) == (3, 3)
    out = tmp_path / "out.jsonl"
    assert export_project(project, out).written == 4
    assert read_records(out) == read_records(source)
    # and the exported file imports into a fresh project to the same export again
    with Project.create(tmp_path / "again.db") as again:
        import_paths(again, [out])
        export_project(again, tmp_path / "out2.jsonl")
    assert (tmp_path / "out2.jsonl").read_bytes() == out.read_bytes()


def test_export_filters_by_layer_and_status(project, tmp_path):
    import_paths(project, [DATA / "multilayer.jsonl"])
    out = tmp_path / "o.jsonl"
    export_project(project, out, layer="bob")
    assert [(r["id"], r["annotator"]) for r in read_records(out)] == [("seed", "bob")]
    export_project(project, out, status="done")
    assert [(r["id"], r["annotator"]) for r in read_records(out)] == [("seed", "alice")]


def test_reimport_is_idempotent(project):
    import_paths(project, [DATA / "multilayer.jsonl"])
    report = import_paths(project, [DATA / "multilayer.jsonl"])
    assert (report.documents_added, report.documents_unchanged) == (0, 3)
    assert report.layers_unchanged == 3


def test_crlf_decomposed_text_is_normalised_with_offsets_moved(project):
    raw = "سطر\r\nقال e\u0301te ليو"
    start = raw.index("ليو")
    record = {
        "id": "d",
        "text": raw,
        "annotator": "a",
        "spans": [{"id": "s", "start": start, "end": start + 3, "label": "PER", "text": "ليو"}],
    }
    parsed = parse_record(record, "r.jsonl", 1)
    doc = document_of(parsed)
    layer = layer_of(parsed, doc.text)
    assert doc.text == "سطر\nقال \u00e9te ليو"
    assert doc.text[layer.spans[0].start : layer.spans[0].end] == "ليو"


# Texts with what breaks offset arithmetic elsewhere: astral characters, harakat, tatweel,
# joiners, Latin inside Arabic, and characters Qt would rewrite (NBSP, U+2028).
PIECES = st.sampled_from(
    [
        "قال",
        "ليو",
        "مُحَمَّد",
        "الـــأمن",
        "👩\u200d👩\u200d👧",
        "𝐀",
        "🙂",
        "Macron",
        "e\u0301",
        "\u200c",
        " ",
        "\n",
        "\u00a0",
        "\u2028",
        "<b>",
        "،",
        ".",
    ]
)


@st.composite
def records(draw):
    text = "".join(draw(st.lists(PIECES, min_size=1, max_size=25)))
    text = normalize_text(text)
    ranges = st.tuples(st.integers(0, len(text)), st.integers(0, len(text)))
    chosen = {snap_to_words(text, a, b) for a, b in draw(st.lists(ranges, max_size=6))}
    chosen = sorted(c for c in chosen if c[0] < c[1])
    spans = [
        {
            "id": f"s{i}",
            "start": s,
            "end": e,
            "label": draw(st.sampled_from(["PER", "ORG", "QUOTE"])),
            "text": text[s:e],
            "attrs": {},
        }
        for i, (s, e) in enumerate(chosen)
    ]
    return {
        "id": "doc",
        "text": text,
        "meta": {"n": 1},
        "annotator": "alice",
        "status": "new",
        "spans": spans,
        "relations": [],
        "entities": [],
    }


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(record=records())
def test_property_round_trip(tmp_path_factory, record):
    folder = tmp_path_factory.mktemp("rt")
    source = folder / "in.jsonl"
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with Project.create(folder / "p.db") as proj:
        import_paths(proj, [source])
        export_project(proj, folder / "out.jsonl")
    assert read_records(folder / "out.jsonl") == [record]


def test_exports_follow_the_published_json_schema(project, tmp_path):
    jsonschema = __import__("jsonschema")
    from workbench.core.bundled import resources_dir

    schema = json.loads((resources_dir() / "jsonl-record.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    import_paths(project, [DATA / "multilayer.jsonl"])
    export_project(project, tmp_path / "o.jsonl")
    for record in read_records(tmp_path / "o.jsonl"):
        jsonschema.validate(record, schema)
    with __import__("pytest").raises(jsonschema.ValidationError):
        jsonschema.validate({"id": "x", "text": "t", "spans": []}, schema)  # no annotator
