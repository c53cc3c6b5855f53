"""The File menu's project work: new, open, open recent, import, export, files dropped on the
window, and where each project was left (document, scroll position, zoom, panels, geometry).

The work itself is the library's (``Project.create``, ``import_paths``, ``export_project``,
the same calls as the command line); this module collects the options in dialogs and shows
progress. Long work runs in steps on the window's thread: after each step (an import's is one
record, even inside one large file) the progress dialog is updated and Cancel is looked at, and
Cancel raises inside the library's own progress call, so an import rolls back whole (the project
unchanged) and an export leaves no output.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.core.model import GOLD
from workbench.formats.export import EXPORT_FORMATS, export_project
from workbench.formats.importer import FORMATS, ImportStep, expand_paths, import_paths
from workbench.store.identify import is_project_file
from workbench.store.project import Project
from workbench.ui.window_fit import keep_on_screen

PROJECT_FILTER = "Workbench projects (*.wbproj *.db);;All files (*)"
RECENT_KEY = "recent_projects"
RECENT_LIMIT = 8
FOLDER_OUTPUTS = {"brat", "webanno", "parquet"}  # formats whose output is a folder


class Cancelled(Exception):
    """Raised inside the library's progress call when the person pressed Cancel."""


def tell(parent: QWidget, title: str, text: str, warning: bool = False) -> QMessageBox:
    """A message that does not block; its text is plain (names in it come from files)."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box


# -- recent projects and where each was left ---------------------------------------------


def recent_projects(settings: QSettings) -> list[Path]:
    """Projects opened lately, newest first, those that still exist."""
    names = settings.value(RECENT_KEY, []) or []
    names = [names] if isinstance(names, str) else list(names)
    return [Path(n) for n in names if Path(n).exists()]


def remember_recent(settings: QSettings, path: Path) -> None:
    path = Path(path).resolve()
    names = [str(path)] + [str(p) for p in recent_projects(settings) if p != path]
    settings.setValue(RECENT_KEY, names[:RECENT_LIMIT])


def place_key(path: Path) -> str:
    digest = hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"places/{digest}"


def save_place(settings: QSettings, window) -> None:
    """Remember where the person is in this project: document, scroll, zoom, panels, size."""
    key = place_key(window.session.project.path)
    doc = window.session.document
    settings.setValue(f"{key}/document", doc.id if doc else "")
    settings.setValue(f"{key}/top", window.editor.top_offset())  # a character, not pixels
    settings.setValue(f"{key}/zoom", window.editor.point_size())
    settings.setValue(f"{key}/panels", window.saveState())
    settings.setValue(f"{key}/geometry", window.saveGeometry())
    settings.sync()


def restore_place(settings: QSettings, window, open_document: bool = True) -> bool:
    """Put the window back where the person left this project; False if it was never open."""
    key = place_key(window.session.project.path)
    if not settings.contains(f"{key}/document"):
        return False
    geometry, panels = settings.value(f"{key}/geometry"), settings.value(f"{key}/panels")
    if geometry is not None:
        window.restoreGeometry(geometry)
        keep_on_screen(window)  # saved on a larger screen, perhaps
        QTimer.singleShot(0, lambda: keep_on_screen(window))  # again with its frame, shown
    if panels is not None:
        window.restoreState(panels)
    zoom = settings.value(f"{key}/zoom")
    if zoom is not None:
        window.editor.set_point_size(float(zoom))
    doc_id = str(settings.value(f"{key}/document") or "")
    if open_document and doc_id and window.session.project.has_document(doc_id):
        window.open_document(doc_id)
    top = int(settings.value(f"{key}/top") or 0)
    # once the window has its size and the docks their places (the width decides the lines)
    QTimer.singleShot(0, lambda: window.editor.scroll_to_top(top))
    return True


# -- progress ------------------------------------------------------------------------------


class StepProgress:
    """A window-modal progress dialog driven by the library's progress calls; each call
    lets the window breathe (at most every 50 ms) and raises ``Cancelled`` after Cancel.
    A call may bring a line saying how far the work is (shown under the title)."""

    def __init__(self, parent: QWidget, title: str, total: int, stepped: Signal):
        self.dialog = QProgressDialog(title, parent.tr("Cancel"), 0, max(total, 0), parent)
        self.dialog.setWindowTitle(title)
        self.title = title
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.done = 0
        self._stepped = stepped
        self._last = 0.0
        self.dialog.show()
        QApplication.processEvents()

    def __call__(self, amount: int = 1, note: str | None = None) -> None:
        self.done += amount
        if self.dialog.maximum():
            self.dialog.setValue(min(self.done, self.dialog.maximum()))
        now = time.monotonic()
        breathe = now - self._last > 0.05
        if breathe and note is not None:
            self.dialog.setLabelText(f"{self.title}\n{note}")
        self._stepped.emit(self.done)
        if breathe:
            self._last = now
            QApplication.processEvents()
        if self.dialog.wasCanceled():
            raise Cancelled

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


# -- dialogs -------------------------------------------------------------------------------


def _ok_cancel(dialog: QDialog, form: QFormLayout) -> QDialogButtonBox:
    """OK and Cancel as the last row of a dialog's form, accepting or rejecting it."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return buttons


def _path_row(parent: QWidget, edit: QLineEdit, browse: Callable[[], None]) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    button = QPushButton(parent.tr("Browse…"))
    button.clicked.connect(browse)
    row.addWidget(button)
    return row


class ImportDialog(QDialog):
    """Files or folders to import and the options of ``workbench import``."""

    def __init__(self, parent: QWidget, paths: list[Path] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.paths = QLineEdit("; ".join(str(p) for p in paths or []))
        self.paths.setPlaceholderText(self.tr("Files or folders, separated by ;"))
        self.format = QComboBox()
        for name in FORMATS:  # the importer's own list: the same formats as the command line
            self.format.addItem(name, name)
        self.annotator = QLineEdit()
        self.annotator.setPlaceholderText(self.tr("as in the files"))
        self.encoding = QLineEdit()
        self.encoding.setPlaceholderText(self.tr("detect (UTF-8, UTF-16, cp1256)"))
        self.replace = QCheckBox(self.tr("Replace layers that exist already"))
        self.skip_invalid = QCheckBox(self.tr("Skip invalid records (and list them)"))
        form = QFormLayout(self)
        form.addRow(self.tr("Files"), _path_row(self, self.paths, self.browse))
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Annotator"), self.annotator)
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.replace)
        form.addRow(self.skip_invalid)
        self.buttons = _ok_cancel(self, form)

    def browse(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Files to import"))
        if names:
            self.paths.setText("; ".join(names))

    def chosen_paths(self) -> list[Path]:
        return [Path(p.strip()) for p in self.paths.text().split(";") if p.strip()]


class ExportDialog(QDialog):
    """Where to export, in which format, and the options of ``workbench export``."""

    def __init__(self, parent: QWidget, project: Project):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.output = QLineEdit()
        self.format = QComboBox()
        for name in EXPORT_FORMATS:  # the exporter's own list, as the command line has it
            self.format.addItem(name, name)
        self.layer = QComboBox()
        self.layer.addItem(self.tr("every layer"), "all")
        self.layer.addItem(self.tr("gold"), GOLD)
        for name in project.layer_annotators():
            if name != GOLD:
                self.layer.addItem(name, name)
        self.status = QComboBox()
        self.status.addItem(self.tr("any status"), "any")
        self.status.addItem(self.tr("done only"), "done")
        self.shape = QComboBox()
        self.shape.addItem(self.tr("entities and relations"), "relations")
        self.shape.addItem(self.tr("sequence labelling"), "sequence")
        self.shard_size = QSpinBox()
        self.shard_size.setRange(1, 10_000_000)
        self.shard_size.setValue(10_000)
        form = QFormLayout(self)
        form.addRow(self.tr("Output"), _path_row(self, self.output, self.browse))
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Layer"), self.layer)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("doccano shape"), self.shape)
        form.addRow(self.tr("Parquet: documents per shard"), self.shard_size)
        self.buttons = _ok_cancel(self, form)
        self.format.currentIndexChanged.connect(lambda *_: self._options_for_format())
        self._options_for_format()

    def _options_for_format(self) -> None:
        fmt = self.format.currentData()
        self.shape.setEnabled(fmt == "doccano")
        self.shard_size.setEnabled(fmt == "parquet")

    def browse(self) -> None:
        if self.format.currentData() in FOLDER_OUTPUTS:
            name = QFileDialog.getExistingDirectory(self, self.tr("Export to the folder"))
        else:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to the file"))
        if name:
            self.output.setText(name)


# -- the actions ---------------------------------------------------------------------------


class FileActions(QObject):
    """New, open, recent, import, export and drops for one main window."""

    stepped = Signal(int)  # the amount of work done so far, after each step

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None  # the dialog open now (tests reach it)
        self.last_message: QMessageBox | None = None
        self.opened: list[QMainWindow] = []
        self.progress: StepProgress | None = None  # the work in progress, if any
        if window.remember:
            remember_recent(QSettings(), window.session.project.path)  # for Open recent

    @property
    def project(self) -> Project:
        return self.window.session.project

    def _tell(self, title: str, text: str, warning: bool = False) -> QMessageBox:
        self.last_message = tell(self.window, title, text, warning)
        return self.last_message

    def _file_dialog(self, title: str, accept_mode, on_chosen: Callable[[Path], None]):
        """A file dialog that does not block (Qt's own, the same on every desktop)."""
        dialog = QFileDialog(self.window, title, str(self.project.path.parent), PROJECT_FILTER)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(accept_mode)
        if accept_mode == QFileDialog.AcceptMode.AcceptSave:
            dialog.setDefaultSuffix("wbproj")
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
        dialog.open()
        self.dialog = dialog
        return dialog

    # -- projects

    def new_project_dialog(self) -> QFileDialog:
        return self._file_dialog(
            self.tr("New project"), QFileDialog.AcceptMode.AcceptSave, self.new_project
        )

    def new_project(self, path: Path) -> QMainWindow | None:
        try:
            Project.create(path).close()
        except (WorkbenchError, OSError) as exc:
            self._tell(self.tr("No project made"), str(exc), warning=True)
            return None
        return self.open_project(path)

    def open_dialog(self) -> QFileDialog:
        return self._file_dialog(
            self.tr("Open a project"), QFileDialog.AcceptMode.AcceptOpen, self.open_project
        )

    def open_project(self, path: Path) -> QMainWindow | None:
        """Open another project in a window of its own, where it was left; this one closes."""
        from workbench.ui.app import window_for

        settings = QSettings()
        try:
            window = window_for(
                Path(path),
                settings,
                self.window.session.annotator,
                remember=self.window.remember,
            )
        except (WorkbenchError, OSError) as exc:
            self._tell(self.tr("Not opened"), str(exc), warning=True)
            return None
        window.show()
        self.opened.append(window)
        self.window.close()
        return window

    def fill_recent_menu(self, menu) -> None:
        menu.clear()
        here = self.project.path.resolve()
        for path in recent_projects(QSettings()):
            if path != here:
                # the name, and its folder where a menu shows a shortcut
                action = menu.addAction(f"{path.name}\t{path.parent}".replace("&", "&&"))
                action.setToolTip(str(path))
                action.triggered.connect(lambda _=False, p=path: self.open_project(p))
        if not menu.actions():
            menu.addAction(self.tr("No other project yet")).setEnabled(False)

    # -- import

    def import_dialog(self, paths: list[Path] | None = None) -> ImportDialog:
        dialog = ImportDialog(self.window, paths)
        dialog.accepted.connect(lambda: self.import_files(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def import_files(self, dialog: ImportDialog) -> bool:
        paths, fmt = dialog.chosen_paths(), dialog.format.currentData()
        if not paths:
            return False
        try:
            total = sum(f.stat().st_size for f, _ in expand_paths(list(paths), fmt))
        except (WorkbenchError, OSError) as exc:
            self._tell(self.tr("Nothing imported"), str(exc), warning=True)
            return False
        report = self._with_progress(
            (self.tr("Importing…"), self.tr("Import cancelled"), self.tr("Nothing was imported.")),
            self.tr("Nothing imported"),
            total,
            lambda progress: import_paths(
                self.project,
                list(paths),
                fmt,
                dialog.annotator.text().strip() or None,
                dialog.encoding.text().strip() or None,
                dialog.replace.isChecked(),
                progress=lambda step: progress(step.advance, self._import_note(step)),
                skip_invalid=dialog.skip_invalid.isChecked(),
            ),
        )
        if report is None:
            return False
        self.window.after_import()
        self._tell(self.tr("Imported"), report.summary())
        return True

    def _import_note(self, step: ImportStep) -> str:
        """Which file the import is reading and how many of its records are in."""
        return self.tr("%1: %n record(s) read", "", step.file_records).replace("%1", step.path.name)

    def _with_progress(self, titles: tuple[str, str, str], failed: str, total: int, work):
        """Run ``work(progress)`` under a progress dialog; its result, or None when it was
        cancelled (``titles``: the work, the cancelled message's title and text) or refused
        (a message titled ``failed`` says why)."""
        doing, cancelled, nothing = titles
        progress = self.progress = StepProgress(self.window, doing, total, self.stepped)
        try:
            return work(progress)
        except Cancelled:
            self._tell(cancelled, nothing)
        except (WorkbenchError, OSError) as exc:
            self._tell(failed, str(exc), warning=True)
        finally:
            progress.close()
        return None

    # -- export

    def export_dialog(self) -> ExportDialog:
        dialog = ExportDialog(self.window, self.project)
        dialog.accepted.connect(lambda: self.export_files(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def export_files(self, dialog: ExportDialog) -> bool:
        out, fmt = dialog.output.text().strip(), dialog.format.currentData()
        if not out:
            return False
        report = self._with_progress(
            (self.tr("Exporting…"), self.tr("Export cancelled"), self.tr("Nothing was written.")),
            self.tr("Not exported"),
            self.project.record_count(),
            lambda progress: export_project(
                self.project,
                Path(out),
                fmt,
                dialog.layer.currentData(),
                dialog.status.currentData(),
                progress=progress,
                shape=dialog.shape.currentData(),
                shard_size=dialog.shard_size.value(),
            ),
        )
        if report is None:
            return False
        self._tell(self.tr("Exported"), report.summary(out, fmt))
        return True

    # -- drops

    def dropped(self, paths: list[Path]) -> None:
        """One project file opens; anything else is offered for import."""
        if len(paths) == 1 and paths[0].is_file() and is_project_file(paths[0]):
            self.open_project(paths[0])
        elif paths:
            self.import_dialog(paths)
