"""The supervisor's actions in the main window: pack, merge, agreement, adjudication."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox, QWidget

from workbench.core.errors import WorkbenchError
from workbench.ui.adjudication import AdjudicationWindow
from workbench.ui.progress_dialog import ProgressDialog
from workbench.ui.project_files import tell
from workbench.ui.session import Session
from workbench.ui.supervisor import SupervisorWindow
from workbench.workflow.packages import merge, pack

PACKAGE_FILTER = "Workbench projects (*.wbproj *.db);;All files (*)"


class TeamActions(QObject):
    def __init__(self, window: QMainWindow, session: Session):
        super().__init__(window)
        self.window = window
        self.session = session
        self.windows: list[QWidget] = []
        self.last_message: QMessageBox | None = None

    def _tell(self, title: str, text: str, warning: bool = False) -> QMessageBox:
        self.last_message = tell(self.window, title, text, warning)
        return self.last_message

    # -- packages ------------------------------------------------------------------------

    def pack_dialog(self) -> None:
        name, ok = QInputDialog.getText(
            self.window, self.tr("Pack for an annotator"), self.tr("Annotator's name:")
        )
        if not ok or not name.strip():
            return
        folder = self.session.project.path.parent
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the package"),
            str(folder / f"{name.strip()}.wbproj"),
            PACKAGE_FILTER,
        )
        if path:
            self.pack_to(name, Path(path))

    def pack_to(self, annotator: str, path: Path) -> bool:
        try:
            report = pack(self.session.project, annotator, path)
        except WorkbenchError as exc:
            self._tell(self.tr("Package not made"), str(exc), warning=True)
            return False
        self._tell(self.tr("Package made"), report.summary())
        return True

    def merge_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Merge packages"),
            str(self.session.project.path.parent),
            PACKAGE_FILTER,
        )
        if paths:
            self.merge_from([Path(p) for p in paths])

    def merge_from(self, paths: list[Path]) -> bool:
        try:
            reports = merge(self.session.project, paths)
        except WorkbenchError as exc:
            self._tell(self.tr("Nothing merged"), str(exc), warning=True)
            return False
        # A merge replaces whole layers: rather than a change set as large as each layer,
        # the open document is read again when its annotator's layer came back.
        if self.session.document is not None and any(
            r.annotator == self.session.annotator for r in reports
        ):
            self.session.open_document(self.session.document.id)
        self.window.documents.refresh()
        self._tell(self.tr("Packages merged"), "\n".join(r.summary() for r in reports))
        return True

    # -- supervision ---------------------------------------------------------------------

    def show_agreement(self) -> SupervisorWindow:
        window = SupervisorWindow(self.session.project, self.session.annotator, self.window)
        window.show()
        self.windows.append(window)
        return window

    def show_progress(self) -> ProgressDialog:
        """Team → Progress: the charts of every annotator's progress (not blocking)."""
        dialog = ProgressDialog(self.session.project, self.window)
        dialog.show()
        self.windows.append(dialog)
        return dialog

    def show_adjudication(self) -> AdjudicationWindow:
        doc = self.session.document.id if self.session.document else None
        window = AdjudicationWindow(
            self.session.project, self.session.annotator, doc, None, self.window
        )
        window.show()
        self.windows.append(window)
        return window
