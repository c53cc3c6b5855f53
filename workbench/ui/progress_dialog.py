"""Team → Progress: per annotator, documents done over time, time on task, spans per hour and
agreement with the others, as charts (``workbench/ui/charts.py``) from the numbers of
``workflow.progress`` (the same ones ``stats --json`` prints); "Save as PNG…" writes the
charts as one picture."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.agreement.measures import SPAN_F1_RELAXED
from workbench.agreement.project import agreement_report
from workbench.core.errors import WorkbenchError
from workbench.formats.atomic import atomic_file
from workbench.store.project import Project
from workbench.ui.charts import BarChart, LineChart, axis_number
from workbench.ui.panels import plain_label
from workbench.ui.time_on_task import duration_text
from workbench.ui.window_fit import fit_to_screen
from workbench.workflow.progress import progress

PNG_NAME = "progress.png"  # offered beside the project (a file name, not translated)
MEASURE = SPAN_F1_RELAXED  # the agreement each annotator's bar shows: the mean over pairs


def day_of(text: str) -> date:
    return date.fromisoformat(text[:10])


class ProgressDialog(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Progress — %s") % project.path.name)
        self.folder = project.path.parent
        agreement = agreement_report(project, status="done")
        self.report = progress(project, agreement.pair_scores(MEASURE), MEASURE.key)
        people = self.report.annotators
        self.charts = QWidget()
        grid = QGridLayout(self.charts)
        done = {
            p.annotator: [(day_of(when), float(count)) for when, count in p.done_over_time]
            for p in people
        }
        self.done_chart = LineChart(self.tr("Documents done over time"), done)
        self.time_chart = BarChart(  # in minutes: round steps on the axis
            self.tr("Time on task"),
            {p.annotator: p.seconds / 60 for p in people},
            fmt=lambda minutes: duration_text(minutes * 60),
            axis_fmt=lambda minutes: self.tr("%s min") % axis_number(minutes),
        )
        self.speed_chart = BarChart(
            self.tr("Spans per hour"), {p.annotator: p.spans_per_hour for p in people}
        )
        self.agreement_chart = BarChart(
            self.tr("Agreement with the others (span F1, relaxed)"),
            {p.annotator: p.agreement for p in people},
            fmt=lambda v: f"{v:.2f}",
            top=1.0,
            axis_fmt=lambda v: f"{v:.2f}",
        )
        for i, chart in enumerate(
            (self.done_chart, self.time_chart, self.speed_chart, self.agreement_chart)
        ):
            grid.addWidget(chart, i // 2, i % 2)
        reasons = [
            f"{p.annotator}: {p.agreement_reason}"
            for p in people
            if p.agreement is None and p.agreement_reason
        ]
        # why a value is n/a: under the charts, and so in the saved picture too
        self.reasons = plain_label(self.tr("n/a: %s") % "; ".join(reasons) if reasons else "")
        self.reasons.setWordWrap(True)
        self.reasons.setVisible(bool(reasons))
        grid.addWidget(self.reasons, 2, 0, 1, 2)
        self.note = plain_label()  # what the dialog says (nobody annotated, a file not written)
        self.note.setWordWrap(True)
        if not people:
            self.note.setText(self.tr("Nobody has annotated a document yet."))
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.clicked.connect(self.save_dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.charts, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.saved: Path | None = None
        fit_to_screen(self, 960, 640)

    def save_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the charts"),
            str(self.folder / PNG_NAME),
            self.tr("PNG images (*.png)"),
        )
        if name:
            self.save_png(Path(name))

    def save_png(self, path: Path) -> bool:
        """The four charts as one PNG picture."""
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.charts.grab().save(buffer, "PNG")
        buffer.close()
        try:
            with atomic_file(path, binary=True) as out:  # whole, or not at all
                out.write(bytes(data.data()))
        except (WorkbenchError, OSError) as exc:
            self.saved = None
            self.note.setText(self.tr("Could not write %s: %s") % (path, exc))
            return False
        self.saved = path
        return True
