"""The agreement view's tables of a pair are made as they show (trial of issue 16, item 2):
changing the Pair or opening "By document" on a large project formats the rows on the screen
(and the few more a column's width is measured on), not every document and disagreement."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_supervision import cells, computed
from workbench.bench.agreement import build
from workbench.store.project import Project

DOCUMENTS = 400


@pytest.fixture
def large_team(tmp_path):
    """400 documents, each done by alice, bob and carol (the benchmark's data)."""
    path = tmp_path / "team.wbproj"
    build(path, DOCUMENTS, 20)
    return path


def test_changing_the_pair_and_opening_by_document_make_only_the_rows_that_show(
    qtbot, large_team, monkeypatch
):
    from workbench.ui.supervisor import SupervisorWindow

    described = []
    describe = SupervisorWindow.describe
    monkeypatch.setattr(
        SupervisorWindow,
        "describe",
        lambda self, found: described.append(found) or describe(self, found),
    )
    with Project.open(large_team) as project:
        view = computed(qtbot, SupervisorWindow(project, "sara"))
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        described.clear()
        view.pair.setCurrentIndex(1)  # the second pair, as picked in the combo box
        qtbot.wait(50)
        pair = view.current_pair()
        assert pair.annotators == tuple(view.pair.itemData(1))
        assert len(pair.disagreements) > 1000
        assert 0 < len(described) < len(pair.disagreements) // 4  # the rows of the screen
        bar = view.tabs.tabBar()
        at = next(i for i in range(view.tabs.count()) if view.tabs.tabText(i) == "By document")
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(at).center())
        assert view.tabs.currentIndex() == at
        qtbot.wait(50)
        documents = view.tables["documents"]
        assert documents.rowCount() == len(pair.by_document) == DOCUMENTS
        assert 0 < len(documents.rows.made) < DOCUMENTS // 2
        rows = cells(documents)  # every row reads as it did when all were made at once
        titles = project.titles(list(pair.by_document))
        assert [row[0] for row in rows] == [titles[doc] for doc in pair.by_document]
        last = list(pair.by_document.values())[-1]
        assert rows[-1][1] == f"{last.spans.a}/{last.spans.b}"
