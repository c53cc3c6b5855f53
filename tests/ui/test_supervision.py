"""The supervisor's windows: agreement tables, disagreements opening both versions side by side,
adjudication decisions, and pack/merge from the File menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.workflow.conftest import import_records, seed_record, variant
from workbench.core.model import GOLD
from workbench.store.project import Project


@pytest.fixture
def team_project(tmp_path):
    """The seed annotated by alice, and by bob who labelled the dateline GPE and missed an ORG."""
    with Project.create(tmp_path / "team.wbproj") as project:
        import_records(
            project,
            tmp_path,
            variant("alice"),
            variant("bob", drop={"O1"}, relabel={"D1": "GPE"}),
        )
        yield project


def computed(qtbot, view):
    """The agreement view once the report it computes in the background is shown."""
    qtbot.waitUntil(lambda: view.job is None and view.report is not None, timeout=120_000)
    return view


def cells(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_agreement_view_shows_the_pair_the_labels_and_the_confusion(qtbot, team_project):
    from workbench.ui.supervisor import SupervisorWindow

    window = SupervisorWindow(team_project, "sara")
    qtbot.addWidget(window)
    computed(qtbot, window)
    assert cells(window.tables["matrix"]) == [["alice", "—", "0.969"], ["bob", "0.969", "—"]]
    (measures,) = cells(window.tables["measures"])
    assert measures[:5] == ["alice / bob", "1", "0.969", "0.969", "0.990"]
    by_label = {row[0]: row for row in cells(window.tables["labels"])}
    assert by_label["ORG"][1:3] == ["9/8", "0.941"]
    confusion = window.tables["confusion"]
    headers = [
        confusion.headerData(c, Qt.Orientation.Horizontal) for c in range(confusion.columnCount())
    ]
    rows = {row[0]: dict(zip(headers[1:], row[1:], strict=True)) for row in cells(confusion)}
    assert rows["LOC"]["GPE"] == "1" and rows["ORG"]["—"] == "1" and rows["PER"]["PER"] == "6"
    kinds = [(row[1], row[2], row[3]) for row in cells(window.tables["disagreements"])]
    assert kinds == [
        ("label", "الأمم المتحدة 11 مايو 2016", "LOC (alice) / GPE (bob)"),
        ("missing", "شينخوا", "ORG only in alice"),
    ]


def test_a_disagreement_opens_both_versions_at_its_place(qtbot, team_project):
    from workbench.ui.supervisor import SupervisorWindow

    window = SupervisorWindow(team_project, "sara")
    qtbot.addWidget(window)
    computed(qtbot, window)
    adjudication = window.open_disagreement(window.tables["disagreements"].index(1, 0))
    qtbot.addWidget(adjudication)
    comparison = adjudication.comparison
    assert list(comparison.sessions) == ["alice", "bob", GOLD]
    alice, bob = comparison.sessions["alice"], comparison.sessions["bob"]
    assert alice.document.id == bob.document.id == seed_record()["id"]
    assert alice.selected is not None and alice.selected.text == "شينخوا"
    assert bob.selected is None or bob.selected.text != "شينخوا"  # bob has no span there
    candidate = adjudication.current()
    assert (candidate.label, candidate.text, candidate.annotators) == ("ORG", "شينخوا", ["alice"])


def test_accepting_and_rejecting_in_the_adjudication_view(qtbot, team_project):
    from workbench.ui.adjudication import AdjudicationWindow

    doc_id = seed_record()["id"]
    window = AdjudicationWindow(team_project, "sara", doc_id)
    qtbot.addWidget(window)
    window.actions_by_name["agreed"].trigger()
    gold = window.comparison.sessions[GOLD]
    assert len(gold.layer.spans) == 47
    undecided = [i for i, c in enumerate(window.candidates) if c.gold_state == "undecided"]
    assert [window.candidates[i].label for i in undecided] == ["GPE", "LOC", "ORG"]
    reloads = []
    gold.layerLoaded.connect(lambda: reloads.append(1))
    window.table.selectRow(undecided[1])  # alice's LOC
    window.actions_by_name["accept"].trigger()
    row = next(r for r in cells(window.model) if r[1] == "LOC")
    assert row[-3:-1] == ["accepted", "sara"]
    # the decision's change set reached the gold version, which did not read its layer again
    assert reloads == []
    assert any(s.label == "LOC" for s in gold.index)
    in_file = team_project.layer(doc_id, GOLD)
    assert sorted(s.id for s in gold.layer.spans) == sorted(s.id for s in in_file.spans)
    # the selection moved on to the next undecided candidate: reject it
    assert window.current().gold_state == "undecided"
    rejected = window.current()
    window.actions_by_name["reject"].trigger()
    stored = {c.key: c for c in window.candidates}[rejected.key]
    assert (stored.decision, stored.decided_by) == ("rejected", "sara")
    # accepting alice's LOC turned down bob's GPE at the same place: nothing is left
    assert window.counts.text() == f"{len(window.candidates)} candidates, 0 undecided"


def test_pack_and_merge_from_the_file_menu(make_window, qtbot, tmp_path):
    window, path = make_window({"d1": "قال الرئيس إن الاجتماع مثمر"}, "sara")
    titles = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Pack for an annotator…" in titles and "&Merge packages…" in titles
    package = tmp_path / "omar.wbproj"
    assert window.team.pack_to("omar", package)
    assert "packed 1 document for omar" in window.team.last_message.text()
    with Project.open(package) as opened:
        opened.add_span("d1", "omar", "PER", 4, 10)
        opened.set_status("d1", "omar", "done")
    assert window.team.merge_from([package])
    assert "spans +1 ~0 -0" in window.team.last_message.text()
    assert window.session.project.layer("d1", "omar").spans[0].text == "الرئيس"
    assert not window.team.pack_to("omar", package)  # exists: refused, with the reason
    assert "exists already" in window.team.last_message.text()
    assert window.team.last_message.textFormat() == Qt.TextFormat.PlainText


def test_a_package_opens_under_its_annotators_name(tmp_path, qtbot):
    from PySide6.QtCore import QSettings, QStandardPaths

    from workbench.ui.app import open_window
    from workbench.workflow.packages import pack

    with Project.create(tmp_path / "p.wbproj") as project:
        import_records(project, tmp_path, {k: seed_record()[k] for k in ("id", "text")})
        pack(project, "omar", tmp_path / "omar.wbproj")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("annotator", "someone-else")
    window = open_window(tmp_path / "omar.wbproj", None, settings, QStandardPaths)
    qtbot.addWidget(window)
    assert window.session.annotator == "omar"
