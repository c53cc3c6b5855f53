"""An import reports its progress inside a file, record by record with the bytes read, and
whatever the progress call raises stops it there, the project unchanged (issue 19 item 8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.core.model import Document
from workbench.formats.importer import import_paths
from workbench.store.project import Project

RECORDS = 3000
TEXT = "قال ليو جيه يي إن الصين تدعو إلى قطع القنوات فورا."


class Stop(Exception):
    """What the caller's progress call raises to stop the import."""


def big_file(folder: Path, kind: str) -> Path:
    """One JSONL file of RECORDS records, native or doccano, each with a span or a label."""
    path = folder / f"{kind}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(RECORDS):
            if kind == "jsonl":
                span = {"id": "T1", "start": 4, "end": 7, "label": "PER", "text": "ليو"}
                record = {"id": f"r{i}", "text": TEXT, "annotator": "x", "spans": [span]}
            else:
                record = {"id": f"r{i}", "text": TEXT, "label": [[4, 7, "PER"]]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


@pytest.mark.parametrize("kind", ["jsonl", "doccano"])
def test_progress_is_reported_record_by_record_with_the_bytes_read(project, tmp_path, kind):
    path = big_file(tmp_path, kind)
    steps = []  # formats.importer.ImportStep, one per call
    report = import_paths(project, [path], progress=steps.append)
    assert report.documents_added == RECORDS
    size = path.stat().st_size
    inside = [s for s in steps if s.read < size]
    assert len(inside) >= RECORDS - 1  # every record but the last one ends inside the file
    assert [s.records for s in steps[:RECORDS]] == list(range(1, RECORDS + 1))
    assert all(s.path == path for s in steps)
    reads = [s.read for s in steps]
    assert reads == sorted(reads) and reads[0] > 0  # the bytes read grow from the first record
    assert reads[-1] == size and sum(s.advance for s in steps) == size


def test_raising_in_the_progress_call_mid_file_leaves_the_project_unchanged(tmp_path):
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_document(Document("d", TEXT))
    source = big_file(tmp_path, "jsonl")
    steps = []  # formats.importer.ImportStep, one per call

    def stop_halfway(step) -> None:
        steps.append(step)
        if step.read >= source.stat().st_size // 2:
            raise Stop

    with Project.open(path) as project, pytest.raises(Stop):
        import_paths(project, [source], progress=stop_halfway)
    assert RECORDS // 3 < steps[-1].records < RECORDS  # stopped inside the file
    with Project.open(path) as project:
        assert project.document_ids() == ["d"]
        assert project.layer_annotators() == []
    # the same import, not stopped, lands every record
    with Project.open(path) as project:
        assert import_paths(project, [source]).documents_added == RECORDS
