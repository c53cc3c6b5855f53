"""The supervisor's side of the window in a person's hands (issue 19): from the agreement view
to the adjudication view on the right document, and one version of a span turning down the
others."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import use_menu
from tests.ui.test_supervision import computed
from tests.workflow.conftest import import_records, seed_record, variant
from workbench.core.model import GOLD
from workbench.store.project import Project

AGREED = {"id": "aaa_agreed", "text": "قال الرئيس إن الاجتماع كان مثمرا جدا", "meta": {}}


def agreed(annotator: str) -> dict:
    """A short document both annotators labelled alike: no disagreement in it."""
    spans = [{"id": "S1", "start": 4, "end": 10, "label": "PER", "text": "الرئيس"}]
    return {**AGREED, "annotator": annotator, "status": "done", "spans": spans}


@pytest.fixture
def two_documents(tmp_path):
    """The seed article, on which bob labelled the dateline GPE (alice LOC) and missed an ORG,
    then a short document without disagreements (last in the list)."""
    path = tmp_path / "team.wbproj"
    with Project.create(path) as project:
        import_records(
            project,
            tmp_path,
            variant("alice"),
            variant("bob", drop={"O1"}, relabel={"D1": "GPE"}),
            agreed("alice"),
            agreed("bob"),
        )
    return path


def test_a_disagreement_opens_the_adjudication_view_on_its_document(
    make_window, qtbot, two_documents, recwarn
):
    from PySide6.QtCore import qInstallMessageHandler

    warnings = []
    previous = qInstallMessageHandler(lambda _m, _c, text: warnings.append(text))
    try:
        window, _ = make_window({AGREED["id"]: ""}, "sara", path=two_documents)
        use_menu(qtbot, window, "Team/Agreement…")
        (agreement,) = window.team.windows
        qtbot.waitExposed(agreement)
        computed(qtbot, agreement)
        view = agreement.views["disagreements"]
        model = agreement.tables["disagreements"]
        row = next(r for r in range(model.rowCount()) if model.index(r, 2).data() == "شينخوا")
        rect = view.visualRect(model.index(row, 2))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.keyClick(view, Qt.Key.Key_Return)  # activate the row
        adjudication = agreement.adjudication
        assert adjudication is not None
        qtbot.waitExposed(adjudication)
        seed = seed_record()["id"]
        assert adjudication.doc_id == seed
        for session in adjudication.comparison.sessions.values():
            assert session.document.id == seed
        assert adjudication.current().text == "شينخوا"
        assert not [w for w in warnings if "out of range" in w]
    finally:
        qInstallMessageHandler(previous)


def test_adjudication_starts_on_the_first_document_with_disagreements(
    make_window, qtbot, two_documents
):
    window, _ = make_window({AGREED["id"]: ""}, "sara", path=two_documents)
    use_menu(qtbot, window, "Team/Adjudicate…")
    (adjudication,) = window.team.windows
    assert adjudication.doc_id == seed_record()["id"]


def test_accepting_one_version_of_a_span_turns_down_the_others(make_window, qtbot, two_documents):
    window, _ = make_window({AGREED["id"]: ""}, "sara", path=two_documents)
    use_menu(qtbot, window, "Team/Adjudicate…")
    (adjudication,) = window.team.windows
    qtbot.waitExposed(adjudication)
    adjudication.activateWindow()
    qtbot.waitUntil(adjudication.isActiveWindow)
    table = adjudication.table
    versions = [
        row
        for row, c in enumerate(adjudication.candidates)
        if c.kind == "span" and c.text.startswith("الأمم المتحدة") and c.label in ("LOC", "GPE")
    ]
    assert len(versions) == 2
    loc = next(r for r in versions if adjudication.candidates[r].label == "LOC")
    rect = table.visualRect(adjudication.model.index(loc, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_A)  # accept
    states = {
        c.label: c.gold_state
        for c in adjudication.candidates
        if c.kind == "span" and c.text.startswith("الأمم المتحدة") and c.label in ("LOC", "GPE")
    }
    assert states == {"LOC": "accepted", "GPE": "rejected"}
    # accepting the other version now replaces the first: gold never holds two labels there
    gpe = next(
        r
        for r, c in enumerate(adjudication.candidates)
        if c.label == "GPE" and c.text.startswith("الأمم المتحدة")
    )
    rect = table.visualRect(adjudication.model.index(gpe, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_A)
    gold = window.session.project.layer(seed_record()["id"], GOLD)
    start = adjudication.candidates[gpe].start
    here = [s.label for s in gold.spans if s.start == start and s.label in ("LOC", "GPE")]
    assert here == ["GPE"]
