"""The search index of a project (store/search_index.py): documents that cannot match are not
read, what is found is what reading every document finds, and the index follows the documents:
imported in several goes, brought by a package merge, or already in a file of the format
before the index (migration 10 fills it). An import leaves its documents to the index: a
search reads them until the index covers them, and the first search that may write the file
brings the index up to date (a read-only project is searched as it is)."""

from __future__ import annotations

import json
import random
import sqlite3

from workbench.bench.data import WORDS
from workbench.core.model import Document
from workbench.core.search import chunked, matches
from workbench.store.project import Project
from workbench.store.projectfile import LATEST_VERSION
from workbench.store.search import catch_up_index, document_texts
from workbench.workflow.search import CONTEXT, search

TEXTS = {
    "said": "قال الوزير إن الوضع مستقر.",
    "virus": "وللفيروس آثار، وبالفيروس يصاب الناس.",
    "un": "دعا للأمم المتحدة إلى التهدئة، قالت الوزارة.",
    "resigned": "استقال المدير ونشر مقالا.",
}


def _project(path, texts=TEXTS, indexed=True):
    with Project.create(path) as project:
        project.add_documents([Document(doc_id, text) for doc_id, text in texts.items()])
    if indexed:
        catch_up_index(path)
    return path


def failing(message: str, code: int):
    """A stand-in that fails as SQLite does, with the error ``code``."""

    def fail(*_args, **_kwargs):
        error = sqlite3.OperationalError(message)
        error.sqlite_errorcode = code
        raise error

    return fail


def unindexed(path):
    with Project.open(path) as project:
        return project.unindexed_documents()


def read(path, query):
    """The documents the search reads for ``query``."""
    documents = document_texts(path, query)
    try:
        return [doc_id for doc_id, _title, chunks in documents if list(chunks) is not None]
    finally:
        documents.close()


def scan(texts, query, exact=False, limit=1000):
    """What reading every text with the matcher finds: (document, start, end)."""
    found = []
    for doc_id, text in texts.items():
        for hit in matches(chunked(text), query, CONTEXT, exact):
            found.append((doc_id, hit.start, hit.end))
    return found[:limit]


def test_documents_the_index_rules_out_are_not_read(tmp_path):
    path = _project(tmp_path / "p.wbproj")
    assert read(path, "الفيروس") == ["virus"]
    assert read(path, "الأمم المتحدة") == ["un"]
    assert read(path, "كورونا") == []
    assert read(path, "قال") == ["said", "un"]  # no word of استقال, مقالا starts with قال
    assert read(path, "الوز") == ["said", "un"]  # the confirmed matches decide
    assert [m.match for m in search(path, "الوز", 10)] == ["الوزير", "الوزارة"]
    assert read(path, "،") == list(TEXTS)  # punctuation alone: every document is read


def test_what_is_found_is_what_reading_every_document_finds(tmp_path):
    rng = random.Random(3)
    words = [*WORDS, "وللفيروس", "بالفيروس", "فللأمم", "كالمدير", "ومستقالة"]
    texts = {
        f"d{i}": " ".join(rng.choice(words) for _ in range(rng.randrange(1, 30)))
        for i in range(120)
    }
    path = _project(tmp_path / "p.wbproj", texts)
    queries = ["الفيروس", "للأمم", "الأمم", "قال", "المدير", "مستقال", "إلى", "لإصدار", "في"]
    queries += [" ".join(rng.sample(words, 2)) for _ in range(20)]
    for query in queries:
        for exact in (False, True):
            found = [(m.document, m.start, m.end) for m in search(path, query, 1000, exact)]
            assert found == scan(texts, query, exact), (query, exact)
    with Project.open(path) as project:
        for query in queries:
            listed = [doc for doc, _status in project.document_statuses("alice", query)]
            assert listed == list(dict.fromkeys(d for d, _s, _e in scan(texts, query))), query


def test_documents_imported_later_and_merged_are_found(tmp_path, cli):
    path = _project(tmp_path / "p.wbproj")
    source = tmp_path / "more.jsonl"
    source.write_text('{"id": "late", "text": "وصل الفيروس الجديد"}\n', encoding="utf-8")
    assert cli("import", path, source).exit_code == 0
    assert [m.document for m in search(path, "الفيروس", 10)] == ["virus", "virus", "late"]
    package = tmp_path / "alice.wbpkg"
    assert cli("pack", path, "--annotator", "alice", "-o", package).exit_code == 0
    assert cli("merge", path, package).exit_code == 0
    assert [m.document for m in search(path, "الجديد", 10)] == ["late"]


def test_an_import_leaves_its_documents_to_the_index_and_a_search_reads_them(tmp_path, cli):
    path = _project(tmp_path / "p.wbproj")
    source = tmp_path / "more.jsonl"
    lines = ['{"id": "late", "text": "وصل الفيروس الجديد"}', '{"id": "calm", "text": "هدوء تام"}']
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli("import", path, source).exit_code == 0
    assert unindexed(path) == 2
    # not covered yet: both are read for any word, and the matcher decides
    assert read(path, "الفيروس") == ["virus", "late", "calm"]
    assert read(path, "كورونا") == ["late", "calm"]
    before = [(m.document, m.start, m.end) for m in search(path, "الفيروس", 10)]
    assert unindexed(path) == 0  # the search brought the index up to date first
    assert read(path, "الفيروس") == ["virus", "late"]
    assert read(path, "كورونا") == []
    assert [(m.document, m.start, m.end) for m in search(path, "الفيروس", 10)] == before
    assert [d for d, _s, _e in before] == ["virus", "virus", "late"]


def test_the_index_catches_up_a_batch_at_a_time_and_finds_the_same_all_along(tmp_path):
    rng = random.Random(5)
    texts = {f"d{i}": " ".join(rng.choice(WORDS) for _ in range(12)) for i in range(50)}
    path = _project(tmp_path / "p.wbproj", texts, indexed=False)
    queries = ["قال", "الأمم", "في", "المتحدة الأمم"]
    expected = {q: scan(texts, q) for q in queries}
    left = 50
    with Project.open(path) as project:
        while left:
            assert project.unindexed_documents() == left
            for query in queries:
                listed = [doc for doc, _status in project.document_statuses("ali", query)]
                assert listed == list(dict.fromkeys(d for d, _s, _e in expected[query]))
            left = project.index_for_search(batch=7)
            assert left == max(0, project.unindexed_documents())
    for query in queries:
        assert [(m.document, m.start, m.end) for m in search(path, query, 1000)] == expected[query]


def test_a_project_it_may_not_write_is_searched_as_it_is(tmp_path, monkeypatch):
    """(Real read-only media: tests/reliability/test_read_only_and_full_disk.py.)"""
    import workbench.store.search as store_search

    path = _project(tmp_path / "p.wbproj", indexed=False)
    monkeypatch.setattr(store_search, "can_write", lambda _path: False)
    assert [m.document for m in search(path, "الفيروس", 10)] == ["virus", "virus"]
    assert unindexed(path) == len(TEXTS)  # nothing written


def test_the_command_says_when_a_search_indexes_many_documents(tmp_path, cli, monkeypatch):
    import workbench.cli.explore as explore

    path = _project(tmp_path / "p.wbproj", indexed=False)
    monkeypatch.setattr(explore, "INDEX_NOTICE", 3)
    done = cli("search", path, "الفيروس")
    assert done.exit_code == 0
    assert "indexing 4 documents for search (once, after an import)" in done.stderr
    assert "وللفيروس" in done.stdout
    again = cli("search", path, "الفيروس")
    assert "indexing" not in again.stderr and again.stdout == done.stdout


def test_a_project_of_the_format_before_the_index_gets_it_when_opened(tmp_path):
    path = _project(tmp_path / "old.wbproj")
    conn = sqlite3.connect(path)  # the file as format 9 left it: no index
    conn.execute("DROP TABLE search_words")
    conn.execute("DROP TABLE search_indexed")
    conn.execute("DELETE FROM migrations WHERE version >= 10")
    conn.execute("PRAGMA user_version = 9")
    conn.commit()
    conn.close()
    assert [m.document for m in search(path, "الفيروس", 10)] == ["virus", "virus"]  # read all
    assert read(path, "كورونا") == list(TEXTS)
    Project.open(path).close()  # brings the file up to date: migration 10 fills the index
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    conn.close()
    assert read(path, "كورونا") == []
    assert read(path, "الفيروس") == ["virus"]
    assert [m.document for m in search(path, "الفيروس", 10)] == ["virus", "virus"]


def as_format_10(path):
    """The file as format 10 left it: an index kept up to date by every import, no watermark."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE search_indexed")
    conn.execute("DELETE FROM migrations WHERE version >= 11")
    conn.execute("PRAGMA user_version = 10")
    conn.commit()
    conn.close()
    return path


def test_a_project_of_format_10_is_covered_whole(tmp_path):
    """Format 10 indexed every import: read-only, its index is trusted for every document;
    opened, migration 11 records that it covers them all."""
    path = as_format_10(_project(tmp_path / "ten.wbproj"))
    assert read(path, "كورونا") == []
    assert read(path, "الفيروس") == ["virus"]
    assert unindexed(path) == 0  # opening it brought it to the latest format
    assert read(path, "الفيروس") == ["virus"]


def test_a_document_indexed_between_the_two_reads_of_a_search_comes_once(tmp_path, monkeypatch):
    """The index's candidates are read in two goes (those it names, those after it): another
    program catching the index up in between must not make a document come twice."""
    from workbench.store import search_index

    path = _project(tmp_path / "p.wbproj", indexed=False)
    real, caught_up = search_index.indexed_through, []

    def then_another_program_catches_up(conn):
        through = real(conn)
        if not caught_up:
            caught_up.append(True)
            catch_up_index(path)  # its own connection, between this read and the next
        return through

    monkeypatch.setattr(search_index, "indexed_through", then_another_program_catches_up)
    with Project.open(path) as project:
        found = list(search_index.candidates(project.conn, search_index.match_expression("قال")))
    assert len(found) == len(set(found)) == len(TEXTS)  # each document once


def test_an_error_while_indexing_is_a_project_error_the_window_can_show(tmp_path, monkeypatch):
    """Not busy (the window tries again later) but broken: said as a ProjectError, which stops
    the window's indexer, rather than an SQLite error raised at every turn of its loop."""
    from workbench.core.errors import ProjectError
    from workbench.store import search_index

    path = _project(tmp_path / "p.wbproj", indexed=False)
    monkeypatch.setattr(search_index, "catch_up", failing("disk I/O error", sqlite3.SQLITE_IOERR))
    with Project.open(path) as project:
        for wait in (True, False):
            try:
                project.index_for_search(50, wait=wait)
            except ProjectError as exc:
                assert "cannot index for search" in str(exc)
            else:
                raise AssertionError("no error")
        assert not project.in_transaction


def test_a_format_10_file_on_read_only_media_opens_and_is_searched(tmp_path, monkeypatch):
    from workbench.store import projectfile

    path = as_format_10(_project(tmp_path / "ten.wbproj"))
    monkeypatch.setattr(projectfile, "can_write", lambda _path: False)
    with Project.open(path) as project:
        assert project.read_only and project.document_count() == len(TEXTS)
        assert project.unindexed_documents() == 0
        assert [d for d, _s in project.document_statuses("ali", "الفيروس")] == ["virus"]


def test_an_empty_query_is_refused_before_anything_is_read(tmp_path, cli):
    path = _project(tmp_path / "p.wbproj", indexed=False)
    for query in ("", "   "):
        done = cli("search", path, query)
        assert done.exit_code == 2 and "the query is empty" in done.stderr
    assert unindexed(path) == len(TEXTS)  # not indexed for nothing


def test_a_search_that_could_not_index_says_why_and_still_finds(tmp_path, cli, monkeypatch):
    """A full disk: the index stays behind (the search said "indexing..." at every run and
    nothing else); now a warning says why, and the matches are all there."""
    from workbench.store import search_index

    path = _project(tmp_path / "p.wbproj", indexed=False)
    full = failing("database or disk is full", sqlite3.SQLITE_FULL)
    monkeypatch.setattr(search_index, "catch_up", full)
    done = cli("search", path, "الفيروس", "--json")
    assert done.exit_code == 0
    assert "warning: the search index was not brought up to date: the disk is full" in done.stderr
    assert [m["document"] for m in json.loads(done.stdout)] == ["virus", "virus"]
