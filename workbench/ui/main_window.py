"""The main window: assembles the editor, the docks, the actions and the status bar."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu, QWidget

from workbench.core.changes import ChangeSet
from workbench.core.keys import ENTITY_KEY, key_characters
from workbench.core.model import Span
from workbench.ui.categories_panel import CategoriesPanel, CategoryKeys
from workbench.ui.comments_panel import CommentDialog, CommentsPanel, targets_in
from workbench.ui.editor import ArticleView
from workbench.ui.guidelines import GuidelinesPanel
from workbench.ui.history_panel import HistoryPanel
from workbench.ui.link_panels import EntityPanel, QuotePanel, RelationPanel, short
from workbench.ui.models import status_text
from workbench.ui.panels import (
    DocumentListPanel,
    LabelPalette,
    SpanPanel,
    isolated,
    menu_text,
    plain_label,
)
from workbench.ui.preferences import Preferences, SettingsDialog, apply_theme
from workbench.ui.project_files import FileActions, save_place, tell
from workbench.ui.search_indexer import SearchIndexer
from workbench.ui.session import Session, span_distance
from workbench.ui.suggestions import SuggestionActions
from workbench.ui.team_actions import TeamActions
from workbench.ui.time_on_task import TaskClock, duration_text
from workbench.ui.window_fit import PanelFitter, fit_to_screen, panel_of, scrolling


@dataclass
class ActionSpec:
    name: str
    title: str
    shortcut: QKeySequence | str | None
    menu: str


def show_shortcut_left_to_right(action: QAction) -> None:
    """In a right-to-left interface a menu lays out "Ctrl++" as "++Ctrl" (the "+" signs are
    neutral characters): give the menu the shortcut's text isolated left to right (LRI ... PDI)
    after a tab, which a menu shows in place of the shortcut's own text."""
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    if shortcut and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        action.setText(f"{action.text()}\t\u2066{shortcut}\u2069")


class MainWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None, remember: bool = True):
        super().__init__(parent)
        self.session = session
        session.project.acting_as = session.annotator  # the history's "by" of edits made here
        self.remember = remember  # keep this project's place and recent entry in the settings
        self.setWindowTitle(self.tr("Workbench — %s") % session.project.path.name)
        self.editor = ArticleView(session)
        self.setCentralWidget(self.editor)
        self.documents = DocumentListPanel(session)
        self.label_palette = LabelPalette(session)
        self.spans = SpanPanel(session)
        # Dock areas are physical sides: the document list goes where reading starts.
        start, end = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            start, end = end, start
        self.relations = RelationPanel(session)
        self.entities = EntityPanel(session)
        self.quotes = QuotePanel(session)
        self._layer_docks(self._dock(self.tr("Documents"), self.documents, start))
        labels_dock = self._dock(self.tr("Labels"), self.label_palette, end)
        self.guidelines = GuidelinesPanel(session.project.schema)
        self.tabifyDockWidget(labels_dock, self._dock(self.tr("Guidelines"), self.guidelines, end))
        labels_dock.raise_()
        spans_dock = self._dock(self.tr("Spans"), self.spans, end)
        for title, panel in (
            (self.tr("Relations"), self.relations),
            (self.tr("Entities"), self.entities),
            (self.tr("Quotes"), self.quotes),
        ):
            self.tabifyDockWidget(spans_dock, self._dock(title, panel, end))
            panel.spanActivated.connect(self.go_to_span)
        spans_dock.raise_()
        self.editor.key_labels = {
            char: spec.name
            for spec in session.project.schema.labels.values()
            if spec.key
            for char in key_characters(spec.key)
        }
        self.editor.key_relations = {
            char: spec.name
            for spec in session.project.schema.relations.values()
            if spec.key
            for char in key_characters(spec.key)
        }
        self.editor.entity_keys = set(key_characters(ENTITY_KEY))
        taken = {*self.editor.key_labels, *self.editor.key_relations, *self.editor.entity_keys}
        self.category_keys = CategoryKeys(self.categories, taken, self)
        self.category_keys.prompt.connect(self._category_prompt)
        self.editor.installEventFilter(self.category_keys)
        self.editor.relationRequested.connect(self.relation_menu)
        self.editor.entityRequested.connect(self.entity_menu)
        self.editor.linkDragged.connect(self.link_dragged)
        self.editor.labelRequested.connect(self.apply_label)
        self.label_palette.labelRequested.connect(self.apply_label)
        self.documents.documentActivated.connect(self.open_document)
        self.spans.spanActivated.connect(self.go_to_span)
        self.status_doc = plain_label()
        self.status_user = plain_label()
        # the project's name where every window manager shows it (some show no title bar)
        self.status_project = plain_label(self.tr("Project: %s") % session.project.path.name)
        self.statusBar().addPermanentWidget(self.status_project)
        self.statusBar().addPermanentWidget(self.status_user)
        self.statusBar().addPermanentWidget(self.status_doc)
        self.status_time = plain_label()  # time on task on the open document
        self.statusBar().addPermanentWidget(self.status_time)
        self.clock = TaskClock(session, self)
        self.clock.ticked.connect(self._show_time)
        self.status_read_only = plain_label()
        if session.project.read_only:  # read-only media, permissions, a full disk
            self.setWindowTitle(self.windowTitle() + " " + self.tr("(read-only)"))
            self.status_read_only.setText(self.tr("Read-only: nothing can be changed or saved"))
            self.statusBar().addPermanentWidget(self.status_read_only)
        self.team = TeamActions(self, session)
        self.files = FileActions(self)
        self._build_actions()
        self.suggestions = SuggestionActions(self)  # the Suggest menu, ghosts, a/x/Tab keys
        self.setAcceptDrops(True)
        session.documentOpened.connect(lambda *_: self.update_status())
        session.layerLoaded.connect(self.update_status)
        session.changed.connect(self._status_after)
        session.error.connect(lambda message: self.statusBar().showMessage(message, 6000))
        self.statusBar().messageChanged.connect(self._make_room_for_message)
        self.documents.refresh()
        self.search_indexer = SearchIndexer(session.project, self)  # what imports left out
        self.search_indexer.start()
        self.panel_fitter = PanelFitter(self, start)  # the document list's side
        self.last_message = None  # the last message the window showed (tests reach it)
        self.show_empty_hint()
        fit_to_screen(self, 1280, 820)

    # -- files dropped on the window, closing ------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files.dropped(paths)

    def changeEvent(self, event) -> None:  # noqa: N802
        """Back in the window after another program imported into the project: index what it
        brought (the document list finds it meanwhile, reading it)."""
        indexer = getattr(self, "search_indexer", None)  # None while the window is being made
        activated = event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
        if indexer is not None and activated:
            indexer.start()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        """Remember where the person was in this project, for the next time it opens
        (not for a window that leaves the settings be, see ``remember``)."""
        if self.remember:
            save_place(QSettings(), self)
        self.clock.stop()  # the time counted goes to the file
        self.suggestions.stop()  # a run in the background ends before the window does
        self.documents.stop()  # and so does a search still filling the document list
        self.search_indexer.close()  # the rest is indexed by the next window or search
        super().closeEvent(event)

    def after_import(self) -> None:
        """Show what an import brought: the document list, and the open document's layer if
        the import replaced it."""
        self.documents.refresh()
        self.search_indexer.start()
        self.show_empty_hint()
        if self.session.document is not None:
            self.session.open_document(self.session.document.id)
        elif self.session.project.document_count():
            self.open_document(self.session.next_document(None, not_done=False))
        self.update_status()

    def show_panel(self, name: str) -> None:
        """Bring a side panel (spans, relations, entities, quotes) to the front."""
        widget = getattr(self, name)
        for dock in self.findChildren(QDockWidget):
            if panel_of(dock) is widget:
                dock.raise_()

    def _layer_docks(self, documents: QDockWidget) -> None:
        """Categories, comments and history of the open layer: tabbed below the documents."""
        self.categories = CategoriesPanel(self.session)
        self.comments = CommentsPanel(self.session)
        self.history = HistoryPanel(self.session)
        area = self.dockWidgetArea(documents)
        first = self._dock(self.tr("Categories"), self.categories, area)
        self.splitDockWidget(documents, first, Qt.Orientation.Vertical)
        for title, panel in (
            (self.tr("Comments"), self.comments),
            (self.tr("History"), self.history),
        ):
            self.tabifyDockWidget(first, self._dock(title, panel, area))
        first.raise_()
        self.comments.spanActivated.connect(self.go_to_span)
        self.comments.buttons["add"].clicked.connect(self.comment_dialog)

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(scrolling(widget))
        self.addDockWidget(area, dock)
        return dock

    # -- actions -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        stack = self.session.undo_stack
        undo = stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        menus = {
            "file": self.menuBar().addMenu(self.tr("&File")),
            "edit": self.menuBar().addMenu(self.tr("&Edit")),
            "view": self.menuBar().addMenu(self.tr("&View")),
            "document": self.menuBar().addMenu(self.tr("&Document")),
            "team": self.menuBar().addMenu(self.tr("&Team")),
        }
        self.panels_menu = menus["view"].addMenu(self.tr("&Panels"))
        for dock in self.findChildren(QDockWidget):
            self.panels_menu.addAction(dock.toggleViewAction())
        menus["view"].addMenu(self.editor.direction_menu(self))
        menus["edit"].addAction(undo)
        menus["edit"].addAction(redo)
        team = self.team
        files = self.files
        table = [
            (
                ActionSpec("new", self.tr("&New project…"), QKeySequence.StandardKey.New, "file"),
                files.new_project_dialog,
            ),
            (
                ActionSpec("open", self.tr("&Open…"), QKeySequence.StandardKey.Open, "file"),
                files.open_dialog,
            ),
            (ActionSpec("import", self.tr("&Import…"), "Ctrl+I", "file"), files.import_dialog),
            (ActionSpec("export", self.tr("&Export…"), "Ctrl+E", "file"), files.export_dialog),
            (
                ActionSpec("pack", self.tr("&Pack for an annotator…"), None, "file"),
                team.pack_dialog,
            ),
            (ActionSpec("merge", self.tr("&Merge packages…"), None, "file"), team.merge_dialog),
            (
                ActionSpec("quit", self.tr("&Quit"), QKeySequence.StandardKey.Quit, "file"),
                self.close,
            ),
            (
                ActionSpec("agreement", self.tr("&Agreement…"), None, "team"),
                team.show_agreement,
            ),
            (
                ActionSpec("adjudicate", self.tr("A&djudicate…"), None, "team"),
                team.show_adjudication,
            ),
            (ActionSpec("progress", self.tr("&Progress…"), None, "team"), team.show_progress),
            (
                ActionSpec("comment", self.tr("&Comment…"), "Ctrl+Alt+M", "edit"),
                self.comment_dialog,
            ),
            (
                ActionSpec(
                    "settings", self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, "edit"
                ),
                self.open_settings,
            ),
            (
                ActionSpec("guidelines", self.tr("&Guidelines"), "F1", "view"),
                lambda: self.show_panel("guidelines"),
            ),
            (ActionSpec("delete", self.tr("&Delete span"), None, "edit"), self.delete_selected),
            (
                ActionSpec("zoom_in", self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, "view"),
                lambda: self.editor.zoom(+1),
            ),
            (
                ActionSpec(
                    "zoom_out", self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, "view"
                ),
                lambda: self.editor.zoom(-1),
            ),
            (
                ActionSpec(
                    "done_next", self.tr("Mark &done and go to the next"), "Ctrl+Return", "document"
                ),
                self.mark_done_and_next,
            ),
            (
                ActionSpec("next", self.tr("&Next document not done"), "Ctrl+PgDown", "document"),
                self.next_document,
            ),
            (
                ActionSpec("reopen", self.tr("Mark in &progress"), None, "document"),
                lambda: self.session.set_status("in_progress"),
            ),
        ]
        self.actions_by_name: dict[str, QAction] = {"undo": undo, "redo": redo}
        for spec, slot in table:
            action = QAction(spec.title, self)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.name == "zoom_in":  # Ctrl+= too: the same key as + without Shift
                action.setShortcuts([QKeySequence(spec.shortcut), QKeySequence("Ctrl+=")])
            show_shortcut_left_to_right(action)
            action.triggered.connect(slot)
            menus[spec.menu].addAction(action)
            self.actions_by_name[spec.name] = action
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        menus["file"].aboutToShow.connect(lambda: files.fill_recent_menu(self.recent_menu))
        menus["file"].insertMenu(self.actions_by_name["import"], self.recent_menu)
        files.fill_recent_menu(self.recent_menu)
        menus["file"].insertSeparator(self.actions_by_name["import"])
        menus["file"].insertSeparator(self.actions_by_name["pack"])
        menus["file"].insertSeparator(self.actions_by_name["quit"])
        self.guidelines.set_shortcuts(self.shortcut_list())

    def shortcut_list(self) -> list[tuple[str, str]]:
        """Every key the annotator can press, for the guidelines panel."""
        keys = [
            (spec.key, self.tr("Mark the selection as %s") % spec.name)
            for spec in self.session.project.schema.labels.values()
            if spec.key
        ]
        keys += [
            (spec.key, self.tr("Link the selected span: %s") % spec.name)
            for spec in self.session.project.schema.relations.values()
            if spec.key
        ]
        keys += [
            (self.tr("%s, then 1–9") % spec.key, self.tr("Document category: %s") % spec.name)
            for spec in self.session.project.schema.categories
            if spec.key
        ]
        keys += [
            (ENTITY_KEY, self.tr("Put the selected span into an entity")),
            (self.tr("Ctrl+drag"), self.tr("Link one span to another")),
            (self.tr("Delete"), self.tr("Delete the selected span")),
            (self.tr("Esc"), self.tr("Clear the selection")),
        ]
        for action in self.actions_by_name.values():
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut:
                keys.append((shortcut, action.text().split("\t")[0].replace("&", "")))
        return keys

    def open_settings(self) -> SettingsDialog:
        """The settings dialog (not blocking); accepted, its choices apply at once."""
        settings = QSettings()
        preferences = Preferences.load(settings)
        preferences.annotator = preferences.annotator or self.session.annotator
        dialog = SettingsDialog(preferences, self.session.project.schema, self)
        dialog.accepted.connect(
            lambda: self.apply_preferences(dialog.chosen(self.session.project.schema), settings)
        )
        dialog.open()
        self._settings_dialog = dialog
        return dialog

    def apply_preferences(
        self, preferences: Preferences, settings: QSettings | None = None, switch: bool = True
    ) -> None:
        """Apply settings; ``switch`` also makes their annotator the one who works now (not at
        start, where --annotator or a package's owner decides)."""
        if settings is not None:
            preferences.save(settings)
        self.session.colors = dict(preferences.colors)
        self.label_palette.update_colors(self.session.colors)
        self.editor.set_article_font(preferences.font_family, preferences.font_size)
        apply_theme(QApplication.instance(), preferences.theme)
        if switch and preferences.annotator and preferences.annotator != self.session.annotator:
            self.session.set_annotator(preferences.annotator)
            self.documents.refresh()
        self.editor.viewport().update()
        self.update_status()

    # -- behaviour -----------------------------------------------------------------------

    def open_document(self, doc_id: str) -> None:
        self.session.open_document(doc_id)
        self.editor.setFocus()

    def apply_label(self, label: str) -> None:
        start, end = self.editor.selection_range()
        if start == end and self.session.selected is not None:
            if self.session.selected.label != label:
                self.session.update_span(self.session.selected, label=label, attrs={})
            return
        span = self.session.add_span(label, start, end)
        if span is not None:
            cursor = self.editor.textCursor()
            cursor.clearSelection()
            self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    # -- relations and entities from the keyboard and the mouse --------------------------

    def _popup(self, menu: QMenu, likely: QAction | None = None) -> QMenu:
        """Show a menu at the text cursor without blocking, the likely entry highlighted
        (Enter takes it)."""
        rect = self.editor.cursorRect()
        likely = likely or next((a for a in menu.actions() if a.isEnabled()), None)
        menu.popup(self.editor.viewport().mapToGlobal(rect.bottomLeft()))
        if likely is not None:
            menu.setActiveAction(likely)
        self._menu = menu
        return menu

    def relation_menu(self, label: str) -> QMenu | None:
        """Targets for ``label`` from the selected span, nearest first; Enter links."""
        head = self.session.selected
        if head is None:
            return None
        spec = self.session.project.schema.relations[label]
        if head.label not in spec.heads:
            self.statusBar().showMessage(
                self.tr("%s starts at %s, not at %s")
                % (label, ", ".join(sorted(spec.heads)), head.label),
                6000,
            )
            return None
        targets = self.session.relation_candidates(label, head)[:15]
        if not targets:
            self.statusBar().showMessage(
                self.tr("No %s span to link to") % "/".join(sorted(spec.tails)), 6000
            )
            return None
        menu = QMenu(self.tr("%s to…") % label, self)
        likely = self.session.likely_target(label, head, targets)
        chosen = None
        for span in targets:
            action = menu.addAction(
                # the text isolated: an Arabic name keeps its place before the distance
                menu_text(f"{span.label}  {isolated(short(span.text))}  · ")
                + self.distance_text(head, span)
            )
            action.triggered.connect(
                lambda _=False, t=span: self.session.add_relation(label, head, t)
            )
            if span is likely:
                chosen = action
        return self._popup(menu, chosen)

    def distance_text(self, head: Span, other: Span) -> str:
        """How far a target is from the selected span, in words a menu can say."""
        count = span_distance(head, other)
        if other.end <= head.start:
            return self.tr("%n character(s) before", "", count)
        if other.start >= head.end:
            return self.tr("%n character(s) after", "", count)
        return self.tr("overlapping")

    def entity_menu(self) -> QMenu | None:
        span = self.session.selected
        if span is None:
            return None
        menu = QMenu(self.tr("Entity"), self)
        new = menu.addAction(self.tr("New entity “%s”") % menu_text(short(span.text)))
        new.triggered.connect(lambda: self.session.new_entity(span))
        nearest = {}
        for other in self.session.index:
            if other.entity and other.entity != span.entity and other.label == span.label:
                distance = span_distance(span, other)
                nearest[other.entity] = min(distance, nearest.get(other.entity, distance))
        entities = {e.id: e for e in self.session.layer.entities}
        same_name = {s.entity for s in self.session.index if s.entity and s.text == span.text}
        likely = new  # a first mention makes a new entity; a name seen before joins it
        for entity_id in sorted(nearest, key=nearest.get)[:12]:
            entity = entities[entity_id]
            action = menu.addAction(self.tr("Add to “%s”") % menu_text(short(entity.name)))
            action.triggered.connect(lambda _=False, e=entity: self.session.set_entity(span, e.id))
            if likely is new and entity_id in same_name:
                likely = action
        if span.entity:
            split = menu.addAction(self.tr("Split out of its entity"))
            split.triggered.connect(lambda: self.session.set_entity(span, None))
        return self._popup(menu, likely)

    def link_dragged(self, head: Span, tail: Span) -> QMenu | None:
        labels = self.session.project.schema.relations_between(head.label, tail.label)
        if not labels:
            self.statusBar().showMessage(
                self.tr("The schema has no relation from %s to %s") % (head.label, tail.label),
                6000,
            )
            return None
        if len(labels) == 1:
            self.session.add_relation(labels[0], head, tail)
            return None
        menu = QMenu(self)
        for label in labels:
            action = menu.addAction(menu_text(label))
            action.triggered.connect(
                lambda _=False, lab=label: self.session.add_relation(lab, head, tail)
            )
        return self._popup(menu)

    def comment_dialog(self) -> CommentDialog | None:
        """Write a comment on the selected span, relation or entity, or on the document
        (not blocking; accepted, it is one undoable edit)."""
        if self.session.document is None:
            return None
        self.session.ensure_loaded()
        entity = self.entities.current_entity()
        dialog = CommentDialog(self, targets_in(self.session, entity.id if entity else None))
        dialog.accepted.connect(lambda: self._comment_written(dialog))
        dialog.open()
        self.comment_box = dialog
        return dialog

    def _comment_written(self, dialog: CommentDialog) -> None:
        if self.session.add_comment(dialog.chosen_target(), dialog.text()):
            self.show_panel("comments")

    def _category_prompt(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def _show_time(self) -> None:
        doc = self.session.document
        self.status_time.setVisible(doc is not None)
        if doc is not None:
            running = "" if self.clock.running() else " " + self.tr("(paused)")
            seconds = duration_text(self.clock.seconds())
            self.status_time.setText(self.tr("Time on task: %s") % seconds + running)

    def delete_selected(self) -> None:
        if self.session.selected is not None:
            self.session.remove_span(self.session.selected)

    def go_to_span(self, span: Span) -> None:
        self.session.select(span)
        self.editor.show_span(span)
        self.editor.setFocus()

    def mark_done_and_next(self) -> None:
        if self.session.document is None:
            self.next_document()  # says why there is nothing to mark
            return
        self.session.set_status("done")
        self.next_document()

    def next_document(self) -> None:
        """Open the next document not done, or say that none is left (or that the project
        has none yet, and how to bring some in)."""
        if not self.session.project.document_count():
            self.last_message = tell(self, self.tr("No documents"), self.empty_hint())
            return
        current = self.session.document.id if self.session.document else None
        nxt = self.session.next_document(current)
        if nxt is None:
            self.last_message = tell(self, self.tr("All done"), self.tr("Every document is done."))
            return
        self.open_document(nxt)

    def empty_hint(self) -> str:
        return self.tr(
            "This project has no documents yet. Import some with File → Import…, "
            "or drop files on this window."
        )

    def show_empty_hint(self) -> None:
        """In a project without documents, the article's place says how to bring some in."""
        empty = not self.session.project.document_count()
        self.editor.setPlaceholderText(self.empty_hint() if empty else "")

    def _status_after(self, changes: ChangeSet) -> None:
        """The status bar counts spans and documents done: an edit changes one or the other."""
        if self.session.shows(changes) and (changes.spans or changes.status):
            self.update_status()

    def _make_room_for_message(self, message: str) -> None:
        """A message in the status bar goes where the project, annotator and progress are
        when they leave it no room (a narrow window); they come back when it goes."""
        bar = self.statusBar()
        labels = (self.status_project, self.status_user, self.status_doc)
        needed = bar.fontMetrics().horizontalAdvance(message) + 24
        needed += sum(label.sizeHint().width() + 8 for label in labels)
        for label in labels:
            label.setVisible(not message or needed <= bar.width())

    def update_status(self) -> None:
        doc = self.session.document
        position, total, done = self.session.project.progress(
            self.session.annotator, doc.id if doc else None
        )
        self.status_user.setText(self.tr("Annotator: %s") % self.session.annotator)
        done_text = self.tr("%1 of %n document(s) done", "", total).replace("%1", str(done))
        if doc is None:
            self.status_doc.setText(done_text)
            return
        self.status_doc.setText(
            " · ".join(
                (
                    self.tr("Document %d of %d") % (position, total),
                    status_text(self.session.status),
                    self.tr("%n span(s)", "", len(self.session.index)),
                    done_text,
                )
            )
        )
