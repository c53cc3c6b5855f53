"""The one undo command: a store operation, kept as the change set it returned.

The first ``redo`` (Qt calls it inside ``QUndoStack.push``) runs the operation and keeps the
``ChangeSet``; later redos apply that change set again and ``undo`` applies its inverse, both
through ``Project.apply``. After each step the change set goes to ``publish``. A refused
operation is handed to ``refused`` and the command marks itself obsolete, so that ``push``
drops it and it never reaches the stack. Nothing here knows about views.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.core.changes import ChangeSet
from workbench.core.errors import WorkbenchError
from workbench.store.project import Project


class StoreCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        project: Project,
        operation: Callable[[], ChangeSet],
        publish: Callable[[ChangeSet], None],
        refused: Callable[[WorkbenchError], None],
    ):
        super().__init__(text)
        self.project = project
        self._operation = operation
        self._publish = publish
        self._refused = refused
        self.changes: ChangeSet | None = None  # what the operation did, once it ran

    def redo(self) -> None:
        if self.changes is not None:
            self._step(self.changes)
            return
        try:
            changes = self._operation()
        except WorkbenchError as exc:
            self.setObsolete(True)  # push() deletes an obsolete command instead of keeping it
            self._refused(exc)
            return
        except Exception:
            self.setObsolete(True)  # a failure is not an edit: it never reaches the stack
            raise  # to sys.excepthook (ui/crash_report.py): logged and shown
        if not changes:
            self.setObsolete(True)  # nothing changed: nothing to undo
            return
        self.changes = changes
        self._publish(changes)

    def undo(self) -> None:
        assert self.changes is not None
        self._step(self.changes.inverse())

    def _step(self, changes: ChangeSet) -> None:
        # Qt calls undo/redo: an exception cannot travel back through it, so it is reported
        try:
            applied = self.project.apply(changes)
        except WorkbenchError as exc:
            self._refused(exc)
            return
        self._publish(applied)
