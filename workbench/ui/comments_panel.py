"""Comments: on a span, a relation, an entity or the document, in plain text.

``CommentDialog`` writes or edits one (its target chosen among what is selected, the text in a
plain-text editor: what is typed is what is kept, ``<b>`` included). ``CommentsPanel`` lists the
open layer's comments (target, author, time, text) with the selected one in full below, each
paragraph in its own direction (an Arabic comment right to left); an annotator edits and
removes their own. Every change is one undoable edit; the panel follows the change sets.
``describe_target`` and ``when_text`` are shared with the supervisor's views.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workbench.core.changes import ChangeSet
from workbench.core.errors import WorkbenchError
from workbench.core.model import Comment, Layer, Span
from workbench.ui.link_panels import short
from workbench.ui.models import GridModel
from workbench.ui.panels import fit_columns, isolated, plain_label, starts_rtl, table_view
from workbench.ui.session import Session
from workbench.ui.table_rows import select_row


def describe_target(layer: Layer | None, target: str | None) -> str:
    """What a comment is on, as a person reads it: "the document", "QUOTE «…»",
    "SPEAKER: «…» → «…»", "entity PER «…»", or the id of an item that is gone."""
    if target is None:
        return QCoreApplication.translate("Comments", "the document")
    spans = {s.id: s for s in layer.spans} if layer else {}
    if target in spans:
        span = spans[target]
        return f"{span.label} {isolated(short(span.text, 30))}"
    for relation in layer.relations if layer else ():
        if relation.id == target:
            head, tail = spans.get(relation.head), spans.get(relation.tail)
            ends = " → ".join(isolated(short(s.text, 20)) if s else "?" for s in (head, tail))
            return f"{relation.label}: {ends}"
    for entity in layer.entities if layer else ():
        if entity.id == target:
            name = isolated(short(entity.name, 30))
            return QCoreApplication.translate("Comments", "entity %s %s") % (entity.label, name)
    return QCoreApplication.translate("Comments", "%s (no longer there)") % target


def when_text(created: str) -> str:
    """An ISO 8601 time in the local time zone, to the minute, kept left to right."""
    try:
        moment = datetime.fromisoformat(created.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return created
    return f"\u2066{moment:%Y-%m-%d %H:%M}\u2069"


def fit_capped(view, stretch: int, most: int = 170, share: float = 0.55) -> None:
    """Columns as wide as their contents but at most ``most`` pixels, and all of them together
    at most ``share`` of the view's width (a long target, name or time is cut with "…"):
    ``stretch``, the comment itself, takes the room left, so it stays readable in a narrow
    panel. Called again when the view's width changes."""
    fit_columns(view, stretch)
    header = view.horizontalHeader()
    others = [c for c in range(header.count()) if c != stretch]
    if not others:
        return
    most = min(most, max(40, int(view.viewport().width() * share / len(others))))
    for column in others:
        if header.sectionSize(column) > most:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, most)


class WidthFollower(QObject):
    """Fits a comments table's columns again when its viewport's width changes."""

    def __init__(self, view, refit):
        super().__init__(view)
        self.viewport = view.viewport()  # kept: the view is not asked while it is destroyed
        self.refit = refit
        self.width = -1
        self.viewport.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.viewport and event.type() == QEvent.Type.Resize:
            width = event.size().width()
            if width != self.width:
                self.width = width
                self.refit()
        return False


def in_interface_direction(label: QLabel, text: str) -> None:
    """Show a sentence of the interface (its words translated, names and times put in) in
    the interface's direction whatever letter it starts with: a right-to-left mark begins it
    in Arabic (a Latin name first laid the Arabic sentence out left to right)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    label.setLayoutDirection(QGuiApplication.layoutDirection())
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    label.setText(("\u200f" if rtl else "\u200e") + text if text else "")


def direction_of(label: QLabel, text: str) -> None:
    """Lay a label's text out in the text's own direction, on its own side."""
    rtl = starts_rtl(text)
    label.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)


@dataclass(frozen=True)
class Target:
    """A thing a comment may be on: its id (None: the document) and how it reads."""

    id: str | None
    text: str


def targets_in(session: Session, entity_id: str | None = None) -> list[Target]:
    """What the person can comment on now, most specific first: the selected span, the
    selected relation, the entity (the one chosen in the entities panel, or the selected
    span's), and always the document."""
    layer = session.layer
    found: list[Target] = []
    span: Span | None = session.selected
    if span is not None:
        found.append(Target(span.id, describe_target(layer, span.id)))
    if session.selected_relation is not None:
        rid = session.selected_relation.id
        found.append(Target(rid, describe_target(layer, rid)))
    entity = entity_id or (span.entity if span is not None else None)
    if entity is not None and any(e.id == entity for e in layer.entities):
        found.append(Target(entity, describe_target(layer, entity)))
    found.append(Target(None, describe_target(layer, None)))
    return found


class CommentDialog(QDialog):
    """Write a comment (choose what it is on) or change the text of one."""

    def __init__(self, parent: QWidget, targets: list[Target], text: str = "", editing=False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit comment") if editing else self.tr("Comment"))
        self.targets = targets
        self.target = QComboBox()
        for target in targets:
            self.target.addItem(target.text, target.id)
        self.target.setEnabled(not editing and len(targets) > 1)
        self.editor = QPlainTextEdit()
        self.editor.setPlainText(text)
        self.editor.setPlaceholderText(self.tr("What to say about it (plain text)"))
        self.editor.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.tr("On"), self.target)
        form.addRow(self.editor)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.editor.textChanged.connect(self._ok_when_written)
        self._ok_when_written()
        self.resize(460, 260)
        self.editor.setFocus()

    def _ok_when_written(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text()))

    def text(self) -> str:
        """The comment as typed, without white space around it (the document's own text,
        never read as HTML)."""
        return self.editor.toPlainText().strip()

    def chosen_target(self) -> str | None:
        return self.target.currentData()


class CommentsPanel(QWidget):
    """The open layer's comments; write, edit and remove one's own."""

    spanActivated = Signal(object)  # noqa: N815  a comment on a span was clicked

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = GridModel(self)
        self.view = table_view(self.model)
        self.view.setMinimumHeight(self.view.verticalHeader().defaultSectionSize() * 4)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.view.clicked.connect(self._clicked)
        self.follower = WidthFollower(self.view, lambda: fit_capped(self.view, 0))
        self.about = plain_label()  # who wrote the selected comment, when, on what
        self.about.setWordWrap(True)
        self.about.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full = plain_label()  # its text in full
        self.full.setWordWrap(True)
        self.full.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.full.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text in (
            ("add", self.tr("Comment…")),
            ("edit", self.tr("Edit…")),
            ("remove", self.tr("Remove")),
        ):
            button = QPushButton(text)
            row.addWidget(button)
            self.buttons[name] = button
        self.buttons["edit"].clicked.connect(self.edit_current)
        self.buttons["remove"].clicked.connect(self.remove_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.about)
        layout.addWidget(self.full)
        layout.addLayout(row)
        self.dialog: CommentDialog | None = None
        session.layerLoaded.connect(self.refresh)
        session.documentOpened.connect(lambda *_: self.refresh())
        session.changed.connect(self.apply_changes)
        self.refresh()

    def apply_changes(self, changes: ChangeSet) -> None:
        """A comment came, changed or went; or an item it is on changed (its description)."""
        if self.session.shows(changes) and changes:
            current = self.current()
            self.refresh(keep=current.id if current else None)

    def refresh(self, keep: str | None = None) -> None:
        layer = self.session.layer
        comments = sorted(layer.comments, key=lambda c: (c.created, c.id))
        rows = [
            [one_line(c.text), describe_target(layer, c.target), c.author, when_text(c.created)]
            for c in comments
        ]
        headers = [self.tr("Comment"), self.tr("On"), self.tr("Author"), self.tr("When")]
        self.model.set_grid(headers, rows, comments)
        fit_capped(self.view, 0)
        ids = [c.id for c in comments]
        if keep in ids:
            select_row(self.view, ids.index(keep))
        self._show_current()

    def current(self) -> Comment | None:
        index = self.view.currentIndex()
        return self.model.payloads[index.row()] if index.isValid() else None

    def _show_current(self) -> None:
        comment = self.current()
        if comment is None:
            in_interface_direction(self.about, "")
        else:
            on = describe_target(self.session.layer, comment.target)
            who = isolated(comment.author)
            in_interface_direction(
                self.about, self.tr("%s, %s, on %s:") % (who, when_text(comment.created), on)
            )
        self.full.setText(comment.text if comment else "")
        direction_of(self.full, comment.text if comment else "")
        own = comment is not None and comment.author == self.session.annotator
        self.buttons["edit"].setEnabled(own)
        self.buttons["remove"].setEnabled(own)
        self.buttons["add"].setEnabled(self.session.document is not None)

    def _clicked(self, index) -> None:
        comment = index.data(Qt.ItemDataRole.UserRole)
        span = self.session.index.get(comment.target) if comment and comment.target else None
        if span is not None:
            self.spanActivated.emit(span)

    def edit_current(self) -> CommentDialog | None:
        comment = self.current()
        if comment is None or comment.author != self.session.annotator:
            return None
        target = Target(comment.target, describe_target(self.session.layer, comment.target))
        dialog = CommentDialog(self, [target], comment.text, editing=True)
        dialog.accepted.connect(
            lambda: (
                dialog.text() != comment.text and self.session.edit_comment(comment, dialog.text())
            )
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    def remove_current(self) -> None:
        comment = self.current()
        if comment is not None and comment.author == self.session.annotator:
            self.session.remove_comment(comment)


def one_line(text: str) -> str:
    """A comment on one line, for a table cell."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Placed:
    """A comment with the layer it is in and what it is on, for the supervisor's lists."""

    doc_id: str
    annotator: str
    comment: Comment
    on: str
    title: str = ""


def placed_comments(layers: list[tuple[str, Layer]], titles: dict[str, str]) -> list[Placed]:
    """The comments of (doc_id, layer) pairs, each with its target described, as threads: the
    comments on one item of one layer together (a question, then its replies), oldest first,
    the threads in the order they began."""
    found = [
        Placed(doc_id, layer.annotator, c, describe_target(layer, c.target), titles.get(doc_id, ""))
        for doc_id, layer in layers
        for c in layer.comments
    ]
    began: dict[tuple, str] = {}
    for p in found:
        thread = (p.doc_id, p.annotator, p.comment.target)
        began[thread] = min(began.get(thread, p.comment.created), p.comment.created)

    def order(p: Placed) -> tuple:
        thread = (p.doc_id, p.annotator, p.comment.target)
        return (began[thread], *map(str, thread), p.comment.created, p.comment.id)

    return sorted(found, key=order)


class TeamComments(QWidget):
    """Comments of several layers for the supervisor (agreement and adjudication views): where,
    by whom, when, what; Reply… answers one with a comment by the supervisor on the same item
    in the same layer (the annotator's), which the annotator sees in their next package."""

    replied = Signal(object)  # the ChangeSet of the reply

    def __init__(self, project, supervisor: str, documents: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.project = project
        self.supervisor = supervisor
        self.documents = documents  # a document column (comments of many documents)
        self.model = GridModel(self)
        self.view = table_view(self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.follower = WidthFollower(
            self.view, lambda: fit_capped(self.view, 1 if self.documents else 0)
        )
        self.full = plain_label()
        self.full.setWordWrap(True)
        self.full.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.reply = QPushButton(self.tr("Reply…"))
        self.reply.clicked.connect(self.reply_current)
        self.message = plain_label()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.full)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.reply)
        layout.addLayout(row)
        self.placed: list[Placed] = []
        self.dialog: CommentDialog | None = None
        self.set_comments([])

    def set_comments(self, placed: list[Placed]) -> None:
        current = self.current()
        self.placed = placed
        headers = [self.tr("Comment"), self.tr("Layer"), self.tr("On"), self.tr("Author")]
        headers.append(self.tr("When"))
        rows = [
            [one_line(p.comment.text), p.annotator, p.on, p.comment.author]
            + [when_text(p.comment.created)]
            for p in placed
        ]
        if self.documents:
            headers.insert(0, self.tr("Document"))
            rows = [
                [short(p.title or p.doc_id, 30), *row] for p, row in zip(placed, rows, strict=True)
            ]
        self.model.set_grid(headers, rows, placed)
        fit_capped(self.view, 1 if self.documents else 0)
        keys = [(p.doc_id, p.annotator, p.comment.id) for p in placed]
        if current is not None:
            key = (current.doc_id, current.annotator, current.comment.id)
            if key in keys:
                select_row(self.view, keys.index(key))
        self._show_current()

    def current(self) -> Placed | None:
        index = self.view.currentIndex()
        return self.placed[index.row()] if index.isValid() else None

    def _show_current(self) -> None:
        placed = self.current()
        text = placed.comment.text if placed else ""
        self.full.setText(text)
        direction_of(self.full, text)
        self.reply.setEnabled(placed is not None)

    def reply_current(self) -> CommentDialog | None:
        placed = self.current()
        if placed is None:
            return None
        about = self.tr("%s's comment on %s") % (placed.comment.author, placed.on)
        dialog = CommentDialog(self, [Target(placed.comment.target, about)])
        dialog.setWindowTitle(self.tr("Reply"))
        dialog.accepted.connect(lambda: self._write_reply(placed, dialog.text()))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _write_reply(self, placed: Placed, text: str) -> None:
        try:
            changes = self.project.add_comment(
                placed.doc_id, placed.annotator, placed.comment.target, text, self.supervisor
            )
        except WorkbenchError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText("")
        self.replied.emit(changes)
