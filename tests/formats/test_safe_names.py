"""Names that become paths: hostile document ids and annotator names stay inside ``-o``."""

from __future__ import annotations

import json

import pytest

from workbench.formats.safe_names import brat_name, original, path_component

HOSTILE = ["../../escaped", "/abs/x", "..", ".", "a/b\\c", "nul\x00byte", "tab\there", "%41", ""]


@pytest.mark.parametrize("name", HOSTILE + ["قال", "x" * 400, "ا" * 300])
def test_path_component_is_one_safe_name_that_reads_back(name):
    component, cut = path_component(name)
    assert "/" not in component and "\\" not in component and "\x00" not in component
    assert component not in ("", ".", "..") and not component.startswith(".")
    assert len(component.encode("utf-8")) <= 255
    if not cut:
        assert original(component) == name


def test_distinct_names_never_share_a_file_name():
    names = HOSTILE + ["%2E%2E", "%252E", "A", "a", "a b", "a%20b"]
    assert len({path_component(n)[0] for n in names}) == len(names)


@pytest.mark.parametrize("label", ["A|B", "A,B", "A B", "A:B", "100%", "<X>", "!x"])
def test_brat_name_is_one_word_without_brat_separators(label):
    word = brat_name(label)
    assert not any(c in word for c in "|, :<>!") and original(word) == label


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def test_brat_export_of_hostile_ids_and_annotators_writes_only_inside_the_output(cli, tmp_path):
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    project = work / "p.wbproj"
    assert cli("init", project).exit_code == 0
    text = "قال الرئيس"
    span = {"id": "T1", "start": 4, "end": 10, "label": "PER", "text": "الرئيس"}
    records = [
        {"id": "../../escaped", "text": text, "annotator": "alice", "spans": [span]},
        {"id": "/abs/x", "text": text + ".", "annotator": "../../evil", "spans": [span]},
        {"id": "..", "text": text + "!", "annotator": "alice", "spans": [span]},
    ]
    result = cli("import", project, write_jsonl(work / "in.jsonl", records))
    assert result.exit_code == 0, result.output
    before = sorted(p for p in tmp_path.rglob("*"))
    out = work / "out"
    result = cli("export", project, "--format", "brat", "-o", out)
    assert result.exit_code == 0, result.output
    after = sorted(p for p in tmp_path.rglob("*"))
    new = [p for p in after if p not in before]
    assert new and all(p == out or out in p.parents for p in new), new
    assert not (tmp_path / "escaped.txt").exists() and not (tmp_path / "evil").exists()
    # one folder per annotator, each an escaped name inside out/
    assert sorted(p.name for p in out.iterdir()) == [
        "%2E.%2F..%2Fevil",
        "alice",
        "workbench.offsets",
    ]
    # brat import gives the ids back
    again = work / "again.wbproj"
    cli("init", again)
    assert cli("import", again, out / "alice").exit_code == 0
    native = work / "again.jsonl"
    cli("export", again, "-o", native)
    ids = sorted(json.loads(line)["id"] for line in native.read_text("utf-8").splitlines())
    assert ids == ["..", "../../escaped"]


@pytest.mark.parametrize("fmt", ["brat", "webanno"])
def test_doccano_record_ids_never_make_paths_out_of_the_output(cli, tmp_path, fmt):
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    project = work / "p.wbproj"
    cli("init", project)
    source = work / "d.jsonl"
    source.write_text(
        '{"id": "../../../owned", "text": "قال الرئيس", "label": [[4, 10, "PER"]]}\n'
        '{"id": "/tmp/abs", "text": "قال الوزير", "label": [[4, 10, "PER"]]}\n',
        encoding="utf-8",
    )
    assert cli("import", project, source, "--format", "doccano").exit_code == 0
    before = set(tmp_path.rglob("*"))
    out = work / "out"
    result = cli("export", project, "-o", out, "--format", fmt)
    assert result.exit_code == 0, result.output
    new = set(tmp_path.rglob("*")) - before
    assert new and all(p == out or out in p.parents for p in new)
    again = work / "again.wbproj"
    cli("init", again)
    assert cli("import", again, out).exit_code == 0
    native = work / "n.jsonl"
    cli("export", again, "-o", native)
    ids = sorted(json.loads(line)["id"] for line in native.read_text("utf-8").splitlines())
    assert ids == ["../../../owned", "/tmp/abs"]
