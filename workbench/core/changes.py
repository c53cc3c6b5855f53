"""Change sets: what one edit did to one layer, as data.

Every store operation that changes a layer returns a ``ChangeSet``. The same value serves three
readers:

- the window's session publishes it once, and every view updates itself from it (the editor
  repaints the ranges it names, the span list and the quotes panel insert, change or drop rows);
  nothing reloads a whole layer after an edit;
- the undo stack keeps it: undo applies ``changes.inverse()`` through ``Project.apply``, redo
  applies ``changes`` again, so an undo command only ever calls store operations;
- tests read it to see exactly what an operation touched.

A change of one item is a pair ``(before, after)``; an added item has only an ``after`` and a
removed one only a ``before``, so the inverse of any change set is found by swapping the pairs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from workbench.core.model import Comment, Entity, Relation, Span, Verdict

T = TypeVar("T", Span, Relation, Entity, Comment, Verdict)


@dataclass(frozen=True)
class Changes(Generic[T]):
    """Added, changed and removed items of one kind (spans, relations, entities, comments or
    verdicts on suggestions), each known by its ``id``."""

    added: tuple[T, ...] = ()
    changed: tuple[tuple[T, T], ...] = ()  # (before, after)
    removed: tuple[T, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def inverse(self) -> Changes[T]:
        return Changes(
            added=self.removed,
            changed=tuple((after, before) for before, after in self.changed),
            removed=self.added,
        )

    @property
    def after(self) -> tuple[T, ...]:
        """The items as they are once the change is made (added and changed)."""
        return self.added + tuple(after for _before, after in self.changed)

    def then(self, later: Changes[T]) -> Changes[T]:
        """One change that does this one and then ``later`` (items matched by id)."""
        states: dict[str, list[T | None]] = {}  # id -> [before, after]; None: absent
        for first in (self, later):
            for item in first.added:
                states.setdefault(item.id, [None, None])[1] = item
            for before, after in first.changed:
                states.setdefault(before.id, [before, None])[1] = after
            for item in first.removed:
                states.setdefault(item.id, [item, None])[1] = None
        added, changed, removed = [], [], []
        for before, after in states.values():
            if before is None and after is not None:
                added.append(after)
            elif after is None and before is not None:
                removed.append(before)
            elif before is not None and after is not None and before != after:
                changed.append((before, after))
        return Changes(tuple(added), tuple(changed), tuple(removed))


Categories = dict[str, list[str]]


def _joined(
    first: tuple[Categories, Categories] | None, later: tuple[Categories, Categories] | None
) -> tuple[Categories, Categories] | None:
    """The categories move of two moves made one after the other (None when nothing moved)."""
    if not first or not later:
        return first or later
    return None if first[0] == later[1] else (first[0], later[1])


@dataclass(frozen=True)
class Decision:
    """An adjudication decision on one candidate of a document (see workflow.adjudication)."""

    doc_id: str
    key: str
    decision: str
    by: str
    at: str


@dataclass(frozen=True)
class ChangeSet:
    """What one operation changed in one layer (``doc_id``, ``annotator``)."""

    doc_id: str
    annotator: str
    spans: Changes[Span] = field(default_factory=Changes)
    relations: Changes[Relation] = field(default_factory=Changes)
    entities: Changes[Entity] = field(default_factory=Changes)
    status: tuple[str, str] | None = None  # (before, after) when the layer's status moved
    decisions: tuple[Decision, ...] = ()
    comments: Changes[Comment] = field(default_factory=Changes)
    # (before, after) of the layer's categories (name -> chosen values) when they changed
    categories: tuple[Categories, Categories] | None = None
    # accept/reject decisions on suggestions (undoable: undo removes the verdict again)
    verdicts: Changes[Verdict] = field(default_factory=Changes)

    def __bool__(self) -> bool:
        return bool(
            self.spans
            or self.relations
            or self.entities
            or self.status
            or self.decisions
            or self.comments
            or self.categories
            or self.verdicts
        )

    def inverse(self) -> ChangeSet:
        """The change set that undoes this one (decisions are a log and are not undone)."""
        return ChangeSet(
            self.doc_id,
            self.annotator,
            self.spans.inverse(),
            self.relations.inverse(),
            self.entities.inverse(),
            (self.status[1], self.status[0]) if self.status else None,
            comments=self.comments.inverse(),
            categories=(self.categories[1], self.categories[0]) if self.categories else None,
            verdicts=self.verdicts.inverse(),
        )

    def then(self, later: ChangeSet) -> ChangeSet:
        """One change set that does this one and then ``later`` (of the same layer): what a
        composite edit (an adjudication decision, say) did as a whole."""
        if (later.doc_id, later.annotator) != (self.doc_id, self.annotator):
            raise ValueError("change sets of different layers cannot be joined")
        status = self.status
        if later.status:
            status = (self.status[0] if self.status else later.status[0], later.status[1])
        return ChangeSet(
            self.doc_id,
            self.annotator,
            self.spans.then(later.spans),
            self.relations.then(later.relations),
            self.entities.then(later.entities),
            status if status and status[0] != status[1] else None,
            self.decisions + later.decisions,
            self.comments.then(later.comments),
            _joined(self.categories, later.categories),
            self.verdicts.then(later.verdicts),
        )

    def touched_range(self) -> tuple[int, int] | None:
        """The code point range [start, end) whose look changed, or None if no span moved."""
        spans = [*self.spans.added, *self.spans.removed]
        for before, after in self.spans.changed:
            spans += [before, after]
        if not spans:
            return None
        return min(s.start for s in spans), max(s.end for s in spans)
