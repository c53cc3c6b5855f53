"""The document list's search never blocks the window (issue 16 item 4, trial item 1): a
common word on a large project shows its first matches at once and the rest arrive a chunk
at a time between events; typing another letter stops the search before it; the list ends
as the whole filter's result."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QLocale, QTimer

import workbench.store.project as project_module
from tests.ui.test_document_search import shown, type_arabic
from workbench.core.model import Document
from workbench.core.search import occurs
from workbench.store.project import Project

DOCUMENTS = 3000
FILLER = "دعا مبعوث صيني لدى الأمم المتحدة إلى تعزيز الانضباط الذاتي في مكافحة الإرهاب. " * 4


def ending(i: int) -> str:
    if i % 10 == 0:
        return "ولم يعلق أحد."
    return "وقالت الوزارة إن الوضع مستقر." if i % 3 == 0 else "وقال المتحدث إن الوضع مستقر."


@pytest.fixture
def many(tmp_path):
    """A project where قال is in nine documents of ten (قالت in a third of them)."""
    path = tmp_path / "many.wbproj"
    with Project.create(path) as project, project.transaction():
        project.add_documents(
            [Document(f"d{i:05d}", f"{FILLER}{ending(i)}") for i in range(DOCUMENTS)]
        )
    return path


@pytest.fixture
def matcher_calls(monkeypatch):
    """The queries the store's matcher was called with, one per document it checked (the
    window's project registers the matcher when it opens, after this patch)."""
    calls: list[str] = []

    def counted(text, query, exact=False):
        calls.append(query)
        time.sleep(0.0002)  # a document a little longer to read: the scan outlasts a keystroke
        return occurs(text, query, exact)

    monkeypatch.setattr(project_module, "occurs", counted)
    return calls


class Ticks:
    """Counts the turns of the event loop (a timer with no interval fires once a turn) and
    what the list's count said at each."""

    def __init__(self, panel):
        self.count = 0
        self.texts: list[str] = []
        self.timer = QTimer(interval=0)
        self.timer.timeout.connect(lambda: self.tick(panel))
        self.timer.start()

    def tick(self, panel) -> None:
        self.count += 1
        self.texts.append(panel.count.text())


def expected(path, query: str) -> list[str]:
    with Project.open(path) as project:
        return [doc_id for doc_id, _status in project.document_statuses("alice", query)]


def test_a_common_word_shows_its_first_matches_while_the_event_loop_turns(
    make_window, qtbot, many, matcher_calls
):
    window, _ = make_window({"d02001": ""}, path=many)  # open a document found late
    panel = window.documents
    whole = panel.model.documents
    ticks = Ticks(panel)
    arrivals = []  # (matcher calls, event loop turns) each time rows arrive
    panel.model.rowsInserted.connect(lambda *_: arrivals.append((len(matcher_calls), ticks.count)))
    type_arabic(panel.search, "قال")
    qtbot.waitUntil(
        lambda: panel.model.documents is not whole and panel.model.complete, timeout=120_000
    )
    ticks.timer.stop()
    matched = expected(many, "قال")
    assert len(matched) == DOCUMENTS * 9 // 10
    assert arrivals, "the matches came all at once, after the whole scan"
    first_calls, first_tick = arrivals[0]
    assert first_calls < len(matched) // 10  # the first rows showed after a few documents
    assert arrivals[-1][1] > first_tick  # the event loop turned while matches arrived
    assert any(text.endswith("still searching…") for text in ticks.texts)
    assert panel.count.text() == f"{QLocale().toString(len(matched))} documents"
    assert shown(window) == matched  # the same rows, in the same order, as the whole filter
    selected = [index.row() for index in panel.view.selectionModel().selectedRows()]
    assert selected == [matched.index("d02001")]  # the open document is marked once it came


def searching_for_qal(panel, qtbot):
    """Type قال into the list's search and wait for its first rows: the list still growing."""
    whole = panel.model.documents
    type_arabic(panel.search, "قال")
    qtbot.waitUntil(lambda: panel.model.documents is not whole and panel.model.row_total() > 0)
    return panel.model.documents


def test_typing_another_letter_stops_the_search_before_it(make_window, qtbot, many, matcher_calls):
    window, _ = make_window({"d00001": ""}, path=many)
    panel = window.documents
    first = searching_for_qal(panel, qtbot)
    assert not first.complete
    type_arabic(panel.search, "ت")
    qtbot.waitUntil(lambda: panel.model.documents is not first, timeout=60_000)
    stopped_at = matcher_calls.count("قال")
    assert first.pending is None  # stopped: it checks no more documents
    assert stopped_at < DOCUMENTS * 9 // 10
    qtbot.waitUntil(lambda: panel.model.complete, timeout=120_000)
    assert matcher_calls.count("قال") == stopped_at
    assert shown(window) == expected(many, "قالت")


def test_closing_the_window_stops_the_search(make_window, qtbot, many, matcher_calls):
    window, _ = make_window({"d00001": ""}, path=many)
    panel = window.documents
    growing = searching_for_qal(panel, qtbot)
    window.close()
    assert growing.pending is None and not panel._filling.isActive()
    checked = len(matcher_calls)
    qtbot.wait(50)  # the event loop turns: nothing more is read from the project
    assert len(matcher_calls) == checked < DOCUMENTS
