"""Blind annotator packages: ``pack`` hands documents out, ``merge`` brings a layer back.

A package is a project file of its own, built fresh (never a copy of the project with rows
deleted, whose free pages could still hold other annotators' work). It holds the assigned
documents, the schema and only that annotator's layer. Merging checks every document's text hash,
validates the layer against the project's schema, and replaces the annotator's layer where it
changed: running it twice changes nothing the second time, and no other layer is touched.

A package file is in the annotator's hands, so nothing it says about itself is trusted: ``pack``
records in the project a random package id, the annotator and the documents with their hashes,
and ``merge`` takes the annotator from that record. A package this project did not make, one
that claims another annotator, one holding documents it was not given or layers of anyone but
its annotator, one whose texts differ from the project's (hashed anew, never the hash it
carries), and any gold layer are refused before anything is written.

Packing the same documents for the same annotator again retires the earlier package for them:
merging it is refused, naming the package that replaced it (``accept_replaced`` lets it in).
The project also remembers, per package and document, the layer version (its count of edits)
it merged last, and refuses an older copy of the same package, which would undo newer work.

A layer travels with its categories, comments and time on task, and the package gets the history
of the annotator's own layers (nobody else's). Merge brings back the history entries made in the
package (those the project does not hold already) and one "merge" entry per layer. Comments by
anyone but the annotator (the supervisor's) are the project's: merge keeps the project's copies,
including those written after packing, except where the annotator deleted the item they were
on (a comment goes with its item); the annotator's own comments come from the package.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path

from workbench.core import changes as change_sets
from workbench.core.counts import count
from workbench.core.errors import ProjectError, ValidationError
from workbench.core.model import GOLD, SUGGEST, Comment, Layer
from workbench.core.text import text_sha256
from workbench.core.validate import check_layer
from workbench.formats.atomic import new_file
from workbench.store.edits import layer_changes
from workbench.store.packages import HandedOut
from workbench.store.project import Project
from workbench.store.projectfile import now

PACKAGE_KEY = "package"


@dataclass
class PackReport:
    path: Path
    annotator: str
    documents: int
    layers: int

    def summary(self) -> str:
        carried = f", with {self.layers} layers begun" if self.layers else ""
        documents = count(self.documents, "document")
        return f"packed {documents} for {self.annotator}{carried} into {self.path}"


def pack(
    project: Project,
    annotator: str,
    output: Path,
    doc_ids: list[str] | None = None,
    suggestions: bool = False,
) -> PackReport:
    """A package for ``annotator``; ``suggestions`` adds the suggestion layer of its documents
    (and the annotator's verdicts on it), which is never handed out otherwise."""
    annotator = annotator.strip()
    if not annotator:
        raise ValidationError("an annotator name is needed to make a package")
    if annotator == GOLD:
        raise ValidationError("gold is the adjudicated layer; it is never packed")
    if annotator == SUGGEST:
        raise ValidationError(
            "suggest is the suggestion layer, not an annotator; pack --with-suggestions hands "
            "it out beside an annotator's layer"
        )
    known = project.document_ids()
    chosen = list(dict.fromkeys(doc_ids)) if doc_ids else known
    missing = sorted(set(chosen) - set(known))
    if missing:
        raise ProjectError(f"no document {', '.join(map(repr, missing))}", str(project.path))
    if not chosen:
        raise ProjectError("the project has no documents to pack", str(project.path))
    layers = 0
    handed = HandedOut(
        secrets.token_hex(16),
        annotator,
        now(),
        {d: project.document_sha(d) for d in chosen},
        Path(output).name,
    )
    # The record lands in the project only if the package file is made, and the other way round.
    with (
        project.transaction(),
        new_file(output, ProjectError) as partial,
        Project.building(partial, project.schema) as package,
        package.transaction(),
    ):
        package.add_documents([project.document(doc_id) for doc_id in chosen])
        for doc_id in chosen:
            layer = project.layer(doc_id, annotator)
            if layer is not None:
                package.replace_layer(doc_id, layer, how=None)
                layers += 1
            if suggestions:
                _copy_suggestions(project, package, doc_id, annotator)
        wanted = set(chosen)
        package.add_history([e for e in project.history(annotator=annotator) if e.doc_id in wanted])
        package.set_info(
            PACKAGE_KEY,
            {
                "id": handed.id,
                "annotator": annotator,
                "source": project.path.name,
                "created_at": handed.created_at,
            },
        )
        project.record_package(handed)
    return PackReport(output, annotator, len(chosen), layers)


@dataclass
class Changes:
    added: int = 0
    changed: int = 0
    removed: int = 0

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def __str__(self) -> str:
        return f"+{self.added} ~{self.changed} -{self.removed}"


@dataclass
class MergeReport:
    path: Path
    annotator: str
    documents: int = 0
    unchanged: int = 0
    spans: Changes = field(default_factory=Changes)
    relations: Changes = field(default_factory=Changes)
    entities: Changes = field(default_factory=Changes)
    statuses: int = 0
    comments: Changes = field(default_factory=Changes)
    categories: int = 0  # documents whose categories changed

    def summary(self) -> str:
        lines = [
            f"{self.path}: {self.annotator}, {count(self.documents, 'document')} "
            f"({self.documents - self.unchanged} changed, {self.unchanged} unchanged)",
            f"  added / changed / removed: spans {self.spans}, relations {self.relations}, "
            f"entities {self.entities}; {count(self.statuses, 'status', 'statuses')} changed",
        ]
        if self.comments or self.categories:
            lines.append(
                f"  comments {self.comments}; categories changed on "
                f"{count(self.categories, 'document')}"
            )
        return "\n".join(lines)


def package_owner(project: Project) -> str | None:
    """The annotator a package was made for, or None for a project that is not a package."""
    info = project.info(PACKAGE_KEY)
    if isinstance(info, dict) and isinstance(info.get("annotator"), str):
        return info["annotator"]
    return None


def package_annotator(package: Project) -> str:
    owner = package_owner(package)
    if owner is None:
        raise ProjectError(
            "not an annotator package (make one with 'workbench pack')", str(package.path)
        )
    return owner


def merge(
    project: Project, packages: list[Path], accept_replaced: bool = False
) -> list[MergeReport]:
    """Bring each package's annotator layer back; all packages land, or none do.
    ``accept_replaced`` merges a package even where a later one replaced it."""
    reports = []
    with project.transaction():
        for path in packages:
            if Path(path).resolve() == project.path.resolve():
                raise ProjectError("this is the project itself, not a package", str(path))
            try:
                with Project.open(path) as package:
                    reports.append(_merge_one(project, package, accept_replaced))
            except ProjectError as exc:  # damaged values read from the package name it
                raise exc.located(str(path)) from None
    return reports


def handed_out(project: Project, package: Project) -> HandedOut:
    """The project's record of this package, once the package is shown to be one it made, for
    the annotator it claims; never a gold package."""
    where = str(package.path)
    claimed = package_annotator(package)
    info = package.info(PACKAGE_KEY)
    package_id = info.get("id")
    handed = project.package_handed_out(package_id) if isinstance(package_id, str) else None
    if handed is None:
        raise ProjectError(
            "not a package this project made (another project's, an older workbench's, or "
            "altered); nothing was merged; make a new one with 'workbench pack'",
            where,
        )
    if handed.annotator == GOLD:
        raise ProjectError("a package never brings back the gold layer; nothing was merged", where)
    if claimed != handed.annotator:
        raise ProjectError(
            f"this package was made for {handed.annotator}, yet it claims to be {claimed}'s "
            "(altered); nothing was merged",
            where,
        )
    return handed


def _merge_one(project: Project, package: Project, accept_replaced: bool) -> MergeReport:
    handed = handed_out(project, package)
    annotator = handed.annotator
    where = str(package.path)
    report = MergeReport(package.path, annotator)
    others = [a for a in package.annotators() if a not in (annotator, SUGGEST)]
    if others:
        raise ProjectError(
            f"this package holds layers of {', '.join(others)}, not only {annotator}'s "
            "(altered); nothing was merged",
            where,
        )
    for doc_id in package.document_ids():
        if doc_id not in handed.documents:
            raise ProjectError(
                f"document {doc_id!r} was not handed out in this package; nothing was merged",
                where,
            )
        sha = project.document_sha(doc_id)
        if sha is None:
            raise ProjectError(f"document {doc_id!r} is not in the project", where)
        if sha != text_sha256(package.document(doc_id).text):
            raise ProjectError(
                f"document {doc_id!r} has a different text from the project's (text hash "
                "differs); nothing was merged",
                where,
            )
        _refuse_replaced_or_older(project, package, handed, doc_id, accept_replaced)
        _merge_verdicts(project, package, doc_id, annotator)
        incoming = package.layer(doc_id, annotator)
        if incoming is None:
            continue
        version = package.layer_version(doc_id, annotator) or 0
        project.note_package_merged(handed.id, doc_id, version)
        report.documents += 1
        try:
            check_layer(project.document(doc_id).text, incoming, project.schema)
        except ValidationError as exc:
            raise ValidationError(f"document {doc_id!r}: {exc.message}", where) from None
        current = project.layer(doc_id, annotator)
        incoming = _with_supervisor_comments(incoming, current)
        _bring_history(project, package, doc_id, annotator)
        changes = layer_changes(doc_id, current, incoming)
        if not changes and (current is not None and current.seconds == incoming.seconds):
            report.unchanged += 1
            continue
        for total, change in zip(
            (report.spans, report.relations, report.entities, report.comments),
            (changes.spans, changes.relations, changes.entities, changes.comments),
            strict=True,
        ):
            total.added += len(change.added)
            total.changed += len(change.changed)
            total.removed += len(change.removed)
        report.statuses += changes.status is not None
        report.categories += changes.categories is not None
        project.replace_layer(doc_id, incoming, how="merge")
    return report


def _copy_suggestions(project: Project, package: Project, doc_id: str, annotator: str) -> None:
    """The document's suggestions, their sources, and the annotator's verdicts on them."""
    layer = project.layer(doc_id, SUGGEST)
    if layer is None:
        return
    package.replace_suggestions(doc_id, layer, project.suggestion_info(doc_id))
    verdicts = tuple(project.verdicts(doc_id, annotator).values())
    if verdicts:
        package.apply(
            change_sets.ChangeSet(doc_id, annotator, verdicts=change_sets.Changes(added=verdicts))
        )


def _merge_verdicts(project: Project, package: Project, doc_id: str, annotator: str) -> None:
    """The verdicts on suggestions the annotator gave in the package (the suggestion layer
    itself stays the project's)."""
    current = project.verdicts(doc_id, annotator)
    incoming = package.verdicts(doc_id, annotator)
    added = tuple(v for key, v in incoming.items() if key not in current)
    changed = tuple(
        (current[key], v) for key, v in incoming.items() if key in current and current[key] != v
    )
    if added or changed:
        project.apply(
            change_sets.ChangeSet(doc_id, annotator, verdicts=change_sets.Changes(added, changed))
        )


def _with_supervisor_comments(incoming: Layer, current: Layer | None) -> Layer:
    """The merged layer's comments: the annotator's own from the package, everyone else's from
    the project (kept where their item still exists); an id the two sides both used for
    different comments gets a new one on the package's side."""
    annotator = incoming.annotator
    items = {x.id for x in (*incoming.spans, *incoming.relations, *incoming.entities)}
    kept = {
        c.id: c
        for c in (current.comments if current else [])
        if c.author != annotator and (c.target is None or c.target in items)
    }
    used = set(kept) | {c.id for c in incoming.comments}
    comments: list[Comment] = []
    for comment in incoming.comments:
        if comment.author != annotator:
            if comment.id in kept:  # the project's copy, in the package's place
                comments.append(kept.pop(comment.id))
            continue
        if comment.id in kept:  # both sides gave this id to another comment since packing
            n = len(used) + 1
            while f"c{n}" in used:
                n += 1
            comment = replace(comment, id=f"c{n}")
            used.add(comment.id)
        comments.append(comment)
    return replace(incoming, comments=comments + list(kept.values()))


def _bring_history(project: Project, package: Project, doc_id: str, annotator: str) -> None:
    """Copy the package's history entries of this layer that the project does not hold (those
    written in the package after packing); merging again copies nothing."""
    known = {e.content() for e in project.history(doc_id, annotator)}
    new = [e for e in package.history(doc_id, annotator) if e.content() not in known]
    if new:
        project.add_history(new)


def _refuse_replaced_or_older(
    project: Project, package: Project, handed: HandedOut, doc_id: str, accept_replaced: bool
) -> None:
    """Refuse a package a later one replaced for this document, and an older copy of a
    package than the one merged before (it would undo newer work)."""
    where = str(package.path)
    later = project.package_replaced_by(handed.id, doc_id)
    if later is not None and not accept_replaced:
        raise ProjectError(
            f"document {doc_id!r}: this package was replaced by {later.file or 'a later one'} "
            f"(packed for {later.annotator} on {later.created_at}); nothing was merged; merge "
            "that one, or pass --accept-replaced to take this one anyway",
            where,
        )
    merged = project.package_merged_version(handed.id, doc_id)
    version = package.layer_version(doc_id, handed.annotator)
    if merged is not None and (version or 0) < merged:
        raise ProjectError(
            f"document {doc_id!r}: an older copy of this package than the one merged before "
            f"(edit {version or 0} of the layer, edit {merged} was merged); nothing was merged; "
            "merge the newest copy",
            where,
        )
