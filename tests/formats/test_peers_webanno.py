"""WebAnno TSV 3, as INCEpTION's own test suite writes it (tests/fixtures/peers/webanno):
span layers with features, stacked spans, relations, an emoji (UTF-16 offsets), a sentence
with a line break, sub-tokens."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tests.formats.content import native_content

PEERS = FIXTURES / "peers"
WEBANNO = PEERS / "webanno"
SCHEMA = PEERS / "schemas" / "webanno.toml"
FILES = sorted(WEBANNO.glob("*.tsv"))


def imported(cli, tmp_path, *paths, name="p"):
    project = tmp_path / f"{name}.wbproj"
    assert cli("init", project, "--schema", SCHEMA).exit_code == 0
    result = cli("import", project, *paths)
    assert result.exit_code == 0, result.output
    native = tmp_path / f"{name}.jsonl"
    cli("export", project, "-o", native)
    return project, result, native_content(native)


@pytest.mark.parametrize("tsv", FILES, ids=[f.stem for f in FILES])
def test_inceptions_files_import_and_export_back_equal(cli, tmp_path, tsv):
    project, _result, first = imported(cli, tmp_path, tsv)
    out = tmp_path / "out"
    exported = cli("export", project, "-o", out, "--format", "webanno")
    assert exported.exit_code == 0, exported.output
    _again, _result, second = imported(cli, tmp_path, out, name="again")
    assert second == first


def test_what_each_file_holds(cli, tmp_path):
    _project, result, content = imported(cli, tmp_path, *FILES)
    by_doc = {doc.removeprefix("tsv3_"): value for (doc, _who), value in content.items()}
    text, spans, relations = by_doc["testMultiTokenSpanWithFeatureValue"]
    assert spans == [("PERSON", 0, 16, "This is a test .")]
    _text, spans, _relations = by_doc["testMultiTokenStackedSpanWithFeatureValue"]
    assert {s[0] for s in spans} == {"PERSON", "LOCATION"}
    text, spans, _relations = by_doc["testSentenceWithEmoji"]
    assert text == "I like it 😊 ." and spans == [("Span", 10, 11, "😊")]  # 10-12 in UTF-16
    text, _spans, _relations = by_doc["testSentenceWithLineBreak"]
    assert text == "This is\na test ."  # no line break after the last sentence
    _text, _spans, relations = by_doc["testSingleTokenRelationWithMultipleFeatureValues"]
    assert relations == [
        (
            "nsubj",
            (
                "Token",
                0,
                4,
                "This",
            ),
            ("Token", 15, 16, "."),
        )
    ]
    _text, spans, relations = by_doc["testSubTokenRelation"]
    assert relations == [("Relation", ("OTH", 0, 1, "T"), ("OTH", 3, 4, "t"))]
    # two stacked annotations of one label at one place cannot both be kept: said, not silent
    assert "stacked annotations with one label at one place (merged into one)" in result.stdout


def test_relation_features_survive_the_round_trip(cli, tmp_path):
    tsv = WEBANNO / "tsv3_testSingleTokenRelationWithMultipleFeatureValues.tsv"
    project, _result, _content = imported(cli, tmp_path, tsv)
    out = tmp_path / "out"
    cli("export", project, "-o", out, "--format", "webanno")
    written = (out / tsv.name).read_text("utf-8")
    assert "#T_RL=webanno.custom.Relation|label|boolValue|integerValue|BT_" in written
    assert "\tnsubj\ttrue\t42\t1-1[" in written


def test_a_broken_row_names_file_and_line(cli, tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        "#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Span|value\n\n\n#Text=a b\n"
        "1-1\t0-1\ta\tX[1]\t\n1-2\tnot-offsets\tb\t_\t\n",
        encoding="utf-8",
    )
    project = tmp_path / "p.wbproj"
    cli("init", project, "--schema", SCHEMA)
    result = cli("import", project, bad)
    assert result.exit_code == 1 and f"{bad}:7:" in result.stderr
    assert "Traceback" not in result.output


def test_other_tab_separated_files_in_a_folder_are_not_taken_for_webanno(cli, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "stats.tsv").write_text("label\tcount\nPER\t3\n", encoding="utf-8")
    tsv = WEBANNO / "tsv3_testMultiTokenSpanWithFeatureValue.tsv"
    (folder / tsv.name).write_bytes(tsv.read_bytes())
    project = tmp_path / "p.wbproj"
    cli("init", project, "--schema", SCHEMA)
    result = cli("import", project, folder)
    assert result.exit_code == 0, result.output
    assert "1 document added" in result.stdout
    alone = cli("import", project, folder / "stats.tsv")
    assert alone.exit_code == 1 and "cannot tell the format" in alone.stderr


def test_token_rows_without_their_sentence_text_are_refused_with_the_line(cli, tmp_path):
    bad = tmp_path / "no-text.tsv"
    bad.write_text(
        "#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Span|value\n\n\n1-1\t0-4\tThis\tPERSON\t\n",
        encoding="utf-8",
    )
    project = tmp_path / "p.wbproj"
    cli("init", project, "--schema", SCHEMA)
    result = cli("import", project, bad)
    assert result.exit_code == 1
    assert f"{bad}:5: a token row before any #Text= line" in result.stderr
