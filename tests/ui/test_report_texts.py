"""Texts that come from below the interface (quote warnings, the agreement report's measures,
differences and reasons) are codes or English templates the window translates: each is marked
for translation, and the Arabic interface shows it in Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.test_supervision import computed
from tests.workflow.conftest import import_records, variant
from workbench.agreement.measures import MEASURES
from workbench.agreement.project import nothing_shared
from workbench.agreement.report import DESCRIPTIONS
from workbench.core.model import Layer
from workbench.core.quotes import QuoteProblem
from workbench.store.project import Project


def test_every_warning_code_is_marked_for_translation_with_its_english_text():
    from workbench.ui.link_panels import QUOTE_WARNINGS

    assert {code: code.value for code in QuoteProblem} == QUOTE_WARNINGS


def test_every_text_of_the_report_the_window_shows_is_marked_for_translation():
    from workbench.ui.supervisor import REPORT_TEXTS

    shown = [m.title for m in MEASURES] + list(DESCRIPTIONS.values())
    shown += [nothing_shared(status) for status in ("done", "any")]
    assert set(shown) <= set(REPORT_TEXTS)


@pytest.fixture
def arabic():
    from PySide6.QtCore import Qt

    from workbench.ui.preferences import install_translation

    app = QApplication.instance()
    installed = install_translation(app, "ar")
    assert installed, "the Arabic translation did not load"
    yield
    for translator in installed:
        app.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_quote_warnings_in_the_arabic_quotes_panel(arabic, make_window, qtbot):
    text = "قال المتحدث إن الاجتماع سيعقد غدا."
    window, _ = make_window({"d": text})
    start = text.index("الاجتماع")
    window.editor.select_range(start, start + len("الاجتماع سيعقد غدا"))
    qtbot.keyClick(window.editor, "q")
    model = window.quotes.model
    assert model.rowCount() == 1
    assert model.index(0, 5).data() == "بلا قائل، بلا فعل قول"


def test_the_arabic_agreement_view_says_why_a_pair_has_no_numbers(arabic, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from workbench.ui.supervisor import SupervisorWindow

    with Project.create(tmp_path / "team.wbproj") as project:
        import_records(project, tmp_path, variant("alice"))
        project.replace_layer(project.document_ids()[0], Layer("bob", "in_progress", []))
        window = SupervisorWindow(project, "sara")
        qtbot.addWidget(window)
        computed(qtbot, window)
        model = window.tables["measures"]
        across = Qt.Orientation.Horizontal
        headers = [model.headerData(c, across) for c in range(2, model.columnCount())]
        assert headers[:4] == ["F1 مطابق", "F1 متسامح", "ألفا التقطيع", "ألفا الكلمات"]
        assert model.index(0, 2).data() == "غير معرَّف"
        assert window.note.text() == "غير معرَّف: alice / bob: لا وثيقة أنجزها كلاهما"
