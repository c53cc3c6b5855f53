"""The project: documents, per-annotator layers and the schema, in one SQLite file.

``Project`` is what callers open and use. It owns the file (creating, opening, building one to
hand over whole, transactions) and the ``project`` table (the schema and other recorded values),
and composes one owner module per table family, each with its own documented interface:
``documents`` (texts, lists, navigation), ``layers`` (layer rows, whole layers, who annotated
what), ``spans``, ``relations`` and ``entities`` (their rows), ``decisions`` (the adjudication
log), ``packages`` (what ``pack`` handed out), ``edits`` (every change to a layer, as a checked
transaction returning a ``ChangeSet``), ``stats`` and ``search``. Nothing outside
``workbench.store`` runs SQL on a project file.

Every method that changes something is its own committed transaction, unless it runs inside
``transaction()``, which bulk work (merges) uses to land whole or not at all, or
``bulk_transaction()``, the same for an import, written through a rollback journal when
nothing else has the file open (``transactions.bulk_transaction``).
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Concatenate, ParamSpec

from workbench.core.changes import ChangeSet, Decision
from workbench.core.errors import ProjectError, ValidationError
from workbench.core.model import Comment, Document, Layer, Span, Verdict
from workbench.core.schema import Schema, default_schema
from workbench.core.search import occurs
from workbench.core.suggest.keys import SuggestionInfo
from workbench.store import projectfile, search_index, stats, transactions
from workbench.store.decisions import Decisions
from workbench.store.documents import DocumentList, Documents
from workbench.store.edits import Edits
from workbench.store.entities import Entities
from workbench.store.history import HistoryEntry
from workbench.store.jsonfields import dumps
from workbench.store.layers import Layers, layer_extras
from workbench.store.models import Models, StoredModel
from workbench.store.packages import HandedOut, Packages
from workbench.store.relations import Relations
from workbench.store.spans import Spans
from workbench.store.suggestions import Suggested, Suggestions

P = ParamSpec("P")


def _edit(operation: Callable[Concatenate[Edits, P], ChangeSet]) -> Callable[..., ChangeSet]:
    """A method of ``Project`` that runs an operation of ``store.edits`` (its signature and
    docstring kept, for help() and editors)."""

    @functools.wraps(operation)
    def run(self: Project, *args: P.args, **kwargs: P.kwargs) -> ChangeSet:
        self.ensure_file()
        return operation(self._edits, *args, **kwargs)

    return run


def _remove_with_sidecars(path: Path, keep_main: bool = False) -> None:
    for suffix in projectfile.SIDECARS if keep_main else ("", *projectfile.SIDECARS):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _stored_schema(stored: str, path: Path) -> Schema:
    """The schema row of a project file; a damaged or hand-edited one is a ProjectError."""
    try:
        data = json.loads(stored)
        if not isinstance(data, dict):
            raise ValidationError("not a JSON object")
        return Schema.from_dict(data)
    except (ValueError, TypeError, AttributeError, KeyError, RecursionError, ValidationError) as e:
        reason = e.message if isinstance(e, ValidationError) else "not a schema"
        message = f"the project's stored schema is damaged ({reason})"
        raise ProjectError(message, str(path)) from None


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (device and inode), or None when there is none."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


class Project:
    def __init__(self, path: Path, conn):
        self.path = path
        self.conn = conn
        row = self.conn.execute("SELECT value FROM project WHERE key = 'schema'").fetchone()
        if row is None:
            raise ProjectError("the project has no schema (damaged?)", str(path))
        self.schema = _stored_schema(row[0], path)
        self.read_only = projectfile.is_read_only(conn)  # read-only media or permissions
        self.conn.create_function("wb_occurs", 3, occurs, deterministic=True)
        self._documents = Documents(self.conn, path)
        self._spans = Spans(self.conn)
        self._layers = Layers(
            self.conn, self._documents, self._spans, Relations(self.conn), Entities(self.conn)
        )
        self._decisions = Decisions(self.conn)
        self._packages = Packages(self.conn)
        self._models = Models(self.conn)
        self._edits = Edits(self.conn, self.schema, self._documents, self._layers, self._decisions)
        self._suggestions = Suggestions(self.conn, self._documents, self._layers, self._edits)
        self._identity = _identity(path)

    # -- the file ----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, schema: Schema | None = None) -> Project:
        path = Path(path)
        schema = schema or default_schema()
        return cls(path, projectfile.create_project(path, schema.to_dict()))

    @classmethod
    @contextlib.contextmanager
    def building(cls, path: str | Path, schema: Schema | None = None) -> Iterator[Project]:
        """A new project file that appears at ``path`` whole once the block ends, or not at all.

        It is written beside ``path`` and renamed, as one file (no -wal beside it), so that it
        can be handed to someone else (packages, the sample project).
        """
        path = Path(path)
        if path.exists():
            raise ProjectError("a file with this name exists already; choose another", str(path))
        partial = path.with_name(path.name + ".creating")
        _remove_with_sidecars(partial)
        project = cls.create(partial, schema)
        try:
            yield project
            project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            project.close()
            _remove_with_sidecars(partial)
            raise
        project.close()
        _remove_with_sidecars(partial, keep_main=True)
        partial.rename(path)

    @classmethod
    def open(cls, path: str | Path) -> Project:
        path = Path(path)
        return cls(path, projectfile.open_existing(path))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        """One write transaction; nested blocks land with the outer one, which lands whole or
        not at all (a nested block that fails takes back only its own writes)."""
        self.ensure_file()
        return transactions.transaction(self.conn)

    @property
    def in_transaction(self) -> bool:
        """Whether a write is under way on this connection (an import whose progress lets the
        window's events run)."""
        return self.conn.in_transaction

    def bulk_transaction(self) -> contextlib.AbstractContextManager[None]:
        """A ``transaction`` for a large write (an import), written once through a rollback
        journal when nothing else has the file open (``transactions.bulk_transaction``)."""
        self.ensure_file()
        return transactions.bulk_transaction(self.conn)

    def ensure_file(self) -> None:
        """Refuse to write when the file this project was opened from is gone or was replaced
        (what would be written then is lost, or lands in another file's -wal)."""
        if _identity(self.path) != self._identity:
            how = "deleted" if not self.path.exists() else "replaced"
            raise ProjectError(
                f"the project file was {how} while it was open; nothing more can be saved to "
                "it (put the file back to go on, or open another project)",
                str(self.path),
            )

    def read_snapshot(self) -> contextlib.AbstractContextManager[None]:
        """Reads inside see one consistent state of the file (WAL lets writers go on)."""
        return transactions.read_snapshot(self.conn)

    def info(self, key: str) -> Any:
        """A value recorded in the project table (JSON), or None."""
        row = self.conn.execute("SELECT value FROM project WHERE key = ?", [key]).fetchone()
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except json.JSONDecodeError:  # plain text values (created_at)
            return row[0]

    def set_info(self, key: str, value: Any) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO project (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, dumps(value)],
            )

    # -- documents ---------------------------------------------------------------------------

    def add_document(self, doc: Document) -> None:
        self.add_documents([doc])

    def add_documents(self, docs: list[Document]) -> None:
        with self.transaction():
            self._documents.add(docs)

    def document(self, doc_id: str) -> Document:
        return self._documents.get(doc_id)

    def unindexed_documents(self) -> int:
        """How many documents the search index does not cover yet (searches read them)."""
        return search_index.unindexed(self.conn)

    def index_for_search(self, batch: int | None = None, wait: bool = True) -> int | None:
        """Index up to ``batch`` documents the search index does not cover (all: None), in one
        transaction; how many are left. Without ``wait``, None at once when another
        connection is writing (instead of waiting for it, as an edit does)."""
        try:
            with contextlib.ExitStack() as stack:
                if not wait:
                    stack.enter_context(transactions.without_waiting(self.conn))
                with self.transaction():
                    return search_index.catch_up(self.conn, batch)
        except sqlite3.OperationalError as exc:
            if not wait and projectfile.primary_code(exc) == sqlite3.SQLITE_BUSY:
                return None
            raise projectfile.failure(exc, self.path, "cannot index for search") from None

    def document_start(self, doc_id: str, chars: int) -> tuple[Document, bool]:
        """The document with the first ``chars`` characters of its text, and whether that is
        the whole text: a window paints the start of a long document before reading the rest
        (``document`` reads it all)."""
        return self._documents.start(doc_id, chars)

    def document_sha(self, doc_id: str) -> str | None:
        return self._documents.sha(doc_id)

    def document_shas(self) -> dict[str, str]:
        return self._documents.shas()

    def document_positions(self, ids: list[str]) -> dict[str, tuple[str, int]]:
        """For those of ``ids`` the project holds: (sha256, position), positions growing in
        the order documents were added (an import checks a batch of ids at a time)."""
        return self._documents.positions(ids)

    def last_document_position(self) -> int:
        """The position of the document added last (0 when there is none)."""
        return self._documents.last_position()

    def document_ids(self) -> list[str]:
        return self._documents.ids()

    def document_statuses(
        self, annotator: str | None = None, query: str = "", status: str = "", exact: bool = False
    ) -> list[list[str]]:
        """[id, status] of the documents (of ``annotator``'s layers; optionally only one status),
        never their text or title: what a list of 100,000 documents needs to hold; titles come
        from ``titles`` for the rows that show. ``query`` keeps documents whose id, title or
        text contain it by the one rule of ``core.search.matches`` (``exact``: whole words)."""
        return self._documents.statuses(annotator, query, status, exact)

    def titles(self, ids: list[str]) -> dict[str, str]:
        return self._documents.titles(ids)

    def document_list(
        self,
        annotator: str | None = None,
        query: str = "",
        status: str = "",
        exact: bool = False,
        progressive: bool = False,
    ) -> DocumentList:
        """The documents ``document_statuses`` gives, to be read by position a page at a time
        (``DocumentList.rows``): what the window's list of 1,000,000 documents holds.
        ``progressive``: a filtered list comes back empty and grows by ``DocumentList.check``
        and ``extend``, a few milliseconds a chunk (the window's list never waits for a scan)."""
        return self._documents.listing(annotator, query, status, exact, progressive)

    def document_count(self) -> int:
        return self._documents.count()

    def has_document(self, doc_id: str) -> bool:
        return self._documents.has(doc_id)

    def next_document(self, annotator: str, after: str | None, not_done: bool = True) -> str | None:
        """The document after ``after`` in import order (wrapping around), skipping those
        ``annotator`` has done when ``not_done``; None when there is none."""
        return self._documents.next(annotator, after, not_done)

    def progress(self, annotator: str, doc_id: str | None = None) -> tuple[int, int, int]:
        """(position of ``doc_id`` in the list, documents, documents ``annotator`` has done),
        counted in SQL so that a large project is not listed for it."""
        return self._documents.progress(annotator, doc_id)

    # -- layers ------------------------------------------------------------------------------

    def layer(self, doc_id: str, annotator: str) -> Layer | None:
        return self._layers.get(doc_id, annotator)

    def layers(self, doc_id: str) -> list[Layer]:
        """Every layer of a document, gold last."""
        return self._layers.of_document(doc_id)

    def layers_of(self, doc_ids: Sequence[str]) -> dict[str, list[Layer]]:
        """``layers`` of many documents at once, in a few queries per few hundred documents."""
        return self._layers.of_documents(doc_ids)

    def layer_status(self, doc_id: str, annotator: str) -> str | None:
        return self._layers.status(doc_id, annotator)

    def layer_version(self, doc_id: str, annotator: str) -> int | None:
        """How many edits the layer has had, or None when there is no layer."""
        return self._layers.version(doc_id, annotator)

    def spans_in_range(self, doc_id: str, annotator: str, start: int, end: int) -> list[Span]:
        """The spans of a layer that overlap [start, end), without loading the others."""
        layer_id = self._layers.id(doc_id, annotator)
        return [] if layer_id is None else self._spans.in_range(layer_id, start, end)

    def layer_annotators(self, doc_id: str | None = None, status: str = "any") -> list[str]:
        """Who has a layer (on ``doc_id``, or anywhere), gold and suggest left out; ``status``
        done or any."""
        return self._layers.layer_annotators(doc_id, status)

    def annotated_documents(self) -> list[str]:
        """Ids of the documents someone (not gold, not suggest) has a layer on, in import
        order."""
        return self._layers.annotated_documents()

    def annotators(self) -> list[str]:
        return self._layers.annotators()

    def decisions(self, doc_id: str) -> dict[str, Decision]:
        """The adjudication decisions on a document's candidates, by candidate key."""
        return self._decisions.of_document(doc_id)

    # -- packages handed out -----------------------------------------------------------------

    def record_package(self, package: HandedOut) -> None:
        """Remember a package ``pack`` made: its id, its annotator, its documents' hashes."""
        with self.transaction():
            self._packages.record(package)

    def package_handed_out(self, package_id: str) -> HandedOut | None:
        """The package this project made with that id, or None."""
        return self._packages.get(package_id)

    def packages_handed_out(self) -> list[HandedOut]:
        return self._packages.all()

    def package_replaced_by(self, package_id: str, doc_id: str) -> HandedOut | None:
        """The later package for the same annotator holding this document, or None."""
        return self._packages.replaced_by(package_id, doc_id)

    def package_merged_version(self, package_id: str, doc_id: str) -> int | None:
        """The layer version merge last took from this package for this document, or None."""
        return self._packages.merged_version(package_id, doc_id)

    def note_package_merged(self, package_id: str, doc_id: str, version: int) -> None:
        with self.transaction():
            self._packages.note_merged(package_id, doc_id, version)

    # -- models trained on the project (store.models) -----------------------------------------

    def model(self, name: str) -> StoredModel | None:
        """The model stored under ``name`` ("names" for ``workbench train``), or None."""
        return self._models.get(name)

    def save_model(self, model: StoredModel) -> None:
        """Store a trained model, replacing the one of the same name."""
        with self.transaction():
            self._models.put(model)

    # -- suggestions: the layer "suggest", where each item came from, verdicts on them -------

    def suggestion_info(self, doc_id: str) -> dict[str, SuggestionInfo]:
        """item id -> SuggestionInfo(kind, key, source, score) of the document's suggestions."""
        return self._suggestions.info(doc_id)

    def verdicts(self, doc_id: str, annotator: str) -> dict[str, Verdict]:
        """``annotator``'s verdicts on the document's suggestions, by content key."""
        return self._suggestions.verdicts(doc_id, annotator)

    def undecided_suggestions(self, doc_id: str, annotator: str) -> list[Suggested]:
        """The suggested spans (with their info) ``annotator`` has not decided on and does not
        have already, by position."""
        return self._suggestions.undecided(doc_id, annotator)

    def accept_suggestion(
        self, doc_id: str, annotator: str, item_id: str, with_links: bool = False
    ) -> ChangeSet:
        """Copy a suggested span, relation or entity into ``annotator``'s layer (``with_links``:
        a quote with its cue and speaker and their relations) and record the verdict, in one
        change set."""
        self.ensure_file()
        by = self.acting_as or annotator
        return self._suggestions.accept(doc_id, annotator, [item_id], with_links, by)

    def reject_suggestion(self, doc_id: str, annotator: str, item_id: str) -> ChangeSet:
        """Record a suggestion rejected by ``annotator`` (a verdict only)."""
        self.ensure_file()
        by = self.acting_as or annotator
        return self._suggestions.reject(doc_id, annotator, item_id, by)

    def accept_suggestions_above(
        self, doc_id: str, annotator: str, label: str, min_score: float
    ) -> ChangeSet:
        """Accept every undecided suggested span of ``label`` scored ``min_score`` or more."""
        self.ensure_file()
        by = self.acting_as or annotator
        return self._suggestions.accept_above(doc_id, annotator, label, min_score, by)

    def replace_suggestions(
        self, doc_id: str, layer: Layer, info: dict[str, SuggestionInfo]
    ) -> ChangeSet:
        """A new run's suggestions in place of the undecided ones (decided items stay as they
        were; a rejected key never comes back)."""
        self.ensure_file()
        return self._suggestions.replace(doc_id, layer, info)

    # -- edits: each one checked, one transaction, returning what it changed (store.edits) ---

    apply = _edit(Edits.apply)
    add_span = _edit(Edits.add_span)
    update_span = _edit(Edits.update_span)
    remove_span = _edit(Edits.remove_span)
    add_relation = _edit(Edits.add_relation)
    remove_relation = _edit(Edits.remove_relation)
    relabel_relation = _edit(Edits.relabel_relation)
    create_entity = _edit(Edits.create_entity)
    delete_entity = _edit(Edits.delete_entity)
    set_span_entity = _edit(Edits.set_span_entity)
    rename_entity = _edit(Edits.rename_entity)
    merge_entities = _edit(Edits.merge_entities)
    set_status = _edit(Edits.set_status)
    record_decision = _edit(Edits.record_decision)
    replace_layer = _edit(Edits.replace_layer)
    set_categories = _edit(Edits.set_categories)
    add_comment = _edit(Edits.add_comment)
    edit_comment = _edit(Edits.edit_comment)
    remove_comment = _edit(Edits.remove_comment)
    restore_from_history = _edit(Edits.restore_from_history)

    def comments(
        self, doc_id: str | None = None, annotators: list[str] | None = None
    ) -> list[tuple[str, str, Comment]]:
        """(doc_id, annotator, comment) of every comment of the project, of one document or of
        some annotators' layers, without reading whole layers."""
        return self._layers.comments.listed(doc_id, annotators)

    def add_seconds(self, doc_id: str, annotator: str, seconds: float) -> bool:
        """Count ``seconds`` more of active time on task on the layer (not an edit: no history,
        no status move); False, and nothing written, when the annotator has no layer on the
        document (time alone makes no layer)."""
        self.ensure_file()
        return self._edits.add_seconds(doc_id, annotator, seconds)

    # -- who edits, and the history of every change (store.history) --------------------------

    @property
    def acting_as(self) -> str | None:
        """Who is making the edits (the history's ``by``); None: each layer's annotator."""
        return self._edits.acting_as

    @acting_as.setter
    def acting_as(self, name: str | None) -> None:
        self._edits.acting_as = name

    def history(
        self, doc_id: str | None = None, annotator: str | None = None, item: str | None = None
    ) -> list[HistoryEntry]:
        """Every recorded change, oldest first: of one document, one annotator's layers, one
        item (a span, relation, entity or comment id), or all."""
        return self._edits.history.entries(doc_id, annotator, item)

    def change_mark(self) -> tuple[int, int]:
        """The last document's position and the last history entry: both grow with every
        import or merge that lands, so that a mark taken before one tells, after an
        interruption, whether it did."""
        return self.last_document_position(), self._edits.history.last_id()

    def add_history(self, entries: list[HistoryEntry]) -> None:
        """Copy history entries made in another file (a package's into its project, or the
        other way round); their ids here are new."""
        with self.transaction():
            self._edits.history.add(entries)

    def status_moves(self) -> list[tuple[str, str, str, str]]:
        """(annotator, doc_id, at, status) of every recorded status move (an import or merge
        of a whole layer included), oldest first."""
        return self._edits.history.status_moves()

    def layer_times(self) -> list[tuple[str, str, str, str]]:
        """(annotator, doc_id, status, updated_at) of every layer."""
        return self._layers.updated()

    # -- reading for export and statistics ---------------------------------------------------

    def iter_records(self, layer: str = "all", status: str = "any") -> Iterator[dict[str, Any]]:
        """Native JSONL records: one per document per selected layer; bare documents alone.

        ``layer`` is an annotator name, ``gold`` or ``all``; ``status`` is ``done`` or ``any``.
        A document with layers, none of them selected, is not exported.
        """
        for doc, found in self.iter_layers(layer, status):
            head = {"id": doc.id, "text": doc.text, "meta": doc.meta}
            if found is None:
                yield head
                continue
            record = dict(head, annotator=found.annotator, status=found.status)
            record.update(found.annotations_dict())
            record.update(layer_extras(found))
            yield record

    def iter_layers(
        self, layer: str = "all", status: str = "any"
    ) -> Iterator[tuple[Document, Layer | None]]:
        """(document, layer) for each selected layer, in import order; (document, None) for a
        document without any layer when every layer is asked for."""
        return self._layers.iter_layers(layer, status)

    def stats(self) -> stats.ProjectStats:
        return stats.stats(self.conn)

    def record_count(self) -> int:
        """How many records an unfiltered export writes: one per layer, one per bare document."""
        return stats.record_count(self.conn)
