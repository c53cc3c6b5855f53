"""Document categories: the schema's ``[[categories]]`` for the open layer, set by click or key.

The panel shows one group per category (its name, its key, one checkable button per value,
numbered 1 to 9). A click on a value chooses it; for a single-choice category it replaces the
value chosen before, and a click on the chosen value takes it back. In the article the same is
done from the keyboard: the category's key, then the value's number (``CategoryKeys``). Each
choice is one undoable store operation (``Session.set_categories``); the panel follows the
change sets the session publishes (``ChangeSet.categories``), so undo and redo show at once.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from workbench.core.changes import ChangeSet
from workbench.core.keys import key_characters
from workbench.core.schema import CategoryDef
from workbench.ui.flow_layout import FlowLayout
from workbench.ui.panels import menu_text, plain_label, plain_tooltip
from workbench.ui.session import Session

MAX_VALUES = 9  # values beyond the ninth have no number key (the panel still shows them)
KEY_WAIT_MS = 3000  # how long a category key waits for its number


def toggled(spec: CategoryDef, chosen: list[str], value: str) -> list[str]:
    """The values of a category once ``value`` is clicked: taken back when it was chosen,
    else added (several) or put instead of the one chosen (single choice). In the schema's
    order."""
    if value in chosen:
        kept = [v for v in chosen if v != value]
    elif spec.multiple:
        kept = [*chosen, value]
    else:
        kept = [value]
    return [v for v in spec.values if v in kept]


def digit_of(text: str) -> int | None:
    """The number 1-9 a key typed, Western or Arabic-Indic digits alike; None otherwise."""
    if len(text) != 1:
        return None
    number = unicodedata.digit(text, None)
    return number if number and number <= MAX_VALUES else None


class CategoriesPanel(QWidget):
    """One group of value buttons per category of the schema."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.specs = list(session.project.schema.categories)
        self.buttons: dict[str, dict[str, QPushButton]] = {}
        layout = QVBoxLayout(self)
        if not self.specs:
            note = plain_label(self.tr("The schema declares no document categories."))
            note.setWordWrap(True)
            layout.addWidget(note)
        for spec in self.specs:
            layout.addWidget(self._group(spec))
        layout.addStretch(1)
        session.layerLoaded.connect(self.refresh)
        session.documentOpened.connect(lambda *_: self.refresh())
        session.changed.connect(self.apply_changes)
        self.refresh()

    def _group(self, spec: CategoryDef) -> QGroupBox:
        how = self.tr("any number") if spec.multiple else self.tr("one")
        key = f" [{spec.key}]" if spec.key else ""
        box = QGroupBox(menu_text(f"{spec.name}{key} · {how}"))
        box.setToolTip(plain_tooltip(spec.description))
        flow = FlowLayout(box)
        flow.setContentsMargins(6, 6, 6, 6)
        self.buttons[spec.name] = {}
        for number, value in enumerate(spec.values, start=1):
            shown = f"{number} {value}" if number <= MAX_VALUES else value
            button = QPushButton(menu_text(shown))
            button.setProperty("shown", shown)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the article keeps the keys
            button.clicked.connect(lambda _=False, s=spec, v=value: self.choose(s, v))
            flow.addWidget(button)
            self.buttons[spec.name][value] = button
        return box

    def chosen(self) -> dict[str, list[str]]:
        """The categories of the open layer, as the session holds them."""
        return {name: list(values) for name, values in self.session.layer.categories.items()}

    def choose(self, spec: CategoryDef, value: str) -> None:
        """Click or key on one value: one undoable edit of the layer's categories."""
        if self.session.document is None:
            self.refresh()  # a button pressed with no document open goes back up
            return
        categories = self.chosen()
        values = toggled(spec, categories.get(spec.name, []), value)
        if values:
            categories[spec.name] = values
        else:
            categories.pop(spec.name, None)
        if not self.session.set_categories(categories):
            self.refresh()  # refused: the buttons show what the file holds

    def apply_changes(self, changes: ChangeSet) -> None:
        if self.session.shows(changes) and changes.categories is not None:
            self.refresh()

    def refresh(self) -> None:
        chosen = self.session.layer.categories
        has_document = self.session.document is not None
        for name, buttons in self.buttons.items():
            for value, button in buttons.items():
                on = value in chosen.get(name, ())
                button.setChecked(on)
                button.setEnabled(has_document)
                font = button.font()
                font.setBold(on)  # a chosen value stands out in any theme
                button.setFont(font)
                shown = button.property("shown")
                button.setText(menu_text(f"✓ {shown}" if on else shown))


class CategoryKeys(QObject):
    """Category keys in the article: the category's key, then the value's number.

    An event filter on the article view: a category key (one no label or relation uses) is
    held for a few seconds, the status bar saying which numbers mean what; a number then
    chooses that value (as a click does), any other key lets it go and does its own work."""

    prompt = Signal(str)  # what the status bar shows while a number is awaited ("" to clear)

    def __init__(self, panel: CategoriesPanel, taken: set[str], parent: QObject | None = None):
        super().__init__(parent)
        self.panel = panel
        self.by_key: dict[str, CategoryDef] = {}
        for spec in panel.specs:
            for char in key_characters(spec.key) if spec.key else ():
                if char not in taken:
                    self.by_key[char] = spec
        self.waiting: CategoryDef | None = None
        self._timer = QTimer(self, singleShot=True, interval=KEY_WAIT_MS)
        self._timer.timeout.connect(self.cancel)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return False
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        text = event.text()
        if self.waiting is not None:
            spec, number = self.waiting, digit_of(text) if plain else None
            self.cancel()
            if number is not None:
                if number <= len(spec.values):
                    self.panel.choose(spec, spec.values[number - 1])
                return True
        if plain and text in self.by_key and not watched.textCursor().hasSelection():
            self.waiting = self.by_key[text]
            self._timer.start()
            self.prompt.emit(self.hint(self.waiting))
            return True
        return False

    def hint(self, spec: CategoryDef) -> str:
        values = ", ".join(f"{n} {v}" for n, v in enumerate(spec.values[:MAX_VALUES], start=1))
        return self.tr("%s: press a number (%s)") % (spec.name, values)

    def cancel(self) -> None:
        if self.waiting is not None:
            self.waiting = None
            self._timer.stop()
            self.prompt.emit("")
