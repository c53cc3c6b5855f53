"""The window on a small screen (issue 19 item 13): in a narrow window the side panels give
way and the article keeps a readable width; the supervisor's windows fit a laptop screen."""

from __future__ import annotations

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
