"""Suggestions in the window: ghosts to accept or reject by keyboard, made in the background.

The suggestion layer (``suggest``) of the open document is drawn over the annotator's own
layer as ghosts (``ghost_painting``). One suggestion at a time can be selected: Tab and
Shift+Tab go to the next and previous undecided one (and scroll to it), a click on a ghost
selects it, and while one is selected `a` accepts it into the annotator's layer (Shift+A with
the cue, speaker and links it heads), `x` rejects it. Both are undo commands of the session
over the store's operations, recorded as verdicts (who, when), so Ctrl+Z takes them back whole.

The Suggest menu makes suggestions for the open document (F5) or for all documents in a
worker thread (``BackgroundJob``) that opens its own connection to the project file and runs
``workflow.suggest.suggest`` with progress and a cancel flag; the window goes on working, the
status bar shows the progress with a Cancel button, and when the run ends the open document's
suggestions are read again. Retrain model trains the names model (``workflow.train``) the
same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from workbench.core.changes import ChangeSet
from workbench.core.intervals import SpanIndex
from workbench.core.keys import ACCEPT_KEY, REJECT_KEY, key_characters
from workbench.core.model import SUGGEST, Layer, Relation, Span, Verdict
from workbench.core.suggest.keys import UNRECORDED, SuggestionInfo, layer_keys, span_key
from workbench.store.project import Project
from workbench.ui.background import BackgroundJob
from workbench.ui.ghost_painting import GhostPainter
from workbench.ui.panels import plain_label

SUGGEST_SHORTCUT = "F5"


def suggest_work(doc_ids: list[str]) -> Callable:
    """The work of a suggestion run over these documents (``workflow.suggest``)."""

    def work(project: Project, progress, cancelled):
        from workbench.workflow import suggest as runner

        using = runner.default_sources(project)  # the model too, once one is trained
        return runner.suggest(project, doc_ids, using=using, progress=progress, cancelled=cancelled)

    return work


def train_work(project: Project, progress, cancelled):
    """The work of Suggest → Retrain model (``workflow.train``)."""
    from workbench.workflow import train as trainer

    return trainer.train(project, progress=progress, cancelled=cancelled)


class SuggestionState:
    """The open document's suggestions as this annotator sees them: every suggested span
    with what is recorded of it, the verdicts, and the spans and links of the annotator's own
    layer (a suggestion the annotator has made already is not shown).

    A suggested link stays while it is undecided and each of its ends is either a suggested
    span still undecided or one the annotator has (accepted, or drawn at the same place with
    the same label): it is drawn from the annotator's span to the ghost, or, between two
    spans the annotator has, it is a suggestion of its own (``links``) to select, accept or
    reject."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """No suggestions (a document without them, or none open)."""
        self.layer = Layer(SUGGEST)
        self.info: dict[str, SuggestionInfo] = {}
        self.keys: dict[str, str] = {}  # item id -> content key (what a verdict names)
        self.verdicts: dict[str, Verdict] = {}
        self.own: dict[str, str] = {}  # content key -> id of the annotator's span
        self._own_keys: dict[str, str] = {}  # the annotator's span id -> content key
        self.own_links: set[tuple[str, str, str]] = set()  # (label, head key, tail key)
        self.undecided: list[Span] = []
        self.index = SpanIndex()  # the undecided ones, for what is on screen
        self.anchors = SpanIndex()  # suggested spans the annotator has, ends of links shown
        self.relations: list[Relation] = []  # the links drawn
        self.links: list[Relation] = []  # those between two spans the annotator has
        self.stops: list[Span | Relation] = []  # what Tab visits, by position
        self._links: dict[str, list[int]] = {}  # span id -> positions in relations

    def load(self, project: Project, doc_id: str, annotator: str, own: Layer) -> None:
        self.layer = project.layer(doc_id, SUGGEST) or Layer(SUGGEST)
        self.info = project.suggestion_info(doc_id)
        self.keys = {item: key for item, (_kind, key) in layer_keys(self.layer).items()}
        self.keys.update((item, info.key) for item, info in self.info.items())
        self.verdicts = dict(project.verdicts(doc_id, annotator))
        self._own_keys = {s.id: span_key(s) for s in own.spans}
        self.own = {key: span_id for span_id, key in self._own_keys.items()}
        self.own_links = {self._link_key(r) for r in own.relations}
        self.refresh()

    def key(self, item_id: str) -> str:
        return self.keys.get(item_id, "")

    def _link_key(self, relation: Relation) -> tuple[str, str, str]:
        """An own relation by what it joins."""
        keys = self._own_keys
        return relation.label, keys.get(relation.head, ""), keys.get(relation.tail, "")

    def refresh(self) -> None:
        """Which suggested spans and links are still to decide."""
        undecided, have = [], {}
        for span in self.layer.spans:
            if span_key(span) in self.own:
                have[span.id] = span
            elif self.key(span.id) not in self.verdicts:
                undecided.append(span)
        undecided.sort(key=lambda s: (s.start, -s.end, s.label))
        self.undecided = undecided
        self.index = SpanIndex(undecided)
        showing = {s.id for s in undecided}
        self.relations, self.links, ends = [], [], {}
        for r in self.layer.relations:
            if self.key(r.id) in self.verdicts:
                continue
            if not {r.head, r.tail} <= showing | have.keys():
                continue
            if r.head in have and r.tail in have:
                joined = (r.label, span_key(have[r.head]), span_key(have[r.tail]))
                if joined in self.own_links:
                    continue  # the annotator has this link already
                self.links.append(r)
            self.relations.append(r)
            ends.update((i, have[i]) for i in (r.head, r.tail) if i in have)
        self.anchors = SpanIndex(ends.values())
        self._links = {}
        for i, relation in enumerate(self.relations):
            self._links.setdefault(relation.head, []).append(i)
            self._links.setdefault(relation.tail, []).append(i)
        self.stops = sorted([*undecided, *self.links], key=self.place)

    def span(self, span_id: str) -> Span | None:
        """A suggested span shown: undecided, or one the annotator has at the end of a link."""
        return self.index.get(span_id) or self.anchors.get(span_id)

    def place(self, item: Span | Relation) -> tuple[int, int, str]:
        """Where Tab finds a suggestion: a span by its position, a link by its ends'."""
        if isinstance(item, Span):
            return item.start, -item.end, item.label
        ends = [self.span(item.head), self.span(item.tail)]
        return min(e.start for e in ends), -max(e.end for e in ends), item.label

    def count(self) -> int:
        """How many suggestions are undecided: spans, and links between spans the annotator
        has (a link to a ghost is decided with its ghost, Shift+A)."""
        return len(self.undecided) + len(self.links)

    def links_of(self, span_ids) -> list[Relation]:
        """The undecided links with an end among these suggested spans, in the layer's order."""
        found = {i for span_id in span_ids for i in self._links.get(span_id, ())}
        return [self.relations[i] for i in sorted(found)]

    def follow(self, changes: ChangeSet) -> bool:
        """Take in an edit of the annotator's layer (verdicts given or taken back by undo,
        spans and links made or deleted); True when what is undecided changed."""
        if not (changes.verdicts or changes.spans or changes.relations):
            return False
        for verdict in changes.verdicts.removed:
            self.verdicts.pop(verdict.id, None)
        for verdict in changes.verdicts.after:
            self.verdicts[verdict.id] = verdict
        for relation in [*changes.relations.removed, *(b for b, _a in changes.relations.changed)]:
            self.own_links.discard(self._link_key(relation))
        for span in [*changes.spans.removed, *(b for b, _a in changes.spans.changed)]:
            self.own.pop(self._own_keys.pop(span.id, ""), None)
        for span in changes.spans.after:
            self._own_keys[span.id] = span_key(span)
            self.own[span_key(span)] = span.id
        for relation in changes.relations.after:
            self.own_links.add(self._link_key(relation))
        before = [s.id for s in self.stops], [r.id for r in self.relations]
        self.refresh()
        return before != ([s.id for s in self.stops], [r.id for r in self.relations])


class AcceptAboveDialog(QDialog):
    """Suggest → Accept all above a score…: a label and the lowest score to accept; says how
    many undecided suggestions of the open document that is."""

    def __init__(self, state: SuggestionState, parent=None):
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Accept all above a score"))
        self.label = QComboBox()
        labels = sorted({s.label for s in state.undecided})
        self.label.addItems(labels)
        self.score = QDoubleSpinBox()
        self.score.setRange(0.0, 1.0)
        self.score.setSingleStep(0.05)
        self.score.setDecimals(2)
        self.score.setValue(0.8)
        self.count = plain_label()
        form = QFormLayout()
        form.addRow(self.tr("Label:"), self.label)
        form.addRow(self.tr("Lowest score:"), self.score)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.label.currentTextChanged.connect(self._count)
        self.score.valueChanged.connect(self._count)
        self._count()

    def chosen(self) -> list[Span]:
        label, score = self.label.currentText(), self.score.value()
        return [
            s
            for s in self.state.undecided
            if s.label == label and self.state.info.get(s.id, _SURE).score >= score - 1e-9
        ]

    def _count(self, *_args) -> None:
        count = len(self.chosen())
        self.count.setText(self.tr("%n suggestion(s) of this document", "", count))
        self.ok.setEnabled(count > 0)


_SURE = SuggestionInfo("span", "", *UNRECORDED)


def hint(keys: str) -> str:
    """A key shown beside a menu entry (the entry does not take it: the article does), kept
    left to right in a right-to-left menu."""
    return f"\t\u2066{keys}\u2069"


class SuggestionActions(QObject):
    """The Suggest menu, the keys in the article, the ghosts and the status of a window."""

    runFinished = Signal(object)  # noqa: N815  the summary (or None when the run failed)
    selectionChanged = Signal(object)  # noqa: N815  the selected suggestion (a Span) or None

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.editor = window.editor
        self.state = SuggestionState()
        self.current: Span | None = None
        self.job: BackgroundJob | None = None
        self._outcome = None  # what the run that is ending gave
        self.ghosts = GhostPainter(
            self.state,
            self._current_id,
            self.session.color_of,
            self.editor._tag_font,
            self.editor._arc_end,
        )
        self.editor.overlays.append(self.ghosts)
        self.accept_chars = set(key_characters(ACCEPT_KEY))
        self.reject_chars = set(key_characters(REJECT_KEY))
        # kept, not asked for in eventFilter: while the editor is destroyed it sends events to
        # its filters, and asking a half-destroyed scroll area for its viewport crashes
        self._viewport = self.editor.viewport()
        self.editor.installEventFilter(self)
        self._viewport.installEventFilter(self)
        self._press = None
        self._build_status()
        self._build_menu()
        self.session.documentOpened.connect(self._document_opened)
        self.session.layerLoaded.connect(self.reload)
        self.session.changed.connect(self._changed)
        self.session.spanSelected.connect(self._span_selected)
        if self.session.document is not None and self.session._loaded:
            self.reload()

    # -- the menu and the status bar -----------------------------------------------------

    def _build_menu(self) -> None:
        window = self.window
        self.menu = window.menuBar().addMenu(self.tr("&Suggest"))
        entries = [
            ("suggest_document", self.tr("Suggest this &document"), SUGGEST_SHORTCUT,
             self.suggest_document),
            ("suggest_all", self.tr("Suggest &all documents"), None, self.suggest_all),
            ("suggest_retrain", self.tr("Re&train model"), None, self.retrain),
            ("suggest_cancel", self.tr("&Cancel"), None, self.cancel),
            (None, None, None, None),
            ("suggest_next", self.tr("&Next suggestion") + hint("Tab"), None, lambda: self.step(1)),
            ("suggest_previous", self.tr("&Previous suggestion") + hint("Shift+Tab"), None,
             lambda: self.step(-1)),
            ("suggest_accept", self.tr("A&ccept the suggestion") + hint("a"), None, self.accept),
            ("suggest_accept_links", self.tr("Accept &with its cue, speaker and links")
             + hint("Shift+A"), None, lambda: self.accept(with_links=True)),
            ("suggest_reject", self.tr("&Reject the suggestion") + hint("x"), None, self.reject),
            ("suggest_above", self.tr("Accept all a&bove a score…"), None,
             self.accept_above_dialog),
        ]  # fmt: skip
        for name, title, shortcut, slot in entries:
            if name is None:
                self.menu.addSeparator()
                continue
            action = QAction(title, window)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.menu.addAction(action)
            window.actions_by_name[name] = action
        self.menu.aboutToShow.connect(self._enable_actions)
        self._enable_actions()
        window.guidelines.set_shortcuts(window.shortcut_list() + self.keys())

    def keys(self) -> list[tuple[str, str]]:
        """The keys of suggestions, for the guidelines panel."""
        return [
            (self.tr("Tab"), self.tr("Select the next suggestion (Shift+Tab: the previous)")),
            (ACCEPT_KEY, self.tr("Accept the selected suggestion (Shift+A: with its links)")),
            (REJECT_KEY, self.tr("Reject the selected suggestion")),
        ]

    def _enable_actions(self) -> None:
        running = self.job is not None
        have_document = self.session.document is not None
        names = self.window.actions_by_name
        # enabled in a read-only project too: they say why nothing can be made there
        names["suggest_document"].setEnabled(have_document and not running)
        names["suggest_all"].setEnabled(not running)
        names["suggest_retrain"].setEnabled(not running)
        names["suggest_cancel"].setEnabled(running)
        for name in ("suggest_next", "suggest_previous"):
            names[name].setEnabled(bool(self.state.stops))
        names["suggest_above"].setEnabled(bool(self.state.undecided))
        for name in ("suggest_accept", "suggest_accept_links", "suggest_reject"):
            names[name].setEnabled(self.current is not None)

    def _build_status(self) -> None:
        bar = self.window.statusBar()
        self.status = plain_label()
        self.status.setVisible(False)
        bar.addPermanentWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        bar.addPermanentWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        bar.addPermanentWidget(self.cancel_button)
        bar.messageChanged.connect(self._show_status)

    def _show_status(self, message: str = "") -> None:
        """The suggestion status shows in a document with suggestions, unless a message in
        the status bar needs its room (the message would be cut under it)."""
        wanted = bool(self.state.stops or self.state.layer.spans)
        bar = self.window.statusBar()
        if wanted and message:
            labels = [w for w in bar.findChildren(QLabel) if w.isVisible() and w is not self.status]
            needed = bar.fontMetrics().horizontalAdvance(message) + 24
            needed += sum(w.sizeHint().width() + 8 for w in [*labels, self.status])
            wanted = needed <= bar.width()
        self.status.setVisible(wanted)

    def update_status(self) -> None:
        """How many suggestions are undecided here, and the selected one's label, source
        and score; hidden in a document without suggestions."""
        count = self.state.count()
        parts = [self.tr("Suggestions: %n undecided", "", count)]
        if self.current is not None:
            info = self.state.info.get(self.current.id, _SURE)
            parts.append(
                self.tr("%s from %s, score %s")
                % (self.current.label, info.source, f"{info.score:.2f}")
            )
        self.status.setText(" · ".join(parts))
        self._show_status(self.window.statusBar().currentMessage())
        self._enable_actions()

    # -- the open document's suggestions -------------------------------------------------

    def _document_opened(self, _doc_id: str) -> None:
        self.state.clear()
        self._set_current(None)

    def reload(self) -> None:
        """Read the open document's suggestions and verdicts again (a new document, a run
        that ended)."""
        doc = self.session.document
        if doc is None:
            self.state.clear()
        else:
            self.session.ensure_loaded()
            self.state.load(
                self.session.project, doc.id, self.session.annotator, self.session.layer
            )
        if self.current is not None:
            self._set_current(next((s for s in self.state.stops if s.id == self.current.id), None))
        self.update_status()
        self.editor.viewport().update()

    def _changed(self, changes: ChangeSet) -> None:
        if not self.session.shows(changes) or not self.state.follow(changes):
            return
        if changes.verdicts.removed and not changes.verdicts.added:  # undo of a verdict
            count = len(changes.verdicts.removed)
            self.window.statusBar().showMessage(
                self.tr("Taken back: %n suggestion(s) undecided again", "", count), 4000
            )
        if self.current is not None and self.current not in self.state.stops:
            self._set_current(None)
        self.update_status()
        self.editor.viewport().update()

    def _span_selected(self, span) -> None:
        if span is not None:  # the annotator's own span is selected: no suggestion is
            self._set_current(None)

    def _current_id(self) -> str | None:
        return self.current.id if self.current is not None else None

    def _set_current(self, item: Span | Relation | None) -> None:
        if item is self.current:
            return
        self.current = item
        self.update_status()
        self.editor.viewport().update()
        self.selectionChanged.emit(item)

    def select(self, item: Span | Relation) -> None:
        """Select a suggestion (a span, or a link between spans the annotator has): the
        annotator's own selection goes, the view scrolls to it."""
        if self.session.selected is not None:
            self.session.select(None)
        self._set_current(item)
        shown = item if isinstance(item, Span) else self.state.span(item.head)
        if shown is not None:
            self.editor.show_span(shown)

    def step(self, direction: int) -> Span | Relation | None:
        """Select the next (1) or previous (-1) undecided suggestion, after (before) the
        selected one or the caret, wrapping around."""
        spans = self.state.stops
        places = [self.state.place(s)[0] for s in spans]
        if not spans:
            self.window.statusBar().showMessage(
                self.tr(
                    "No undecided suggestions in this document (Suggest → Suggest this document)"
                ),
                6000,
            )
            return None
        if self.current is not None and self.current in spans:
            index = (spans.index(self.current) + direction) % len(spans)
        else:
            cursor = self.editor.textCursor()
            caret = self.editor.converter.from_utf16(cursor.selectionStart())
            if direction > 0:
                index = next((i for i, start in enumerate(places) if start >= caret), 0)
            else:
                index = next(
                    (i for i in reversed(range(len(spans))) if places[i] < caret),
                    len(spans) - 1,
                )
        self.select(spans[index])
        return spans[index]

    def ghosts_at(self, offset: int) -> list[Span]:
        """Undecided suggestions over a letter, innermost first."""
        return sorted(self.state.index.at(offset), key=lambda s: s.end - s.start)

    # -- accept, reject --------------------------------------------------------------------

    def accept(self, with_links: bool = False) -> bool:
        span = self.current
        if span is None:
            return False
        changes = self.session.accept_suggestion(span.id, with_links)
        if changes is None:
            return False
        self.window.statusBar().showMessage(
            self.tr("Accepted %s; Ctrl+Z takes it back") % span.label, 4000
        )
        return True

    def reject(self) -> bool:
        span = self.current
        if span is None:
            return False
        changes = self.session.reject_suggestion(span.id)
        if changes is None:
            return False
        self._set_current(None)
        self.window.statusBar().showMessage(
            self.tr("Rejected %s; it will not be suggested again") % span.label, 4000
        )
        return True

    def accept_above_dialog(self) -> AcceptAboveDialog | None:
        """Suggest → Accept all above a score… (not blocking)."""
        if not self.state.undecided:
            self.step(1)  # says there is nothing to accept
            return None
        dialog = AcceptAboveDialog(self.state, self.window)
        dialog.accepted.connect(
            lambda: self.accept_above(dialog.label.currentText(), dialog.score.value())
        )
        dialog.finished.connect(self._back_to_article)
        dialog.open()
        self._dialog = dialog
        return dialog

    def _back_to_article(self, *_args) -> None:
        """A dialog of the Suggest menu has closed: the keys go to the article again, so
        that Ctrl+Z, Tab, a and x work at once."""
        self.window.activateWindow()
        self.editor.setFocus(Qt.FocusReason.PopupFocusReason)

    def tell(self, title: str, text: str) -> QMessageBox:
        """A message that stays until it is read (not blocking the window)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._back_to_article)
        box.open()
        self._dialog = box
        return box

    def accept_above(self, label: str, min_score: float) -> int:
        """Accept every undecided suggestion of ``label`` in the open document whose score is
        at least ``min_score``, as one undo step; how many were accepted."""
        changes = self.session.accept_suggestions_above(label, min_score)
        count = len(changes.spans.added) if changes else 0
        self.window.statusBar().showMessage(
            self.tr("Accepted %n suggestion(s); Ctrl+Z takes them back", "", count), 6000
        )
        return count

    # -- keys and clicks in the article ------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.KeyPress and watched is self.editor:
            return self._key(event)
        if kind == QEvent.Type.MouseButtonPress and watched is self._viewport:
            self._press = event.position().toPoint()
        elif kind == QEvent.Type.MouseButtonRelease and watched is self._viewport:
            self._click(event)
        return False

    def _key(self, event) -> bool:
        key, modifiers = event.key(), event.modifiers()
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        plain = not modifiers & ~Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and plain and self.state.stops:
            self.step(-1 if key == Qt.Key.Key_Backtab or shift else 1)
            return True
        if key == Qt.Key.Key_Escape:
            self._set_current(None)
            return False
        if self.current is None or not plain:
            return False
        text = event.text()
        if key == Qt.Key.Key_A or text.lower() in self.accept_chars:
            self.accept(with_links=shift)
            return True
        if (key == Qt.Key.Key_X or text in self.reject_chars) and not shift:
            self.reject()
            return True
        return False

    def _click(self, event) -> None:
        """A click (not a drag) on a ghost where the annotator has no span selects it, on
        the name of a suggested link between the annotator's spans that link; any other
        click leaves no suggestion selected."""
        pos = event.position().toPoint()
        press, self._press = self._press, None
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if press is not None and (pos - press).manhattanLength() >= 4:
            self._set_current(None)
            return
        links = [r for r, box in self.ghosts.link_boxes if box.contains(pos.toPointF())]
        chosen = [r for r in links if r in self.state.links]
        if chosen:
            self._set_current(chosen[0])
            return
        hit = self.editor.character_at(pos)
        ghosts = []
        if hit is not None:
            offset = self.editor.converter.from_utf16(hit[0])
            if not self.session.index.at(offset):
                ghosts = self.ghosts_at(offset)
        self._set_current(ghosts[0] if ghosts else None)

    # -- work in the background: suggesting, training -------------------------------------

    def suggest_document(self) -> BackgroundJob | None:
        if self.session.document is None:
            self.window.next_document()  # says why there is no document
            return None
        return self.suggest([self.session.document.id])

    def suggest_all(self) -> BackgroundJob | None:
        return self.suggest(self.session.project.document_ids())

    def suggest(self, doc_ids: list[str]) -> BackgroundJob | None:
        """Start suggesting for these documents in the background."""
        if not doc_ids:
            return None
        return self._start(suggest_work(doc_ids), self.tr("Suggesting %v of %m"), self._suggested)

    def retrain(self) -> BackgroundJob | None:
        """Suggest → Retrain model: train the names model on the done and gold layers in the
        background (``workflow.train``); its scores go to the status bar."""
        return self._start(train_work, self.tr("Training %p%"), self._trained)

    def _start(self, work: Callable, progress_format: str, done: Callable) -> BackgroundJob | None:
        if self.job is not None:
            return None
        if self.session.project.read_only:
            self.tell(
                self.tr("Read-only project"),
                self.tr(
                    "This project is read-only: suggestions cannot be made or saved in it. "
                    "Copy it somewhere you may write, or ask for write access."
                ),
            )
            return None
        job = BackgroundJob(self.session.project.path, work, self)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(done)
        job.failed.connect(lambda message: self._failed(message, work is train_work))
        job.finished.connect(self._ended)
        self.job = job
        self.progress.setRange(0, 0)  # busy until the first step is reported
        self.progress.setFormat(progress_format)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self._enable_actions()
        job.start()
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.window.statusBar().showMessage(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _suggested(self, summary) -> None:
        if getattr(summary, "cancelled", False):
            message = self.tr("Suggestions cancelled: the project is as it was")
        else:
            self.reload()
            count = len(self.state.undecided)
            message = self.tr("Suggestions ready: %n undecided in this document", "", count)
        self.window.statusBar().showMessage(message, 8000)
        self._outcome = summary

    def _trained(self, report) -> None:
        if report is None or (self.job is not None and self.job.cancelled):
            message = self.tr("Training cancelled: the model is as it was")
        else:
            scores = ", ".join(f"{s.label} {s.f1:.2f}" for s in report.labels)
            message = self.tr("Model trained on %d documents; F1 by cross-validation: %s") % (
                report.documents,
                scores,
            )
        self.window.statusBar().showMessage(message, 15000)
        self._outcome = report

    def _failed(self, message: str, training: bool = False) -> None:
        """A short line in the status bar (the suggestion counts keep their room), the
        reason in a message box."""
        if training:
            short, title = (
                self.tr("Training failed (the reason is in the message)"),
                self.tr("Training failed"),
            )
        else:
            short, title = (
                self.tr("Suggesting failed (the reason is in the message)"),
                self.tr("Suggesting failed"),
            )
        self.window.statusBar().showMessage(short, 15000)
        self.tell(title, message)
        self._outcome = None

    def _ended(self) -> None:
        """The thread has ended (after its last signal): the window may start another job."""
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._enable_actions()
        self._show_status(self.window.statusBar().currentMessage())  # the room they took
        outcome, self._outcome = self._outcome, None
        self.runFinished.emit(outcome)

    def stop(self) -> None:
        """Cancel a run and wait for its thread (the window is closing)."""
        job = self.job
        if job is not None:
            job.cancel()
            job.wait()
