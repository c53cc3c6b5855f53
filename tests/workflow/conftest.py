"""A project with the seed article attributed by alice, and helpers to make other versions."""

from __future__ import annotations

import copy
import json

import pytest

from tests.conftest import DATA
from workbench.formats.importer import import_paths
from workbench.store.project import Project


def seed_record() -> dict:
    return json.loads((DATA / "seed-attributed.jsonl").read_text(encoding="utf-8").splitlines()[0])


def variant(annotator: str, drop: set[str] = frozenset(), relabel: dict | None = None) -> dict:
    """The seed's attribution as another annotator made it: some spans left out or relabelled."""
    record = copy.deepcopy(seed_record())
    record["annotator"] = annotator
    record["spans"] = [s for s in record["spans"] if s["id"] not in drop]
    record["relations"] = [
        r for r in record["relations"] if r["head"] not in drop and r["tail"] not in drop
    ]
    for span in record["spans"]:
        span["label"] = (relabel or {}).get(span["id"], span["label"])
    return record


def import_records(project: Project, tmp_path, *records: dict) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    import_paths(project, [path])


@pytest.fixture
def seeded(tmp_path):
    """A project holding the seed article and no annotations."""
    record = seed_record()
    with Project.create(tmp_path / "team.wbproj") as project:
        import_records(
            project, tmp_path, {k: record[k] for k in ("id", "text", "meta") if k in record}
        )
        yield project
