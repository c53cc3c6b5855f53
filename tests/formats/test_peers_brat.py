"""brat folders other tools wrote (brat's own tutorial and BioNLP corpora, tests/fixtures/peers):
their annotation.conf reads as brat reads it, they import, and they export back equal."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import FIXTURES
from tests.formats.test_brat import ann_content
from workbench.formats.brat_conf import read_conf

PEERS = FIXTURES / "peers" / "brat"
FOLDERS = ["tutorial-bio", "REL", "EPI"]


@pytest.mark.parametrize("name", FOLDERS)
def test_a_peer_brat_folder_imports_and_exports_back_equal(cli, tmp_path, name):
    folder = PEERS / name
    project = tmp_path / "p.wbproj"
    created = cli("init", project, "--schema", folder / "annotation.conf")
    assert created.exit_code == 0, created.output
    imported = cli("import", project, folder)
    assert imported.exit_code == 0, imported.output
    out = tmp_path / "out"
    exported = cli("export", project, "-o", out, "--format", "brat")
    assert exported.exit_code == 0, exported.output
    for original in sorted(folder.glob("*.ann")):
        text = original.with_suffix(".txt").read_text(encoding="utf-8")
        assert (out / original.name).with_suffix(".txt").read_text("utf-8") == text
        assert ann_content(out / original.name, text) == ann_content(original, text), original
    # and the annotation.conf written reads back to the same schema
    again = read_conf(out / "annotation.conf")
    first = read_conf(folder / "annotation.conf")
    assert again.labels.keys() == first.labels.keys()
    assert {(r.name, r.heads, r.tails, r.kind) for r in again.relations.values()} == {
        (r.name, r.heads, r.tails, r.kind) for r in first.relations.values()
    }


def test_a_relation_declared_several_times_keeps_every_declaration():
    schema = read_conf(PEERS / "tutorial-bio" / "annotation.conf")
    equiv = schema.relations["Equiv"]
    assert equiv.kind == "equivalence"
    assert equiv.heads == equiv.tails == {"Protein", "Simple_chemical", "Organism"}


def test_aliases_and_separator_lines_are_not_labels():
    schema = read_conf(PEERS / "EPI" / "annotation.conf")
    assert "Hydroxylation" in schema.labels and "Dehydroxylation" in schema.labels
    assert not any("|" in name or name.startswith("-") for name in schema.labels)
    assert schema.relations["Theme"].heads >= {"Catalysis", "Acetylation"}


def test_spans_section_and_macros_read_as_brat_reads_them(tmp_path):
    conf = tmp_path / "annotation.conf"
    conf.write_text(
        "[spans]\nPerson\nOrganization|Org\n---------\nGPE\n"
        "[relations]\n<POG>=Person|Organization|GPE\nMember Arg1:<POG>, Arg2:Organization\n"
        "[events]\n[attributes]\n",
        encoding="utf-8",
    )
    schema = read_conf(conf)
    assert list(schema.labels) == ["Person", "Organization", "GPE"]
    assert schema.relations["Member"].heads == {"Person", "Organization", "GPE"}


def test_two_events_may_share_a_trigger_and_an_argument(cli, tmp_path):
    # BioNLP GE does this: two Binding events on one trigger, both with Theme T1
    folder = tmp_path / "ge"
    folder.mkdir()
    shutil.copy(PEERS / "tutorial-bio" / "annotation.conf", folder)
    (folder / "a.txt").write_text("p53 binds MDM2 and MDM4.\n", encoding="utf-8")
    (folder / "a.ann").write_text(
        "T1\tProtein 0 3\tp53\nT2\tProtein 10 14\tMDM2\nT3\tProtein 19 23\tMDM4\n"
        "T4\tBinding 4 9\tbinds\nE1\tBinding:T4 Theme:T1 Theme2:T2\n"
        "E2\tBinding:T4 Theme:T1 Theme2:T3\n",
        encoding="utf-8",
    )
    project = tmp_path / "p.wbproj"
    cli("init", project, "--schema", folder / "annotation.conf")
    result = cli("import", project, folder)
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    cli("export", project, "-o", out, "--format", "brat")
    text = (folder / "a.txt").read_text("utf-8")
    assert ann_content(out / "a.ann", text) == ann_content(folder / "a.ann", text)


def test_labels_with_bar_comma_and_space_survive_annotation_conf_and_ann(cli, tmp_path):
    schema = tmp_path / "odd.toml"
    schema.write_text(
        'name = "odd"\n'
        '[[labels]]\nname = "A|B"\n[[labels]]\nname = "C,D"\n[[labels]]\nname = "E:F"\n'
        '[[relations]]\nname = "X|Y"\nhead = ["A|B"]\ntail = ["C,D"]\n',
        encoding="utf-8",
    )
    project = tmp_path / "p.wbproj"
    assert cli("init", project, "--schema", schema).exit_code == 0, "schema"
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": "d", "text": "one two three", "annotator": "a", "spans": ['
        '{"id": "s1", "start": 0, "end": 3, "label": "A|B", "text": "one"},'
        '{"id": "s2", "start": 4, "end": 7, "label": "C,D", "text": "two"},'
        '{"id": "s3", "start": 8, "end": 13, "label": "E:F", "text": "three"}],'
        '"relations": [{"id": "r1", "label": "X|Y", "head": "s1", "tail": "s2"}]}\n',
        encoding="utf-8",
    )
    assert cli("import", project, source).exit_code == 0
    out = tmp_path / "out"
    out.mkdir()
    (out / "annotation.conf").write_text("[entities]\nSomethingElse\n", encoding="utf-8")
    assert cli("export", project, "-o", out, "--format", "brat").exit_code == 0
    conf = read_conf(out / "annotation.conf")  # the old conf is not kept: ours replaced it
    assert set(conf.labels) == {"A|B", "C,D", "E:F"}
    assert conf.relations["X|Y"].heads == {"A|B"} and conf.relations["X|Y"].tails == {"C,D"}
    again = tmp_path / "again.wbproj"
    assert cli("init", again, "--schema", out / "annotation.conf").exit_code == 0
    result = cli("import", again, out)
    assert result.exit_code == 0, result.output
    back = tmp_path / "back.jsonl"
    cli("export", again, "-o", back)
    assert '"label": "A|B"' in back.read_text("utf-8") and '"label": "X|Y"' in back.read_text(
        "utf-8"
    )


def test_brat_to_doccano_and_back_counts_every_loss(cli, tmp_path):
    # BioNLP REL has * equivalence groups: doccano has no such thing, so they come back as
    # plain R relations; the export must say so, with the count, not only "wrote 6 records"
    folder = PEERS / "REL"
    groups = sum(
        1 for ann in folder.glob("*.ann") for line in ann.read_text("utf-8").splitlines()
        if line.startswith("*")
    )  # fmt: skip
    assert groups > 0
    project = tmp_path / "p.wbproj"
    cli("init", project, "--schema", folder / "annotation.conf")
    cli("import", project, folder)
    doccano = tmp_path / "d.jsonl"
    result = cli("export", project, "-o", doccano, "--format", "doccano")
    assert result.exit_code == 0
    assert f"{groups} x brat equivalence groups (* lines written as plain relations)" in (
        result.stdout
    )
    again = tmp_path / "again.wbproj"
    cli("init", again, "--schema", folder / "annotation.conf")
    assert cli("import", again, doccano).exit_code == 0
    out = tmp_path / "out"
    cli("export", again, "-o", out, "--format", "brat")
    lines = [line for ann in out.glob("*.ann") for line in ann.read_text("utf-8").splitlines()]
    assert not any(line.startswith("*") for line in lines)  # what was said to be lost is lost


def test_events_to_a_plain_format_are_counted(cli, tmp_path):
    folder = PEERS / "tutorial-bio"
    project = tmp_path / "p.wbproj"
    cli("init", project, "--schema", folder / "annotation.conf")
    cli("import", project, folder)
    events = sum(
        1 for ann in folder.glob("*.ann") for line in ann.read_text("utf-8").splitlines()
        if line.startswith("E")
    )  # fmt: skip
    for fmt, out in (("doccano", "d.jsonl"), ("prodigy", "p.jsonl"), ("labelstudio", "l.json")):
        result = cli("export", project, "-o", tmp_path / out, "--format", fmt)
        assert result.exit_code == 0, result.output
        assert f"{events} x brat events (their arguments written as plain relations)" in (
            result.stdout
        ), fmt
