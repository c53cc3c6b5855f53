"""The child the crash suite kills: works on a project through the library and logs, for every
operation, a ``begin`` line before it and an ``ack`` line once the library has returned (the
operation is committed: what the window shows as done).

    python -m tests.reliability.crash_worker PROJECT LOG edit SEED
    python -m tests.reliability.crash_worker PROJECT LOG pairs SEED
    python -m tests.reliability.crash_worker PROJECT LOG import SOURCE.jsonl
    python -m tests.reliability.crash_worker PROJECT LOG merge PACKAGE
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from workbench.core.text import word_at
from workbench.formats.importer import import_paths
from workbench.store.project import Project
from workbench.workflow.packages import merge

ANNOTATOR = "crash"
LABELS = ("PER", "ORG", "GPE", "CUE")


def log(handle, kind: str, op: dict) -> None:
    handle.write(json.dumps({"kind": kind, **op}, ensure_ascii=False) + "\n")
    handle.flush()


def edit(project: Project, handle, seed: int) -> None:
    rng = random.Random(seed)
    doc_id = project.document_ids()[0]
    text = project.document(doc_id).text
    while True:
        layer = project.layer(doc_id, ANNOTATOR)
        spans = layer.spans if layer else []
        roll = rng.random()
        if roll < 0.55 or not spans:
            word = word_at(text, rng.randrange(len(text)))
            if word is None:
                continue
            op = {"op": "add", "label": rng.choice(LABELS), "start": word[0], "end": word[1]}
            if any((s.label, s.start, s.end) == (op["label"], *word) for s in spans):
                continue  # the store refuses a duplicate span
            log(handle, "begin", op)
            made = project.add_span(doc_id, ANNOTATOR, op["label"], word[0], word[1])
            op["id"] = made.spans.added[0].id
        elif roll < 0.8:
            op = {"op": "remove", "id": rng.choice(spans).id}
            log(handle, "begin", op)
            project.remove_span(doc_id, ANNOTATOR, op["id"])
        elif roll < 0.95:
            victim, label = rng.choice(spans), rng.choice(LABELS)
            if any((s.label, s.start, s.end) == (label, victim.start, victim.end) for s in spans):
                continue  # the store refuses a duplicate span
            op = {"op": "relabel", "id": victim.id, "label": label}
            log(handle, "begin", op)
            project.update_span(doc_id, ANNOTATOR, op["id"], label=op["label"])
        else:
            op = {"op": "status", "status": rng.choice(["in_progress", "done"])}
            log(handle, "begin", op)
            project.set_status(doc_id, ANNOTATOR, op["status"])
        log(handle, "ack", op)


def pairs(project: Project, handle, seed: int) -> None:
    """Edits in pairs, one on each of the first two documents, each pair one transaction: a
    consistent snapshot of the project always shows both documents with as many spans."""
    rng = random.Random(seed)
    first, second = project.document_ids()[:2]
    text = project.document(first).text
    while True:
        layer = project.layer(first, ANNOTATOR)
        count = len(layer.spans) if layer else 0
        with project.transaction():
            if count < 30 or rng.random() < 0.5:
                word = word_at(text, rng.randrange(len(text))) or (0, 3)
                label = rng.choice(LABELS)
                if layer and any((s.label, s.start, s.end) == (label, *word) for s in layer.spans):
                    continue  # the store refuses a duplicate span
                for doc_id in (first, second):
                    project.add_span(doc_id, ANNOTATOR, label, *word)
            else:
                for doc_id in (first, second):
                    victim = project.layer(doc_id, ANNOTATOR).spans[-1]
                    project.remove_span(doc_id, ANNOTATOR, victim.id)
        log(handle, "ack", {"op": "pair"})


def main(argv: list[str]) -> None:
    path, log_path, mode, arg = argv
    with Project.open(Path(path)) as project, open(log_path, "a", encoding="utf-8") as handle:
        if mode == "edit":
            edit(project, handle, int(arg))
        elif mode == "pairs":
            pairs(project, handle, int(arg))
        elif mode == "import":
            log(handle, "begin", {"op": "import"})
            import_paths(project, [Path(arg)])
            log(handle, "ack", {"op": "import"})
        elif mode == "merge":
            log(handle, "begin", {"op": "merge"})
            merge(project, [Path(arg)])
            log(handle, "ack", {"op": "merge"})


if __name__ == "__main__":
    main(sys.argv[1:])
