"""Settings kept in QSettings: annotator name, interface language, theme, article font and size,
label colours; the dialog that edits them; and applying them to the running application."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.bundled import resources_dir
from workbench.core.model import GOLD, SUGGEST
from workbench.core.schema import Schema
from workbench.ui.fonts import article_family
from workbench.ui.panels import plain_label, swatch

LANGUAGES = ("", "en", "ar")  # "" follows the system
THEMES = ("light", "dark")
RTL_LANGUAGES = ("ar", "fa", "he", "ur")
RESERVED_NAMES = (GOLD, SUGGEST)  # layers the workbench keeps: never a person's name


def reserved_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be the window's user (None when it can): ``gold`` and ``suggest``
    are layers the workbench keeps, and edits made under them would go into those layers."""
    if name.strip() not in RESERVED_NAMES:
        return None
    text = QApplication.translate(
        "Preferences",
        "“%s” is a layer the workbench keeps (gold: the adjudicated layer, suggest: the "
        "suggestions), not a person: choose another name",
    )
    return text % name.strip()


@dataclass
class Preferences:
    annotator: str = ""
    language: str = ""
    theme: str = "light"
    font_family: str = ""  # "": the bundled Naskh, spaced for the label tags
    font_size: float = 17.0
    colors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        colors = {}
        settings.beginGroup("colors")
        for key in settings.childKeys():
            colors[key] = str(settings.value(key))
        settings.endGroup()
        return cls(
            annotator=str(settings.value("annotator", "") or ""),
            language=str(settings.value("language", "") or ""),
            theme=str(settings.value("theme", "light") or "light"),
            font_family=str(settings.value("font_family", "") or ""),
            font_size=float(settings.value("font_size", 17.0) or 17.0),
            colors=colors,
        )

    def save(self, settings: QSettings) -> None:
        for key in ("annotator", "language", "theme", "font_family", "font_size"):
            settings.setValue(key, getattr(self, key))
        settings.remove("colors")
        settings.beginGroup("colors")
        for label, color in self.colors.items():
            settings.setValue(label, color)
        settings.endGroup()
        settings.sync()


def interface_language(chosen: str | None) -> str:
    """--lang, else the setting, else the system's language."""
    return chosen or QLocale.system().name().split("_")[0]


_TRANSLATION_DATA: list[bytes] = []  # what each loaded translator reads, for as long as it runs


def _load_in_memory(translator: QTranslator, path: Path) -> bool:
    """Load a .qm file from a copy in memory. ``QTranslator.load(file)`` maps the file: when
    it is written again in place while the window runs (lrelease, an upgrade), Qt reads the
    half-written file and the interpreter crashes at the next translated string. Qt reads
    the bytes without copying them, so they are kept here."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if not translator.load(data, str(path.parent)):
        return False
    _TRANSLATION_DATA.append(data)
    return True


def install_translation(app: QApplication, language: str) -> list[QTranslator]:
    """Our translation and Qt's own (standard dialogs) for ``language``; an interface in a
    right-to-left language is laid out right to left throughout."""
    from PySide6.QtCore import QLibraryInfo

    installed = []
    if not (resources_dir() / "translations" / f"workbench_{language}.qm").is_file():
        language = "en"  # no translation of ours (the C locale, French...): the English interface
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English has a translation too: the plural forms of counts ("1 span", "2 spans")
    names = [(f"workbench_{language}", str(resources_dir() / "translations"))]
    if language != "en":
        names.append((f"qtbase_{language}", qt_dir))
    for name, folder in names:
        translator = QTranslator(app)
        if _load_in_memory(translator, Path(folder) / f"{name}.qm"):
            app.installTranslator(translator)
            installed.append(translator)
    if language in RTL_LANGUAGES:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return installed


def apply_theme(app: QApplication, theme: str) -> None:
    if theme != "dark":
        app.setPalette(app.style().standardPalette())
        return
    app.setStyle("Fusion")  # the platform styles do not all follow a dark palette
    palette = QPalette()
    dark, base, text = QColor("#2b2b2b"), QColor("#1e1e1e"), QColor("#e6e6e6")
    for role, color in (
        (QPalette.ColorRole.Window, dark),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, dark),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, dark),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, base),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Highlight, QColor("#2f65ca")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a")),  # hints in empty boxes
    ):
        palette.setColor(role, color)
    app.setPalette(palette)


class SettingsDialog(QDialog):
    """Edits the preferences; the caller applies them when the dialog is accepted."""

    def __init__(self, preferences: Preferences, schema: Schema, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.preferences = preferences
        self.annotator = QLineEdit(preferences.annotator)
        self.language = QComboBox()
        for code, name in zip(
            LANGUAGES, (self.tr("As the system"), "English", "العربية"), strict=True
        ):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(preferences.theme)))
        self.font_family = QFontComboBox()
        self.font_family.setCurrentText(preferences.font_family or article_family())
        self.font_size = QDoubleSpinBox()
        self.font_size.setRange(8, 48)
        self.font_size.setDecimals(1)
        self.font_size.setValue(preferences.font_size)
        form = QFormLayout()
        form.addRow(self.tr("Annotator's name"), self.annotator)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Article font"), self.font_family)
        form.addRow(self.tr("Font size"), self.font_size)
        self.colors: dict[str, str] = {}
        self.color_buttons: dict[str, QPushButton] = {}
        for name, spec in schema.labels.items():
            color = preferences.colors.get(name, spec.color)
            self.colors[name] = color
            button = QPushButton(swatch(color), "")
            button.clicked.connect(lambda _=False, n=name: self.pick_color(n))
            form.addRow(plain_label(name), button)
            self.color_buttons[name] = button
        note = plain_label(
            self.tr(
                "The language applies when the workbench starts again. Label tags need the "
                "bundled font's line spacing: another font may place them over letters."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.problem = plain_label()  # why the name cannot be taken, when it cannot
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Close with the choices, unless the name is one the workbench keeps for a layer."""
        problem = reserved_name_problem(self.annotator.text())
        if problem:
            self.problem.setText(problem)
            self.problem.setVisible(True)
            self.annotator.setFocus()
            return
        super().accept()

    def pick_color(self, label: str) -> None:
        color = QColorDialog.getColor(QColor(self.colors[label]), self, label)
        if color.isValid():
            self.set_color(label, color.name())

    def set_color(self, label: str, color: str) -> None:
        self.colors[label] = color
        self.color_buttons[label].setIcon(swatch(color))

    def chosen(self, schema: Schema) -> Preferences:
        family = self.font_family.currentText()
        return Preferences(
            annotator=self.annotator.text().strip(),
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            font_family="" if family == article_family() else family,
            font_size=self.font_size.value(),
            colors={k: v for k, v in self.colors.items() if v != schema.labels[k].color},
        )
