"""Undo commands: each redo/undo calls one project operation, then tells the session."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from workbench.core.errors import WorkbenchError
from workbench.core.model import Relation, Span

if TYPE_CHECKING:
    from workbench.ui.session import Session


class Refused(Exception):
    """The project refused the operation; the message says why."""


def _refusing(operation, *args, **kwargs):
    """Run a project operation; a WorkbenchError becomes Refused, carrying its message."""
    try:
        return operation(*args, **kwargs)
    except WorkbenchError as exc:
        raise Refused(exc.message) from None


class _SpanCommand(QUndoCommand):
    """``apply`` runs once before the push (so a refusal never reaches the stack); after
    that, redo re-applies and undo reverts."""

    def __init__(self, session: Session, text: str):
        super().__init__(text)
        self.session = session
        assert session.document is not None
        self.doc_id = session.document.id
        self.annotator = session.annotator
        self._applied = False

    def push_to(self, stack) -> None:
        self.apply()
        self._applied = True
        stack.push(self)

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # the first redo, called by push(): already done
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step) -> None:
        # Qt calls redo/undo: an exception cannot travel back through it, so report it.
        try:
            step()
        except Refused as exc:
            self.session.error.emit(str(exc))

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _run(self, operation, *args, **kwargs):
        return _refusing(operation, self.doc_id, self.annotator, *args, **kwargs)


def _undo_text(text: str, label: str) -> str:
    """The command's name in the Edit menu (Undo Add PER), in the interface's language."""
    return QCoreApplication.translate("Session", text) % label


class AddSpan(_SpanCommand):
    def __init__(self, session: Session, label: str, start: int, end: int, attrs: dict):
        super().__init__(session, _undo_text(QT_TRANSLATE_NOOP("Session", "Add %s"), label))
        self.label, self.start, self.end, self.attrs = label, start, end, attrs
        self.span: Span | None = None

    def apply(self) -> None:
        span_id = self.span.id if self.span is not None else None
        self.span = self._run(
            self.session.project.add_span, self.label, self.start, self.end, self.attrs, span_id
        )
        self.session.span_added(self.span)
        self.session.select(self.span)

    def revert(self) -> None:
        assert self.span is not None
        self._run(self.session.project.remove_span, self.span.id)
        self.session.span_removed(self.span.id)


class RemoveSpan(_SpanCommand):
    def __init__(self, session: Session, span: Span):
        super().__init__(session, _undo_text(QT_TRANSLATE_NOOP("Session", "Delete %s"), span.label))
        self.span = span
        self.relations: list[Relation] = []

    def apply(self) -> None:
        self.span, self.relations = self._run(self.session.project.remove_span, self.span.id)
        self.session.span_removed(self.span.id)

    def revert(self) -> None:
        self._run(self.session.project.restore_span, self.span, self.relations)
        self.session.span_added(self.span)
        self.session.relations_restored(self.relations)
        self.session.select(self.span)


class UpdateSpan(_SpanCommand):
    def __init__(self, session: Session, span: Span, label: str | None, attrs: dict | None):
        super().__init__(session, _undo_text(QT_TRANSLATE_NOOP("Session", "Change %s"), span.label))
        self.before = replace(span)
        self.label, self.attrs = label, attrs

    def apply(self) -> None:
        span = self._run(self.session.project.update_span, self.before.id, self.label, self.attrs)
        self.session.span_updated(span)

    def revert(self) -> None:
        span = self._run(
            self.session.project.update_span, self.before.id, self.before.label, self.before.attrs
        )
        self.session.span_updated(span)


class LinkCommand(_SpanCommand):
    """A relation or entity change: ``do`` and ``undo`` call project operations; afterwards
    the session reloads the layer's links."""

    def __init__(self, session: Session, text: str, do, undo):
        super().__init__(session, text)
        self._do, self._undo = do, undo

    def apply(self) -> None:
        self._call(self._do)

    def revert(self) -> None:
        self._call(self._undo)

    def _call(self, step) -> None:
        _refusing(step)
        self.session.links_changed()
