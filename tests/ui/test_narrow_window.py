"""The window on a small screen (issue 19 item 13): in a narrow window the side panels give
way and the article keeps a readable width; the supervisor's windows fit a laptop screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from tests.ui.conftest import settle

TEXT = "قال ليو جيه يي إن الصين تدعو إلى قطع القنوات فورا. وأضاف أن التعاون ضروري." * 5


def test_in_a_narrow_window_the_panels_give_way_to_the_article(make_window, qtbot):
    window, _ = make_window({"d": TEXT})
    for width in (1280, 900, 700, 520):
        window.resize(width, 700)
        settle(qtbot, 200)
        article = window.editor.width()
        assert article >= 0.5 * width, (width, article)
    # the panels are still reachable: their dock titles are in the View menu
    titles = [a.text().replace("&", "") for a in window.panels_menu.actions()]
    assert "Spans" in titles and "Documents" in titles
    window.resize(1280, 820)
    settle(qtbot, 200)
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    assert len(docks) >= 2  # room again: the panels are back beside the article


def test_once_the_panels_have_settled_the_article_has_its_width(tmp_path, qtbot):
    """What a click or a key meets right after the panels moved: the article at its width,
    not the 70 px it had before (Home then went to the start of a two-letter line)."""
    from PySide6.QtCore import QSettings

    from workbench.core.model import Document
    from workbench.store.project import Project
    from workbench.ui.app import window_for

    path = tmp_path / "work.wbproj"
    with Project.create(path) as project:
        project.add_document(Document("d", TEXT))
    window = window_for(path, QSettings(), "alice")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.panel_fitter.settled)
    assert window.editor.width() >= window.width() / 2, window.editor.width()
    for width in (1280, 700, 900):
        window.resize(width, 700)
        qtbot.waitUntil(window.panel_fitter.settled)
        assert window.editor.width() >= width / 2, (width, window.editor.width())


def test_the_adjudication_window_fits_the_screen(make_window, qtbot):
    from workbench.ui.adjudication import AdjudicationWindow
    from workbench.ui.supervisor import SupervisorWindow

    window, _ = make_window({"d": TEXT})
    screen = window.screen().availableGeometry()
    for other in (
        AdjudicationWindow(window.session.project, "sara", None, None, window),
        SupervisorWindow(window.session.project, "sara", window),
    ):
        qtbot.addWidget(other)
        assert other.width() <= screen.width() and other.height() <= screen.height()


def test_a_narrow_window_keeps_the_documents_side_whole_tab_names_and_a_readable_message(
    make_window, qtbot
):
    from PySide6.QtWidgets import QTabBar

    window, _ = make_window({"d": TEXT})
    window.resize(1280, 700)
    settle(qtbot, 200)
    documents = next(
        d for d in window.findChildren(QDockWidget) if d.widget().widget() is window.documents
    )
    assert documents.geometry().center().x() < window.width() / 2  # on the left, reading starts
    window.resize(700, 600)
    settle(qtbot, 200)
    assert window.panel_fitter.mode == "narrow"
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.dockWidgetArea(documents) == left  # its tab is in the left column
    on_top = [d for d in window.findChildren(QDockWidget) if d.isVisible() and d.x() >= 0]
    assert on_top and all(d.geometry().center().x() < window.width() / 2 for d in on_top)
    shown = 0
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for i in range(bar.count()):
            text = bar.tabText(i)
            assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(text), text
            shown += 1
    assert shown >= 7  # every panel's name, whole, on a tab (some behind the scroll arrows)
    message = "Relation added: SPEAKER from the quote to the person who said it"
    window.statusBar().showMessage(message, 6000)
    settle(qtbot, 100)
    permanent = [
        w for w in (window.status_project, window.status_user, window.status_doc) if w.isVisible()
    ]
    room = min((w.x() for w in permanent), default=window.statusBar().width())
    assert window.statusBar().fontMetrics().horizontalAdvance(message) < room
    window.statusBar().clearMessage()
    settle(qtbot, 50)
    assert window.status_user.isVisible() and window.status_doc.isVisible()
