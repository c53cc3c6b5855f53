"""``suggest`` (the suggestions) and ``gold`` (the adjudicated layer) are layers the workbench
keeps, never a person: the window refuses them as its user's name, wherever the name is given."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from workbench.core.model import GOLD, SUGGEST


@pytest.mark.parametrize("name", [SUGGEST, GOLD])
def test_the_settings_dialog_refuses_a_reserved_name(make_window, qtbot, name):
    window, _path = make_window({"d1": "قال الوزير إن الاجتماع انتهى."})
    dialog = window.open_settings()
    qtbot.waitUntil(dialog.isVisible)
    dialog.annotator.setText(name)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # not taken: the dialog says why and stays open
    assert name in dialog.problem.text() and dialog.problem.isVisible()
    assert window.session.annotator == "alice"
    dialog.annotator.setText("sara")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and window.session.annotator == "sara"


@pytest.mark.parametrize("name", [SUGGEST, GOLD, " suggest "])
def test_the_first_run_prompt_does_not_keep_a_reserved_name(tmp_path, name):
    from workbench.ui.app import ask_name_once

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    asked = []

    def ask(default, problem=None):
        asked.append(problem)
        return name if len(asked) == 1 else None  # then the user cancels

    assert ask_name_once(settings, None, ask=ask) is None
    assert asked[0] is None and name.strip() in asked[1]  # asked again, saying why
    assert not settings.value("annotator", "")  # asked again next time


def test_the_first_run_prompt_says_why_and_asks_again(qtbot, tmp_path):
    """Issue 17 trial 7: typing "suggest" in the real first-run prompt and pressing OK shows
    why it cannot be a name and asks again; the next name is kept."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

    from workbench.ui.app import ask_name_once

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    seen = []

    def answer(text):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, lambda: answer(text))  # not shown yet
            return
        seen.append(dialog.labelText())
        field = dialog.findChild(QLineEdit)
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        if text == SUGGEST:
            QTimer.singleShot(20, lambda: answer("sara"))

    QTimer.singleShot(20, lambda: answer(SUGGEST))
    assert ask_name_once(settings, None) == "sara"
    assert len(seen) == 2 and SUGGEST not in seen[0]
    assert f"“{SUGGEST}” is a layer the workbench keeps" in seen[1]
    assert settings.value("annotator") == "sara"


def test_gui_refuses_a_reserved_annotator(cli, tmp_path):
    from workbench.core.model import Document
    from workbench.store.project import Project

    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        project.add_document(Document("d1", "قال الوزير إن الاجتماع انتهى."))
    shot = tmp_path / "shot.png"
    result = cli("gui", str(path), "--annotator", SUGGEST, "--screenshot", str(shot))
    assert result.exit_code == 1
    assert result.stderr.startswith("workbench: error: ") and "suggest" in result.stderr
    assert "Traceback" not in result.stderr and not shot.exists()
