"""The window on a 1366×768 laptop, in English and in Arabic: it fits the screen's free
area, the status bar and the panels stay on it, and no button's label is cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import open_as_the_app_does, reopen, settle
from workbench.core.model import Document
from workbench.store.project import Project

TEXT = "قال ليو جيه يي إن الصين تدعو إلى قطع القنوات فورا. وأضاف أن التعاون ضروري.\n" * 6


@pytest.fixture(params=["en", "ar"])
def language(request, qapp):
    from workbench.ui.preferences import install_translation

    installed = install_translation(qapp, "ar") if request.param == "ar" else []
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def cut_buttons(window) -> list[str]:
    from PySide6.QtWidgets import QPushButton

    return [
        b.text()
        for b in window.findChildren(QPushButton)
        if b.isVisible() and b.width() < b.sizeHint().width()
    ]


def test_the_window_fits_under_a_laptops_taskbar_in_both_languages(language, make_window, qtbot):
    window, _ = make_window({"d": TEXT})
    if language == "ar":
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.resize(1280, 560)  # 768 less a taskbar, a title bar and a frame, with room to spare
    settle(qtbot)
    window.show_panel("entities")
    settle(qtbot)
    assert window.height() <= 560, window.minimumSizeHint()
    bar = window.statusBar()
    assert bar.isVisible() and bar.geometry().bottom() < window.height()
    assert not window.entities.visibleRegion().isEmpty()
    assert cut_buttons(window) == []
    window.grab().save(f"/tmp/screen-fit-{language}.png")


def test_a_window_saved_on_a_larger_screen_reopens_within_this_one(language, tmp_path, qtbot):
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        project.add_document(Document("d", TEXT))
    window = open_as_the_app_does(qtbot, path)
    room = window.screen().availableGeometry()
    window.resize(room.width() + 300, room.height() + 300)  # a bigger screen's size
    settle(qtbot)
    again = reopen(qtbot, window, path)
    assert room.contains(again.geometry()), (room, again.geometry())
    again.close()
    again.session.project.close()
