"""What the window does with an error nobody caught: the full report goes to a log in the data
folder, the user sees a short dialog saying what failed and where the report is, and the
window stays usable. ``faulthandler`` writes into the same log, so that a crash inside Qt
(a segmentation fault, an abort) leaves a trace too."""

from __future__ import annotations

import faulthandler
import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "crash.log"


class CrashReporter:
    """Installed once per process (``install``); ``last_box`` is the dialog shown last."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.log_path = folder / LOG_NAME
        # kept open for the life of the process: faulthandler writes to its descriptor
        self._log = open(self.log_path, "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(file=self._log, all_threads=True)
        self.last_box: QMessageBox | None = None
        self._previous_hook = sys.excepthook

    def handle(self, kind, value, trace) -> None:
        """sys.excepthook: log the traceback, tell the user, carry on."""
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, value, trace)
            return
        stamp = datetime.now().isoformat(timespec="seconds")
        self._log.write(f"--- {stamp}\n{''.join(traceback.format_exception(kind, value, trace))}")
        self._log.flush()
        print(
            f"workbench: internal error: {kind.__name__}: {value} (see {self.log_path})",
            file=sys.stderr,
        )
        if QApplication.instance() is not None:
            self.last_box = self.show_dialog(f"{kind.__name__}: {value}")

    def show_dialog(self, what: str) -> QMessageBox:
        parent = QApplication.activeWindow()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("CrashReporter", "Something went wrong"),
            QCoreApplication.translate(
                "CrashReporter",
                "That action failed: %s\n\nYour saved work is safe; the window goes on working. "
                "The full report was written to:\n%s",
            )
            % (what[:300], self.log_path),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()  # not blocking: the handler may run inside any slot
        return box

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        faulthandler.disable()
        self._log.close()


def install(folder: Path) -> CrashReporter:
    """Send every uncaught exception (a slot's included) to a ``CrashReporter`` logging in
    ``folder``."""
    reporter = CrashReporter(folder)
    sys.excepthook = reporter.handle
    return reporter
