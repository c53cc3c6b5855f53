"""``python -m workbench.ui.memory_probe PROJECT``: open the window on a project offscreen, as
``workbench gui PROJECT`` does (``window_for``: the document list, the first document not done,
its first screen painted), and print this process's peak resident memory in KiB and the
seconds the opening took (from opening the file to the painted window; the interpreter and
the imports, the same for every project, left out). The memory benchmark runs it in a fresh
process per project, with settings of its own (nothing to restore, nothing remembered)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def peak_kib() -> int:
    # VmHWM: this process's own peak (ru_maxrss would carry a parent's over from the fork)
    try:
        with open("/proc/self/status") as status:
            return int(next(line.split()[1] for line in status if line.startswith("VmHWM")))
    except OSError:  # no /proc (macOS): getrusage's peak, in bytes there
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main(path: str) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workbench.ui import main_window, project_files  # noqa: F401  imported before the clock
    from workbench.ui.app import window_for
    from workbench.workflow import packages  # noqa: F401

    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="workbench-probe-") as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        started = time.perf_counter()
        window = window_for(Path(path), settings, "alice", restore=False, remember=False)
        window.show()
        app.processEvents()
        window.editor.viewport().repaint()
        window.documents.view.viewport().repaint()
        seconds = time.perf_counter() - started
        for _ in range(5):
            app.processEvents()
        window.session.project.close()
    print(peak_kib(), f"{seconds:.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
