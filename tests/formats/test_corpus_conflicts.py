"""A corpus database gathers several projects: a document id it holds already, arriving with a
different text, is refused (naming the document), so spans never point into another text."""

from __future__ import annotations

import sqlite3

import pytest

from tests.cli.test_cli import dump
from workbench.core.errors import FormatError
from workbench.core.model import Document
from workbench.formats.corpus import export_corpus
from workbench.store.project import Project

FIRST = "قال الرئيس محمد في القاهرة إن الاتفاق جاهز"
SECOND = "أعلنت الوزارة في بيروت أن المحادثات انتهت"


def project_with(path, text: str, annotator: str) -> Project:
    project = Project.create(path)
    project.add_documents([Document("news-1", text)])
    word = text.split()[2]
    start = text.index(word)
    project.add_span("news-1", annotator, "PER", start, start + len(word))
    return project


def test_a_second_project_with_the_same_id_and_another_text_is_refused(tmp_path):
    corpus = tmp_path / "corpus.db"
    with project_with(tmp_path / "a.wbproj", FIRST, "alice") as first:
        export_corpus(first, corpus)
    before = dump(corpus)
    with (
        project_with(tmp_path / "b.wbproj", SECOND, "bob") as second,
        pytest.raises(FormatError, match="'news-1'.*different text") as caught,
    ):
        export_corpus(second, corpus)
    assert str(corpus) in str(caught.value)
    assert dump(corpus) == before
    conn = sqlite3.connect(corpus)
    (text,) = conn.execute("SELECT text FROM documents").fetchone()
    for start, end, span_text in conn.execute('SELECT start, "end", text FROM spans'):
        assert text[start:end] == span_text  # every span matches the text it points into
    conn.close()


def test_the_same_text_again_is_refreshed_as_before(tmp_path):
    corpus = tmp_path / "corpus.db"
    with project_with(tmp_path / "a.wbproj", FIRST, "alice") as first:
        export_corpus(first, corpus)
    with project_with(tmp_path / "b.wbproj", FIRST, "bob") as second:
        counts = export_corpus(second, corpus)
    assert (counts["documents"], counts["spans"]) == (1, 2)
