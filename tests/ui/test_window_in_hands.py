"""The window in a person's hands (issue 19): what failed in a slot is shown and logged, a long
selection does not re-wrap the article, zoom keys, and --annotator for one run only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import click_text, drag_text, press_keys, settle, stored
from workbench.ui import crash_report

TEXT = (
    "قال ليو جيه يي إن الصين تدعو إلى قطع القنوات فورا وإن على جميع الأطراف أن تعود إلى "
    "طاولة المفاوضات دون شروط مسبقة وأن تحترم القانون الدولي وقرارات مجلس الأمن ذات الصلة. "
    "وأضاف أن التعاون ضروري."
)
LONG_QUOTE = TEXT[TEXT.index("الصين") : TEXT.index("الصلة") + len("الصلة")]


@pytest.mark.qt_no_exception_capture
def test_a_failure_in_a_slot_is_shown_logged_and_the_window_goes_on(
    make_window, qtbot, tmp_path, monkeypatch
):
    window, path = make_window({"d": TEXT})
    reporter = crash_report.install(tmp_path / "data")
    try:
        project = window.session.project
        real = project.add_span

        def broken(*args, **kwargs):
            raise RuntimeError("the disk is on fire")

        monkeypatch.setattr(project, "add_span", broken)
        drag_text(qtbot, window, "ليو جيه يي")
        qtbot.keyClick(window.editor, "p")
        qtbot.waitUntil(lambda: reporter.last_box is not None and reporter.last_box.isVisible())
        box = reporter.last_box
        assert "the disk is on fire" in box.text()
        assert str(tmp_path / "data" / "crash.log") in box.text()
        log = (tmp_path / "data" / "crash.log").read_text(encoding="utf-8")
        assert "Traceback" in log and "the disk is on fire" in log and "in broken" in log
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not box.isVisible())
        settle(qtbot)
        assert window.session.undo_stack.count() == 0  # the failure is not an edit to undo
        monkeypatch.setattr(project, "add_span", real)
        press_keys(qtbot, window, Qt.Key.Key_Escape)  # the selection is still there
        drag_text(qtbot, window, "ليو جيه يي")
        press_keys(qtbot, window, "p")  # the window still works
        assert stored(path) == [(4, 14, "PER", "ليو جيه يي")]
    finally:
        reporter.uninstall()


def test_faulthandler_writes_into_the_same_log(tmp_path):
    import faulthandler

    reporter = crash_report.install(tmp_path)
    try:
        assert faulthandler.is_enabled()
        faulthandler.dump_traceback(file=reporter._log)
        reporter._log.flush()
        assert "test_faulthandler_writes_into_the_same_log" in reporter.log_path.read_text()
    finally:
        reporter.uninstall()


def test_selecting_a_long_span_does_not_change_the_article_width(make_window, qtbot):
    window, _ = make_window({"d": TEXT})
    window.resize(1100, 700)
    settle(qtbot)
    width = window.editor.width()
    drag_text(qtbot, window, LONG_QUOTE)
    qtbot.keyClick(window.editor, "q")
    click_text(qtbot, window, LONG_QUOTE)
    assert window.session.selected.label == "QUOTE"
    settle(qtbot)
    assert window.editor.width() == width
    assert window.spans.title.isVisible()


def test_ctrl_equals_zooms_in(make_window, qtbot):
    window, _ = make_window({"d": TEXT})
    size = window.editor.font().pointSizeF()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.font().pointSizeF() > size
    bigger = window.editor.font().pointSizeF()
    qtbot.keyClick(window.editor, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.font().pointSizeF() < bigger


def test_annotator_option_applies_to_that_run_only(cli, tmp_path, qtbot):
    from workbench.core.model import Document
    from workbench.store.project import Project

    project = tmp_path / "n.wbproj"
    with Project.create(project) as proj:
        proj.add_document(Document("d", TEXT))
    QApplication.setOrganizationName("rtl-workbench")
    QApplication.setApplicationName("Workbench")
    QSettings().setValue("annotator", "alice")
    result = cli("gui", project, "--annotator", "sara", "--screenshot", tmp_path / "s.png")
    assert result.exit_code == 0, result.output
    assert QSettings().value("annotator") == "alice"


REPORT = "قال ليو جيه يي إن الصين تدعو إلى الهدوء. وأكدت الخارجية الأمريكية في بيان الموقف ذاته."


def test_the_target_menu_highlights_the_speaker_named_before_the_quote(make_window, qtbot):
    window, path = make_window({"d": REPORT})
    drag_text(qtbot, window, "ليو جيه يي")
    press_keys(qtbot, window, "p")
    drag_text(qtbot, window, "الخارجية الأمريكية")
    press_keys(qtbot, window, "o")  # an organization, nearer to the quote but after it
    drag_text(qtbot, window, "الصين تدعو إلى الهدوء")
    press_keys(qtbot, window, "q")
    click_text(qtbot, window, "الصين تدعو")
    press_keys(qtbot, window, "s")
    menu = QApplication.activePopupWidget()
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    assert "ليو جيه يي" in menu.activeAction().text()
    assert any("characters before" in t for t in texts)  # the numbers say what they are
    assert any("characters after" in t for t in texts)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert [(r.label, r.head, r.tail) for r in window.session.layer.relations] == [
        (
            "SPEAKER",
            window.session.selected.id,
            next(s.id for s in window.session.index if s.text == "ليو جيه يي"),
        )
    ]


def test_the_entity_menu_highlights_new_entity_for_a_first_mention(make_window, qtbot):
    window, _ = make_window({"d": REPORT})
    drag_text(qtbot, window, "ليو جيه يي")
    press_keys(qtbot, window, "p")
    click_text(qtbot, window, "ليو جيه يي")
    press_keys(qtbot, window, "e")
    menu = QApplication.activePopupWidget()
    assert menu is not None and menu.activeAction() is menu.actions()[0]
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert [e.name for e in window.session.layer.entities] == ["ليو جيه يي"]


def test_counts_in_the_status_bar_are_plural_forms(make_window, qtbot):
    window, _ = make_window({"d": REPORT, "e": TEXT})
    status = window.status_doc
    assert "0 spans" in status.text() and "0 of 2 documents done" in status.text()
    drag_text(qtbot, window, "ليو جيه يي")
    press_keys(qtbot, window, "p")
    assert "· 1 span ·" in status.text()
    drag_text(qtbot, window, "الصين")
    press_keys(qtbot, window, "g")
    assert "· 2 spans ·" in status.text()


def test_counts_and_shortcuts_in_arabic(make_window, qtbot):
    from workbench.ui.preferences import install_translation

    app = QApplication.instance()
    installed = install_translation(app, "ar")
    try:
        window, _ = make_window({"d": REPORT})
        drag_text(qtbot, window, "ليو جيه يي")
        press_keys(qtbot, window, "p")
        assert "مقطع واحد" in window.status_doc.text()  # not "1 مقطعًا"
        press_keys(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert "لا مقاطع" in window.status_doc.text()  # not "0 مقطعًا"
        zoom = window.actions_by_name["zoom_in"].text()
        # the menu shows the text after the tab as the shortcut, isolated left to right
        assert zoom.split("\t")[1] == "\u2066Ctrl++\u2069"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("language", ["C", "fr"])
def test_a_language_without_a_translation_counts_in_english(make_window, qtbot, language):
    """A system locale we ship no translation for (C on a bare machine, French) gets the English
    interface with its plural forms, not "1 span(s)"."""
    from workbench.ui.preferences import install_translation

    app = QApplication.instance()
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
    installed = install_translation(app, language)
    try:
        window, _ = make_window({"d": REPORT})
        drag_text(qtbot, window, "ليو جيه يي")
        press_keys(qtbot, window, "p")
        assert "· 1 span ·" in window.status_doc.text()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        install_translation(app, "en")
