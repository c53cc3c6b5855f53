"""Side by side: each annotator's version of a document and the gold layer, and the candidates
the supervisor accepts into gold or rejects, with who decided and when."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workbench.core.changes import ChangeSet
from workbench.core.model import GOLD
from workbench.store.project import Project
from workbench.ui.comments_panel import TeamComments, placed_comments
from workbench.ui.editor import ArticleView
from workbench.ui.link_panels import short
from workbench.ui.models import GridModel
from workbench.ui.panels import fit_columns, plain_label, starts_rtl, table_view
from workbench.ui.session import Session
from workbench.ui.table_rows import select_row
from workbench.ui.time_on_task import duration_text
from workbench.ui.window_fit import fit_to_screen
from workbench.workflow.adjudication import (
    Candidate,
    auto_adjudicate_document,
    candidates,
    decide,
)


def link_text(head, tail) -> str:
    """ "head → tail", with the arrow pointing from head to tail as the text is displayed
    (Arabic ends are laid out right to left, so the arrow points left)."""
    arrow = "←" if starts_rtl(head.text) else "→"
    return f"{short(head.text, 32)} {arrow} {short(tail.text, 32)}"


def isolate_ltr(text: str) -> str:
    """A date or number kept in its order inside a right-to-left cell (LRI ... PDI)."""
    return f"\u2066{text}\u2069" if text else text


class ComparisonView(QWidget):
    """One read-only article view per layer, side by side (mirrored in a right-to-left UI)."""

    def __init__(self, project: Project, layers: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.sessions: dict[str, Session] = {}
        self.views: dict[str, ArticleView] = {}
        self.titles: dict[str, QLabel] = {}  # each layer's name and time on task
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for name in layers:
            session = Session(project, name, self)
            view = ArticleView(session)  # no label keys: nothing here edits a layer
            column = QWidget()
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            title = plain_label(name if name != GOLD else self.tr("gold"))
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.titles[name] = title
            box.addWidget(title)
            box.addWidget(view, 1)
            splitter.addWidget(column)
            self.sessions[name], self.views[name] = session, view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def open_document(self, doc_id: str) -> None:
        for session in self.sessions.values():
            session.open_document(doc_id)
            session.ensure_loaded()

    def show_times(self) -> None:
        """Each annotator's time on task on the open document, beside their name."""
        for name, session in self.sessions.items():
            if name != GOLD and session.document is not None:
                spent = duration_text(session.layer.seconds)
                self.titles[name].setText(self.tr("%s · %s on task") % (name, spent))

    def publish(self, changes: ChangeSet) -> None:
        """Show a change the library made to one of the layers (gold, by a decision)."""
        session = self.sessions.get(changes.annotator)
        if session is not None:
            session.publish(changes)

    def reload(self, name: str) -> None:
        session = self.sessions[name]
        if session.document is not None:
            session.open_document(session.document.id)
            session.ensure_loaded()

    def show_place(self, start: int, end: int, label: str | None = None) -> None:
        """Scroll every version to a place and select each one's span there, if it has one."""
        for name, session in self.sessions.items():
            view = self.views[name]
            here = [
                s
                for s in session.index.overlapping(start, end)
                if label is None or s.label == label
            ]
            here.sort(key=lambda s: abs(s.start - start) + abs(s.end - end))
            session.select(here[0] if here else None)
            view.select_range(start, start)
            view.centerCursor()
            view.viewport().update()


class AdjudicationWindow(QMainWindow):
    def __init__(
        self,
        project: Project,
        supervisor: str,
        doc_id: str | None = None,
        annotators: list[str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.project = project
        self.supervisor = supervisor
        self.setWindowTitle(self.tr("Adjudication — %s") % project.path.name)
        self.documents = QComboBox()
        ids = project.annotated_documents()  # those someone has annotated
        titles = project.titles(ids)
        for each in ids:
            self.documents.addItem(short(titles[each], 60), each)
        chosen = annotators or project.layer_annotators()
        self.annotators = [a for a in chosen if a != GOLD]
        self.comparison = ComparisonView(project, self.annotators + [GOLD])
        self.model = GridModel(self)
        self.table = table_view(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._follow())
        self.table.activated.connect(lambda *_: self.accept_current())
        # the annotators' comments on this document beside the candidates; Reply… answers one
        self.comments = TeamComments(project, supervisor, documents=False)
        self.comments.replied.connect(self._replied)
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self.table)
        below.addWidget(self.comments)
        below.setSizes([900, 500])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.comparison)
        splitter.addWidget(below)
        splitter.setSizes([520, 280])
        self.setCentralWidget(splitter)
        self._build_toolbar()
        self.candidates: list[Candidate] = []
        self.documents.currentIndexChanged.connect(lambda *_: self.open_document(self.doc_id))
        fit_to_screen(self, 1400, 860)
        if doc_id is None or not self._has_undecided(doc_id):
            doc_id = next((d for d in ids if self._has_undecided(d)), doc_id)
        if doc_id is not None and self.documents.findData(doc_id) >= 0:
            self.documents.setCurrentIndex(self.documents.findData(doc_id))
        if self.doc_id is not None:
            self.open_document(self.doc_id)
        else:
            self.counts.setText(
                self.tr("No document has annotations yet: merge the annotators' packages first.")
            )

    def _has_undecided(self, doc_id: str) -> bool:
        """Whether a document has a disagreement left: an undecided candidate that not every
        annotator made."""
        found = candidates(self.project, doc_id, self.annotators)
        return any(
            c.gold_state == "undecided" and len(set(c.annotators)) < len(self.annotators)
            for c in found
        )

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Adjudication"))
        bar.setObjectName("adjudication")
        bar.addWidget(plain_label(self.tr("Document ")))
        bar.addWidget(self.documents)
        self.actions_by_name = {}
        for name, title, key, slot in (
            ("accept", self.tr("&Accept into gold"), "A", self.accept_current),
            ("reject", self.tr("&Reject"), "R", self.reject_current),
            ("agreed", self.tr("Accept all that every annotator made"), None, self.accept_agreed),
        ):
            action = QAction(title, self)
            if key:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            bar.addAction(action)
            self.actions_by_name[name] = action
        self.addToolBar(bar)
        self.counts = plain_label()
        self.statusBar().addPermanentWidget(self.counts)

    @property
    def doc_id(self) -> str | None:
        return self.documents.currentData()

    def open_document(self, doc_id: str | None) -> None:
        if doc_id is None:
            return
        if self.documents.currentData() != doc_id:
            self.documents.setCurrentIndex(self.documents.findData(doc_id))
            return  # the index change opens it
        self.comparison.open_document(doc_id)
        self.show_comments()
        self.refresh()
        states = [c.gold_state for c in self.candidates]
        if states:  # start where the supervisor has work to do
            select_row(self.table, states.index("undecided") if "undecided" in states else 0)

    def refresh(self, keep_row: int | None = None) -> None:
        self.candidates = candidates(self.project, self.doc_id, self.annotators)
        headers = [self.tr("Kind"), self.tr("Label"), self.tr("Text"), *self.annotators]
        headers += [self.tr("Gold"), self.tr("Decided by"), self.tr("When")]
        rows = []
        for c in self.candidates:
            marks = ["✓" if a in c.annotators else "·" for a in self.annotators]
            when = isolate_ltr((c.decided_at or "").replace("T", " ")[:16])
            kind = {"span": self.tr("span"), "relation": self.tr("link")}.get(
                c.kind, self.tr("entity")
            )
            if c.kind == "relation":
                text = link_text(*c.ends)
            elif c.kind == "entity":
                text = self.tr("%s (%n mention(s))", "", len(c.ends)) % short(c.text, 50)
            else:
                text = short(c.text, 70)
            rows.append([kind, c.label, text, *marks, self._state(c), c.decided_by or "", when])
        self.model.set_grid(headers, rows, self.candidates)
        fit_columns(self.table, 2)
        undecided = sum(1 for c in self.candidates if c.gold_state == "undecided")
        self.counts.setText(
            self.tr("%n candidate(s)", "", len(self.candidates))
            + ", "
            + self.tr("%n undecided", "", undecided)
        )
        if keep_row is not None and self.candidates:
            select_row(self.table, min(keep_row, len(self.candidates) - 1))

    def show_comments(self) -> None:
        """The comments of the layers side by side, and each annotator's time on task."""
        layers = [
            (session.document.id, session.layer)
            for session in self.comparison.sessions.values()
            if session.document is not None
        ]
        self.comments.set_comments(placed_comments(layers, {}))
        self.comparison.show_times()

    def _replied(self, changes: ChangeSet) -> None:
        self.comparison.publish(changes)  # the layer in memory gets the reply
        self.show_comments()

    def _state(self, candidate: Candidate) -> str:
        return {
            "accepted": self.tr("accepted"),
            "rejected": self.tr("rejected"),
            "in gold": self.tr("in gold"),
            "undecided": self.tr("undecided"),
        }[candidate.gold_state]

    def current(self) -> Candidate | None:
        index = self.table.currentIndex()
        return self.candidates[index.row()] if index.isValid() else None

    def select_place(self, start: int, end: int) -> None:
        """Select the first candidate at a place (a disagreement from the agreement view)."""
        for row, c in enumerate(self.candidates):
            if c.start < end and start < c.end:
                select_row(self.table, row)
                break
        self.comparison.show_place(start, end)

    def _follow(self) -> None:
        candidate = self.current()
        if candidate is not None:
            label = candidate.label if candidate.kind == "span" else None
            self.comparison.show_place(candidate.start, candidate.end, label)

    def accept_current(self) -> None:
        self._decide(True)

    def reject_current(self) -> None:
        self._decide(False)

    def _decide(self, accept: bool) -> None:
        candidate = self.current()
        if candidate is None:
            return
        row = self.table.currentIndex().row()
        changes = decide(self.project, self.doc_id, candidate, accept, self.supervisor)
        self.comparison.publish(changes)
        self.refresh(keep_row=self._next_undecided(row))

    def _next_undecided(self, row: int) -> int:
        states = [c.gold_state for c in self.candidates]
        for i in list(range(row + 1, len(states))) + list(range(row + 1)):
            if states[i] == "undecided" and i != row:
                return i
        return row

    def accept_agreed(self) -> None:
        report = auto_adjudicate_document(self.project, self.doc_id, self.supervisor)
        # a bulk operation over the whole gold layer: reading that layer again is simpler
        # than a change set the size of the layer, and happens once per click
        self.comparison.reload(GOLD)
        self.refresh(keep_row=0)
        self.statusBar().showMessage(
            self.tr("%n span(s) accepted", "", report.spans)
            + ", "
            + self.tr("%n link(s) accepted", "", report.relations),
            6000,
        )
