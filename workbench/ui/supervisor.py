"""The supervisor's agreement view: pairwise matrix, per label, per document, confusion matrix
and the list of disagreements, each of which opens both versions side by side at its place.

The report is computed in the background (a ``BackgroundJob`` with its own connection to the
project file, running ``agreement.project.agreement_report``): the window stays responsive,
a progress bar shows the share of the documents read and compared, Cancel stops the
computation (the tables keep the last report), and a new computation (another status,
Recompute) replaces one still running."""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.agreement.measures import MEASURES, SPAN_F1_RELAXED, SPAN_MEASURES
from workbench.agreement.project import agreement_report
from workbench.agreement.report import (
    NONE_LABEL,
    AgreementReport,
    Disagreement,
    DisagreementKind,
    PairReport,
)
from workbench.agreement.scores import Score
from workbench.core.model import SUGGEST
from workbench.store.project import Project
from workbench.ui.adjudication import AdjudicationWindow
from workbench.ui.background import BackgroundJob
from workbench.ui.comments_panel import TeamComments, placed_comments
from workbench.ui.link_panels import short
from workbench.ui.models import GridModel, LazyRows
from workbench.ui.panels import fit_columns, plain_label, table_view
from workbench.ui.time_on_task import duration_text
from workbench.ui.window_fit import fit_to_screen
from workbench.workflow.progress import progress

STRETCHED = {"matrix": None, "measures": None, "labels": None, "documents": 0, "confusion": None}
STRETCHED["disagreements"] = 2  # the text where they differ

# The English texts of the report that the window shows, marked for translation: the titles of
# agreement.measures, how each kind of disagreement is said, and why a measure has no number.
REPORT_TEXTS = (
    QT_TRANSLATE_NOOP("SupervisorWindow", "F1 exact"),
    QT_TRANSLATE_NOOP("SupervisorWindow", "F1 relaxed"),
    QT_TRANSLATE_NOOP("SupervisorWindow", "alpha_u"),
    QT_TRANSLATE_NOOP("SupervisorWindow", "token alpha"),
    QT_TRANSLATE_NOOP("SupervisorWindow", "relation F1"),
    QT_TRANSLATE_NOOP("SupervisorWindow", "speakers"),
    QT_TRANSLATE_NOOP("SupervisorWindow", "%s (%s) / %s (%s)"),
    QT_TRANSLATE_NOOP("SupervisorWindow", "%s: boundaries differ"),
    QT_TRANSLATE_NOOP("SupervisorWindow", "%s only in %s"),
    QT_TRANSLATE_NOOP("SupervisorWindow", "no document that both annotators have marked done"),
    QT_TRANSLATE_NOOP("SupervisorWindow", "no document that both annotators have annotated"),
    QT_TRANSLATE_NOOP("SupervisorWindow", "neither annotator marked any span"),
    QT_TRANSLATE_NOOP("SupervisorWindow", "neither annotator linked any spans"),
    QT_TRANSLATE_NOOP("SupervisorWindow", "no quote was marked by both annotators"),
    QT_TRANSLATE_NOOP("SupervisorWindow", "no coder marked a unit of any label"),
    QT_TRANSLATE_NOOP("SupervisorWindow", "no unit was coded by two or more coders"),
    QT_TRANSLATE_NOOP(
        "SupervisorWindow",
        "every unit received one and the same value: expected disagreement is 0",
    ),
    QT_TRANSLATE_NOOP(
        "SupervisorWindow", "expected disagreement is 0 (units cannot differ by chance)"
    ),
)


def translated(text: str) -> str:
    return QCoreApplication.translate("SupervisorWindow", text)


def number(score: Score | None) -> str:
    if score is None or score.value is None:
        return QCoreApplication.translate("SupervisorWindow", "n/a")
    return f"{score.value:.3f}"


def agreement_work(status: str, with_suggestions: bool):
    """The work of a ``BackgroundJob`` computing the view's report and the text of each place
    where two annotators differ, read there too (None when cancelled)."""

    def work(project: Project, progress, cancelled) -> tuple[AgreementReport, dict] | None:
        report = agreement_report(
            project,
            None,
            status,
            by="all",
            disagreements=True,
            with_suggestions=with_suggestions,
            progress=progress,
            cancelled=cancelled,
        )
        if report is None:
            return None
        spots: dict[str, set[tuple[int, int]]] = {}
        for pair in report.pairs:
            for found in pair.disagreements or ():
                spots.setdefault(found.document, set()).add((found.start, found.end))
        places = {}
        for doc_id, where in spots.items():
            text = project.document(doc_id).text
            places[doc_id] = {(a, b): text[a:b] for a, b in where}
        return report, places

    return work


_RUNNING: set[BackgroundJob] = set()  # jobs kept alive until their thread ends


class SupervisorWindow(QMainWindow):
    computed = Signal()  # a report was computed and is shown
    stopped = Signal()  # a computation was cancelled (or failed): the last report stays

    def __init__(self, project: Project, supervisor: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.project = project
        self.supervisor = supervisor
        self.setWindowTitle(self.tr("Agreement — %s") % project.path.name)
        self.report: AgreementReport | None = None
        self.places: dict[str, dict[tuple[int, int], str]] = {}  # the text where pairs differ
        self.status = QComboBox()
        self.status.addItem(self.tr("Layers marked done"), "done")
        self.status.addItem(self.tr("All layers"), "any")
        self.pair = QComboBox()
        # the suggestion layer as one more annotator: how much of each layer is accepted suggestions
        self.with_suggestions = QCheckBox(self.tr("Compare with suggestions"))
        self.with_suggestions.setEnabled(SUGGEST in project.annotators())
        self.with_suggestions.toggled.connect(lambda *_: self.recompute())
        refresh = QPushButton(self.tr("Recompute"))
        refresh.clicked.connect(self.recompute)
        top = QHBoxLayout()
        for widget in (plain_label(self.tr("Compare")), self.status, plain_label(self.tr("Pair"))):
            top.addWidget(widget)
        top.addWidget(self.pair, 1)
        top.addWidget(self.with_suggestions)
        top.addWidget(refresh)
        self.tables: dict[str, GridModel] = {}
        self.views = {}
        for name in ("matrix", "measures", "labels", "documents", "confusion", "disagreements"):
            self.tables[name] = GridModel(self)
            self.views[name] = table_view(self.tables[name])
        overview = QWidget()
        grid = QGridLayout(overview)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(plain_label(self.tr("Span F1 (relaxed), pair by pair")), 0, 0)
        grid.addWidget(plain_label(self.tr("Every measure")), 0, 1)
        grid.addWidget(self.views["matrix"], 1, 0)
        grid.addWidget(self.views["measures"], 1, 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(0, 1)
        self.tabs = QTabWidget()
        for name, title in (
            ("disagreements", self.tr("Disagreements")),
            ("labels", self.tr("By label")),
            ("documents", self.tr("By document")),
            ("confusion", self.tr("Confusion")),
        ):
            self.tabs.addTab(self.views[name], title)
        self.views["disagreements"].activated.connect(self.open_disagreement)
        # the annotators' comments (read when the tab is shown) and their time on task
        self.comments = TeamComments(project, supervisor, documents=True)
        self.comments.replied.connect(lambda *_: self.show_comments())
        self.tabs.addTab(self.comments, self.tr("Comments"))
        self.tables["times"] = GridModel(self)
        self.views["times"] = table_view(self.tables["times"])
        self.tabs.addTab(self.views["times"], self.tr("Time on task"))
        self.tabs.currentChanged.connect(lambda *_: self.show_comments())
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(overview)
        split.addWidget(self.tabs)
        split.setSizes([180, 480])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.note = plain_label()
        self.note.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("Computing agreement: %p% of %m documents"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        layout.addLayout(bottom)
        self.job: BackgroundJob | None = None
        self._working(False)
        self.setCentralWidget(central)
        self.status.currentIndexChanged.connect(lambda *_: self.recompute())
        self.pair.currentIndexChanged.connect(lambda *_: self.show_pair())
        self.adjudication: AdjudicationWindow | None = None
        fit_to_screen(self, 1100, 700)
        self.recompute()

    def recompute(self) -> None:
        """Compute the report in the background; one still running is cancelled."""
        if self.job is not None:
            self.job.cancel()
        work = agreement_work(self.status.currentData(), self.with_suggestions.isChecked())
        job = BackgroundJob(self.project.path, work)  # no parent: it outlives a closed window
        _RUNNING.add(job)
        job.finished.connect(lambda: _RUNNING.discard(job))
        # slots of this window: run in its thread, and never after it is gone
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._computed)
        job.failed.connect(self._failed)
        self.job = job
        self.progress.setRange(0, 0)  # busy until the first document is counted
        self._working(True)
        job.start()

    def cancel(self) -> None:
        """Stop the computation; the tables keep the last report."""
        if self.job is not None:
            self.job.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """A closed view computes nothing more, and shows nothing a computation still sends."""
        self.cancel()
        self.job = None
        self._working(False)
        super().closeEvent(event)

    def _working(self, working: bool) -> None:
        self.progress.setVisible(working)
        self.cancel_button.setVisible(working)

    def _progressed(self, done: int, total: int) -> None:
        if self.sender() is self.job:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, total))

    def _failed(self, message: str) -> None:
        if self.sender() is self.job:
            self.job = None
            self._working(False)
            self.note.setText(self.tr("Agreement could not be computed: %s") % message)
            self.stopped.emit()

    def _computed(self, result: tuple[AgreementReport, dict] | None) -> None:
        if self.sender() is not self.job:
            return  # replaced by a later computation
        self.job = None
        self._working(False)
        if result is None:
            self.note.setText(self.tr("Computing agreement was cancelled."))
            self.stopped.emit()
            return
        self.report, self.places = result
        self.show_report()
        self.computed.emit()

    def show_report(self) -> None:
        """The report's matrix, measures and note, then the current pair's tables."""
        annotators = self.report.annotators
        grid = []
        for a in annotators:
            row = [a]
            for b in annotators:
                pair = self.report.pair(a, b)
                row.append("—" if a == b else number(pair and pair.total.score(SPAN_F1_RELAXED)))
            grid.append(row)
        self.tables["matrix"].set_grid(["", *annotators], grid)
        rows = [
            [" / ".join(p.annotators), str(p.documents)]
            + [number(p.total.score(m)) for m in MEASURES]
            for p in self.report.pairs
        ]
        headers = [self.tr("Pair"), self.tr("Documents"), *(translated(m.title) for m in MEASURES)]
        self.tables["measures"].set_grid(headers, rows)
        self.pair.blockSignals(True)
        self.pair.clear()
        for a, b in combinations(annotators, 2):
            self.pair.addItem(f"{a} / {b}", (a, b))
        self.pair.blockSignals(False)
        reasons = {why for p in self.report.pairs for why in self.reasons(p)}
        if len(annotators) < 2:
            reasons.add(self.tr("Agreement needs layers by two annotators."))
        self.note.setText(self.tr("n/a: %s") % "; ".join(sorted(reasons)) if reasons else "")
        self.show_pair()
        for name in ("matrix", "measures"):
            fit_columns(self.views[name], STRETCHED[name])
        self.show_times()
        self.show_comments()

    def show_times(self) -> None:
        """Each annotator's documents done, time on task and spans per hour."""
        report = progress(self.project)
        headers = [self.tr("Annotator"), self.tr("Documents done"), self.tr("Time on task")]
        headers.append(self.tr("Spans per hour"))
        rows = [
            [p.annotator, str(p.documents_done), duration_text(p.seconds)]
            + ["" if p.spans_per_hour is None else f"{p.spans_per_hour:g}"]
            for p in report.annotators
        ]
        self.tables["times"].set_grid(headers, rows)
        fit_columns(self.views["times"], 0)

    def show_comments(self) -> None:
        """The comments in the compared annotators' layers, read only while the tab shows."""
        if self.tabs.currentWidget() is not self.comments or self.report is None:
            return
        commented = dict.fromkeys(  # the layers with comments, in document order
            (doc_id, annotator)
            for doc_id, annotator, _ in self.project.comments(None, self.report.annotators)
        )
        layers = [(doc_id, self.project.layer(doc_id, name)) for doc_id, name in commented]
        titles = self.project.titles(sorted({doc_id for doc_id, _ in commented}))
        self.comments.set_comments(placed_comments(layers, titles))

    def reasons(self, pair: PairReport) -> list[str]:
        """Why the pair's measures that have no number have none, in the interface's language."""
        if pair.reason:
            return [f"{' / '.join(pair.annotators)}: {translated(pair.reason)}"]
        return [translated(s.reason) for s in pair.total.scores.values() if s.reason]

    def current_pair(self) -> PairReport | None:
        wanted = self.pair.currentData()
        return self.report.pair(*wanted) if self.report and wanted else None

    def show_pair(self) -> None:
        pair = self.current_pair()
        if pair is None:
            for name in ("labels", "documents", "confusion", "disagreements"):
                self.tables[name].set_grid([], [])
            return
        a, b = pair.annotators
        links = [m for m in MEASURES if m not in SPAN_MEASURES]
        headers = [self.tr("Spans"), *(translated(m.title) for m in SPAN_MEASURES)]
        self.tables["labels"].set_grid(
            [self.tr("Label"), *headers],
            [
                [label, f"{m.spans.a}/{m.spans.b}"] + [number(m.score(x)) for x in SPAN_MEASURES]
                for label, m in (pair.by_label or {}).items()
            ],
        )
        by_document = pair.by_document or {}
        shown = {d.document for d in pair.disagreements or ()} | set(by_document)
        titles = self.project.titles(sorted(shown))

        def document_row(item) -> list[str]:
            doc, m = item
            title = short(titles.get(doc, doc), 50)
            return [title, f"{m.spans.a}/{m.spans.b}", *(number(m.score(x)) for x in MEASURES)]

        self.tables["documents"].set_grid(  # 10,000 rows: each made when it shows
            [self.tr("Document"), *headers, *(translated(m.title) for m in links)],
            LazyRows(list(by_document.items()), document_row),
        )
        self._show_confusion(pair, a, b)
        self._show_disagreements(pair, titles)
        for name in ("labels", "documents", "confusion", "disagreements"):
            fit_columns(self.views[name], STRETCHED[name])

    def _show_confusion(self, pair, a: str, b: str) -> None:
        confusion = pair.confusion
        columns = sorted({c for row in confusion.values() for c in row} - {NONE_LABEL})
        columns.append(NONE_LABEL)
        rows = [
            [row, *(str(confusion[row].get(c, "")) for c in columns)]
            for row in sorted(set(confusion) - {NONE_LABEL}) + [NONE_LABEL]
            if row in confusion
        ]
        across = "←" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "→"
        corner = f"{a} ↓  {b} {across}"
        self.tables["confusion"].set_grid([corner, *columns], rows)

    def _show_disagreements(self, pair, titles) -> None:
        kinds = {
            DisagreementKind.LABEL: self.tr("label"),
            DisagreementKind.BOUNDARY: self.tr("boundary"),
            DisagreementKind.MISSING: self.tr("missing"),
            DisagreementKind.LINK: self.tr("link"),
        }

        def row(d: Disagreement) -> list[str]:
            place = self.places[d.document][d.start, d.end]
            return [
                short(titles.get(d.document, d.document), 30),
                kinds[d.kind],
                short(place.replace("\n", " "), 50),
                self.describe(d),
            ]

        found = list(pair.disagreements or ())  # tens of thousands: rows made as they show
        headers = [self.tr("Document"), self.tr("Kind"), self.tr("Text"), self.tr("Difference")]
        self.tables["disagreements"].set_grid(headers, LazyRows(found, row), found)

    def describe(self, found: Disagreement) -> str:
        """The difference in the interface's language (the report says it in English)."""
        template, args = found.message()
        return translated(template) % args

    def open_disagreement(self, index) -> AdjudicationWindow | None:
        found = index.data(Qt.ItemDataRole.UserRole)
        pair = self.current_pair()
        if found is None or pair is None:
            return None
        self.adjudication = AdjudicationWindow(
            self.project, self.supervisor, found.document, list(pair.annotators), self
        )
        self.adjudication.show()
        self.adjudication.select_place(found.start, found.end)
        return self.adjudication
