"""workbench search: Arabic-insensitive, in context, over a project or a corpus database;
--bidi for terminals that do not shape Arabic."""

from __future__ import annotations

import json

import click
import pytest

from tests.conftest import SEED


@pytest.fixture
def seeded(cli, tmp_path):
    project = tmp_path / "p.wbproj"
    cli("init", project)
    cli("import", project, SEED)
    extra = tmp_path / "extra.jsonl"
    extra.write_text(
        json.dumps(
            {"id": "harakat", "text": "قالت الأُمَـمُ المُتَّحِدَةُ إنّ الوضعَ خطيرٌ"}, ensure_ascii=False
        )
        + "\n",
        encoding="utf-8",
    )
    cli("import", project, extra)
    return project


def found(cli, path, query):
    result = cli("search", path, query, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_bare_query_finds_written_forms_and_the_reverse(cli, seeded, tmp_path):
    results = found(cli, seeded, "الامم المتحده")
    assert {r["document"] for r in results} == {"000_5e26ac53a9f599b3", "harakat"}
    assert "الأُمَـمُ المُتَّحِدَةُ" in {r["match"] for r in results}
    assert "الأمم المتحدة" in {r["match"] for r in results}
    # harakat and tatweel in the query find the bare form
    with_marks = found(cli, seeded, "الأُمَـمُ")
    assert {r["match"] for r in with_marks} >= {"الأمم", "الأُمَـمُ"}
    assert found(cli, seeded, "مستشفى الزيتون") == []


def test_results_show_the_match_in_its_context(cli, seeded):
    first = found(cli, seeded, "الإرهاب")[0]
    assert first["match"] == "الإرهاب"
    assert first["before"].endswith("في مكافحة ")
    table = cli("search", seeded, "مكافحة الإرهاب", "--bidi", "off").stdout
    assert "«مكافحة الإرهاب»" in table and "matches in 1 document" in table


def test_corpus_database_is_searched_the_same_way(cli, seeded, tmp_path):
    corpus = tmp_path / "corpus.db"
    assert cli("export", seeded, "-o", corpus, "--format", "corpus").exit_code == 0
    assert {r["document"] for r in found(cli, corpus, "الامم المتحده")} == {
        "000_5e26ac53a9f599b3",
        "harakat",
    }
    assert found(cli, corpus, "زيتون") == []


def test_bidi_on_shapes_and_reorders_json_never(cli, seeded):
    shown = cli("search", seeded, "شينخوا", "--bidi", "on").stdout
    assert "شينخوا" not in shown  # shaped into presentation forms, in visual order
    assert "\ufeb7" in shown or "ﺷ" in shown
    off = cli("search", seeded, "شينخوا", "--bidi", "off").stdout
    assert "«شينخوا»" in off
    # CliRunner is not a terminal: auto prints logical text
    assert "«شينخوا»" in cli("search", seeded, "شينخوا").stdout
    assert (
        json.loads(cli("search", seeded, "شينخوا", "--json", "--bidi", "on").stdout)[0]["match"]
        == "شينخوا"
    )


def test_search_of_a_file_that_is_neither(cli, tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    result = cli("search", other, "x")
    assert result.exit_code == 1 and "not SQLite" in result.stderr


def test_the_limit_is_kept_and_zero_is_a_usage_error(cli, seeded):
    """--limit 0 used to print "no match for 'الأمم'" for a word the project has: asking for no
    match is a mistake, said as one (exit 2), never a claim that nothing matches."""
    assert found(cli, seeded, "الأمم") != []
    for args in ([], ["--json"]):
        result = cli("search", seeded, "الأمم", "--limit", "0", *args)
        assert result.exit_code == 2 and result.stdout == ""
        assert "Invalid value for '--limit': 0 is not in the range x>=1" in result.stderr
        assert "no match" not in result.output
    assert len(found_limited(cli, seeded, "ال", 3)) == 3


def test_the_summary_says_when_the_limit_stopped_the_search(cli, seeded):
    everything = found_limited(cli, seeded, "الأمم", 1000)
    n = len(everything)
    assert n >= 3
    stopped = cli("search", seeded, "الأمم", "--limit", n - 1, "--bidi", "off").stdout
    assert stopped.rstrip().endswith(f"--limit {n - 1} reached; there are more)")
    assert len([line for line in stopped.splitlines() if "«" in line]) == n - 1
    for limit in (n, n + 5):  # every match shown: nothing more to say
        shown = cli("search", seeded, "الأمم", "--limit", limit, "--bidi", "off").stdout
        assert shown.rstrip().endswith(" matches in 2 documents"), shown[-200:]


@pytest.fixture
def many(cli, tmp_path):
    """60 documents with a match each, ids of different lengths."""
    project = tmp_path / "many.wbproj"
    cli("init", project)
    lines = tmp_path / "many.jsonl"
    text = "قال الرجل إن الأمم المتحدة قالت ذلك"
    lines.write_text(
        "".join(
            json.dumps({"id": f"d{i}" + "x" * (i % 7), "text": text}, ensure_ascii=False) + "\n"
            for i in range(60)
        ),
        encoding="utf-8",
    )
    assert cli("import", project, lines).exit_code == 0
    return project


@pytest.mark.parametrize("as_json", [False, True])
def test_matches_are_printed_as_they_are_found(cli, many, monkeypatch, as_json):
    """--limit 100000 on a large project printed nothing for 19.5 s, then 232 MB at once: each
    match is printed before the next is looked for (the table once its first page of 20 rows
    has set the columns' widths)."""
    import workbench.cli.explore as explore

    printed_when_asked: list[int] = []
    real = explore.found

    def watched(*args, **kwargs):
        for match in real(*args, **kwargs):
            yield match
            printed_when_asked.append(len(click.get_text_stream("stdout").buffer.getvalue()))

    monkeypatch.setattr(explore, "found", watched)
    args = ["--json"] if as_json else ["--bidi", "off"]
    result = cli("search", many, "الأمم المتحدة", "--limit", 1000, *args)
    assert result.exit_code == 0
    first_row = 1 if as_json else explore.PAGE
    grew = printed_when_asked[first_row - 1 :]
    assert grew[0] > 0 and all(a < b for a, b in zip(grew, grew[1:], strict=False))
    if as_json:  # the same array as before, written a match at a time
        assert len(json.loads(result.stdout)) == 60
    else:
        rows = result.stdout.splitlines()
        assert rows[0].startswith("document ") and set(rows[1]) == {"-", " "}
        width = len(rows[1].split("  ")[0])
        assert all(row[width : width + 2] == "  " != row[width + 2] for row in rows[2:62])
        assert rows[-1] == "60 matches in 60 documents"


def found_limited(cli, path, query, limit):
    result = cli("search", path, query, "--json", "--limit", limit)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("query", ["الأم", "الامم المتحده", "المتحدة إن", "المُتَّحِ", "قال", "xinhua"])
def test_a_project_and_its_corpus_database_find_the_same_matches(cli, seeded, tmp_path, query):
    """One matching rule: the start of a word matches in both (the corpus's word index used
    to find only whole words), with the same places and context."""
    corpus = tmp_path / "corpus.db"
    assert cli("export", seeded, "-o", corpus, "--format", "corpus").exit_code == 0
    in_project = found(cli, seeded, query)
    assert found(cli, corpus, query) == in_project
    assert in_project or query == "xinhua"
    if query == "الأم":  # the start of a word: the hit is the word, with its marks
        assert {r["match"] for r in in_project} >= {"الأمم", "الأُمَـمُ"}


def test_paths_holding_hash_or_question_mark_are_file_names(cli, seeded, tmp_path, monkeypatch):
    """SQLite URIs used to read 'c#1.db' as the file 'c' (and create it)."""
    monkeypatch.chdir(tmp_path)
    for name in ("c#1.wbproj", "q?x=1.wbproj", "p%20c.wbproj"):
        (tmp_path / name).write_bytes(seeded.read_bytes())
        assert found(cli, name, "الامم المتحده"), name
        assert cli("stats", name).exit_code == 0
    for name in ("c#1.db", "q?mode=rw.db"):
        assert cli("export", seeded, "-o", name, "--format", "corpus").exit_code == 0
        assert found(cli, name, "الامم المتحده"), name
    made = {p.name for p in tmp_path.iterdir()} - {"p.wbproj", "extra.jsonl"}
    assert {name for name in made if not name.endswith(("-wal", "-shm"))} == {
        "c#1.db",
        "c#1.wbproj",
        "p%20c.wbproj",
        "q?mode=rw.db",
        "q?x=1.wbproj",
    }


@pytest.mark.slow
def test_the_limit_bounds_the_work_on_a_huge_single_line(tmp_path):
    """A 10 MB one-line document: --limit 3 reads no more of it than it needs, and memory stays
    a small fraction of the document (it used to peak at about 76 times its size)."""
    import tracemalloc

    from workbench.core.model import Document
    from workbench.store.project import Project
    from workbench.workflow.search import search

    line = ("قالت الأمم المتحدة إن الوضع خطير " * 400_000)[:10_000_000]
    project = tmp_path / "big.wbproj"
    with Project.create(project) as opened:
        opened.add_document(Document("big", line, {}))
    tracemalloc.start()
    try:
        results = search(project, "الامم", 3)
        # both words are in it, never one after the other: the whole document is read
        whole = search(project, "المتحدة قالت", 3)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [r.start for r in results] == [5, 38, 71] and whole == []
    assert peak < len(line) // 4, peak


NEWS = (
    "قال الوزير وقالت أمس، وقالوا: استقال المدير ونشر مقالا عن فيروس جديد. وللفيروس آثار. "
    "دعا للأمم المتحدة. فقال ١٢٣ شخصا و۱۲۳ آخرون من 123 بلدا؛ یک کتاب."
)


@pytest.fixture
def news(cli, tmp_path):
    """A project holding the issue's sentence, and the corpus database exported from it."""
    project, corpus = tmp_path / "news.wbproj", tmp_path / "news.db"
    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps({"id": "news", "text": NEWS}, ensure_ascii=False) + "\n")
    cli("init", project)
    assert cli("import", project, source).exit_code == 0
    assert cli("export", project, "-o", corpus, "--format", "corpus").exit_code == 0
    return project, corpus


@pytest.mark.parametrize(
    "query, exact, expected",
    [
        ("قال", False, ["قال", "وقالت", "وقالوا", "فقال"]),  # not استقال, not مقالا
        ("قال", True, ["قال"]),
        ("فيروس", False, ["فيروس"]),  # not from inside وللفيروس
        ("الفيروس", False, ["وللفيروس"]),  # ل + ال = لل
        ("الأمم المتحدة", False, ["للأمم المتحدة"]),
        ("الأمم المتحدة", True, []),
        ("123", False, ["١٢٣", "و۱۲۳", "123"]),  # Arabic-Indic and Persian digits
        ("۱۲۳", True, ["١٢٣", "123"]),
        ("يك", True, ["یک"]),  # Persian ی and ک
    ],
)
def test_search_is_clitic_aware_in_a_project_and_its_corpus(cli, news, query, exact, expected):
    for path in news:
        args = ["search", path, query, "--json", *(["--exact-word"] if exact else [])]
        result = cli(*args)
        assert result.exit_code == 0, result.output
        assert [r["match"] for r in json.loads(result.stdout)] == expected, path


def test_the_document_list_filters_by_the_same_rule(cli, news, tmp_path):
    from workbench.store.project import Project

    other = tmp_path / "other.jsonl"
    other.write_text(
        json.dumps({"id": "resign", "text": "استقال الرئيس."}, ensure_ascii=False) + "\n"
    )
    assert cli("import", news[0], other).exit_code == 0
    with Project.open(news[0]) as project:
        assert project.document_statuses("alice", "قال") == [["news", "new"]]  # not استقال
        assert project.document_statuses("alice", "رئيس") == []  # not inside الرئيس
        assert project.document_statuses("alice", "الرئيس") == [["resign", "new"]]
        assert project.document_statuses("alice", "الفيروس") == [["news", "new"]]
        assert project.document_statuses("alice", "الفيروس", exact=True) == []
        assert project.document_statuses("alice", "وقالت", exact=True) == [["news", "new"]]


def _beside(path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))


def test_searching_leaves_no_file_beside_a_project_or_a_corpus_database(cli, seeded, tmp_path):
    corpus = tmp_path / "z.db"
    assert cli("export", seeded, "-o", corpus, "--format", "corpus").exit_code == 0
    for path in (corpus, seeded):
        assert _beside(path) == [path.name]
        assert found(cli, path, "الامم المتحده")
        assert cli("search", path, "زيتون").exit_code == 0
        assert _beside(path) == [path.name], path


@pytest.mark.parametrize("limit", ["-1", "-100"])
def test_a_negative_limit_is_a_usage_error(cli, seeded, limit):
    result = cli("search", seeded, "الامم", "--limit", limit)
    assert result.exit_code == 2 and result.stdout == ""
    assert "Invalid value for '--limit'" in result.stderr and "no match" not in result.output
