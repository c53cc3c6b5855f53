"""Agreement's progress counts documents: the agreement view read "Computing agreement: 12000 of
40000" for 10,000 documents (a step per document read and per document and pair compared)."""

from __future__ import annotations

from workbench.agreement.project import agreement_report
from workbench.bench.agreement import build
from workbench.store.project import Project

DOCUMENTS = 30


def test_progress_is_told_in_documents_and_ends_at_all_of_them(tmp_path):
    path = tmp_path / "team.wbproj"
    build(path, DOCUMENTS, 5)  # alice, bob and carol: three pairs
    seen: list[tuple[int, int]] = []
    with Project.open(path) as project:
        assert agreement_report(project, progress=lambda done, total: seen.append((done, total)))
    assert seen and {total for _, total in seen} == {DOCUMENTS}
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[0] >= 0 and done[-1] == DOCUMENTS
