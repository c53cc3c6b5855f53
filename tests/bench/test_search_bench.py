"""The benchmark's search section on a small corpus: its rows are there, the window's
document list row included, and each checks what it measures (the first page of the
progressive list equals the first page of the whole filter)."""

from __future__ import annotations

from workbench.bench.search import COMMON, PAGE, bench_search, first_screen
from workbench.store.project import Project


def test_the_search_section_measures_the_document_lists_first_page(tmp_path):
    results = bench_search(tmp_path, count=2000)
    names = [r.name for r in results]
    assert any(name.startswith("document list in the window") for name in names)
    row = results[-1]
    assert row.seconds > 0 and row.baseline_seconds > 0 and row.unit == "x 100 ms"
    with Project.open(tmp_path / "search.wbproj") as project:
        page = first_screen(project, COMMON, progressive=True)
        assert len(page) == PAGE
        assert page == first_screen(project, COMMON, progressive=False)
