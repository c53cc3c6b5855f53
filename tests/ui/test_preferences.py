"""Settings, the guidelines panel and the first run's name prompt."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from workbench.ui.app import ask_name_once
from workbench.ui.preferences import Preferences

TEXT = "قال ليو إن الوضع خطير"


def test_settings_apply_at_once_and_are_kept(make_window, qtbot, tmp_path):
    window, _ = make_window({"d1": TEXT}, "alice")
    window.session.add_span("PER", 4, 7)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.annotator.setText("omar")
    dialog.font_size.setValue(22)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.set_color("PER", "#123456")
    chosen = dialog.chosen(window.session.project.schema)
    window.apply_preferences(chosen, settings)
    assert window.session.annotator == "omar"
    assert window.session.layer.spans == []  # omar's layer, not alice's
    assert abs(window.editor.font().pointSizeF() - 22) < 0.01
    assert window.editor._color("PER") == QColor("#123456")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 100  # dark
    again = Preferences.load(settings)
    assert (again.annotator, again.theme, again.font_size) == ("omar", "dark", 22.0)
    assert again.colors == {"PER": "#123456"}  # only what differs from the schema
    window.apply_preferences(Preferences(annotator="omar"), None)  # back to light


def test_guidelines_show_the_schema_and_the_keys(make_window):
    window, _ = make_window({"d1": TEXT}, "alice")
    text = window.guidelines.toPlainText()
    for expected in ("PER", "[p]", "Person mention", "«ليو جيه يي»", "SPEAKER", "QUOTE", "[s]"):
        assert expected in text, expected
    assert "Ctrl+Return" in text and "Mark done and go to the next" in text
    window.show_panel("guidelines")
    assert window.guidelines.isVisible()


def test_first_run_asks_the_name_once(tmp_path):
    settings = QSettings(str(tmp_path / "first.ini"), QSettings.Format.IniFormat)
    asked = []

    def ask(default, problem=None):
        asked.append(default)
        return "  سارة  "

    assert ask_name_once(settings, None, ask) == "سارة"
    assert settings.value("annotator") == "سارة"
    assert ask_name_once(settings, None, ask) is None  # never again
    assert len(asked) == 1
