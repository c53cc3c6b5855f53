"""The agreement view computes its report in the background (issue 16 item 5): the window keeps
answering while the documents are counted off in a progress bar, Cancel stops the computation
(the thread ends, no report is shown half made), and Recompute brings the numbers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer

from tests.ui.test_supervision import cells, computed
from workbench.bench.agreement import build
from workbench.store.project import Project

DOCUMENTS = 1000


@pytest.fixture(scope="module")
def large_team(tmp_path_factory):
    """1,000 documents, each done by alice, bob and carol (the benchmark's data)."""
    path = tmp_path_factory.mktemp("team") / "team.wbproj"
    build(path, DOCUMENTS, 20)
    return path


@pytest.mark.slow
def test_the_window_answers_while_agreement_is_computed_and_cancel_stops_it(qtbot, large_team):
    from workbench.ui.supervisor import SupervisorWindow

    with Project.open(large_team) as project:
        view = SupervisorWindow(project, "sara")
        qtbot.addWidget(view)
        view.show()
        ticks = []
        timer = QTimer(view, interval=5)
        timer.timeout.connect(lambda: ticks.append(view.progress.value()))
        timer.start()
        job = view.job
        assert job is not None and view.progress.isVisible() and view.cancel_button.isVisible()
        qtbot.waitUntil(lambda: view.progress.value() > 0, timeout=120_000)  # a document read
        first = view.progress.value()
        qtbot.waitUntil(lambda: view.progress.value() > first, timeout=120_000)
        seen = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) > seen + 2, timeout=120_000)  # the loop turns
        assert view.progress.maximum() == DOCUMENTS  # the work, told in documents
        shown = f"{view.progress.value() * 100 // DOCUMENTS}% of {DOCUMENTS} documents"
        assert view.progress.text() == f"Computing agreement: {shown}"
        assert job.isRunning() and view.report is None

        with qtbot.waitSignal(view.stopped, timeout=120_000):
            button = view.cancel_button
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
        assert job.wait(120_000) and job.cancelled
        assert view.report is None and view.job is None
        assert view.progress.value() < view.progress.maximum()  # stopped before the end
        assert not view.progress.isVisible() and not view.cancel_button.isVisible()
        assert view.note.text() == "Computing agreement was cancelled."
        assert cells(view.tables["measures"]) == []

        recompute = next(b for b in view.findChildren(type(button)) if b.text() == "Recompute")
        qtbot.mouseClick(recompute, Qt.MouseButton.LeftButton, pos=recompute.rect().center())
        computed(qtbot, view)
        rows = {row[0]: row[1:] for row in cells(view.tables["measures"])}
        assert set(rows) == {"alice / bob", "alice / carol", "bob / carol"}
        assert rows["alice / bob"][0] == str(DOCUMENTS)
        assert all(value != "n/a" for value in rows["alice / bob"][1:5])
        view.close()
