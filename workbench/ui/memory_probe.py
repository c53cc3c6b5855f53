"""``python -m workbench.ui.memory_probe PROJECT``: open the window on a project offscreen (the
document list and the first document, as an annotator would) and print this process's peak
resident memory in KiB. The memory benchmark runs it in a fresh process per project."""

from __future__ import annotations

import os
import sys


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
    from PySide6.QtWidgets import QApplication

    from workbench.store.project import Project
    from workbench.ui.main_window import MainWindow
    from workbench.ui.session import Session

    app = QApplication([])
    project = Project.open(path)
    window = MainWindow(Session(project, "alice"))
    window.show()
    window.open_document(project.document_ids()[0])
    for _ in range(5):
        app.processEvents()
    print(peak_kib())


if __name__ == "__main__":
    main(sys.argv[1])
