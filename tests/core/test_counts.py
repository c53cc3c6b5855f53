"""The command line says "1 document", never "1 documents"."""

from workbench.core.counts import count


def test_a_count_takes_the_noun_in_its_number():
    assert count(1, "document") == "1 document"
    assert [count(n, "document") for n in (0, 2)] == ["0 documents", "2 documents"]
    assert count(3, "match", "matches") == "3 matches"


def test_importing_and_packing_one_document_say_one_document(cli, tmp_path):
    source = tmp_path / "one.jsonl"
    source.write_text('{"id": "d1", "text": "قال الوزير."}\n', "utf-8")
    project = tmp_path / "p.wbproj"
    assert cli("init", project).exit_code == 0
    imported = cli("import", project, source)
    assert "1 document added" in imported.output, imported.output
    packed = cli("pack", project, "--annotator", "amal", "-o", tmp_path / "amal.wbproj")
    assert "packed 1 document for amal" in packed.output, packed.output
