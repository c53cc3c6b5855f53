"""The sample project built from the bundled seeds (``seeds/``) on first run."""

from __future__ import annotations

from pathlib import Path

from workbench.core.bundled import seeds_dir
from workbench.formats.importer import import_paths
from workbench.store.project import Project

SAMPLE_NAME = "sample.wbproj"


def ensure_sample_project(data_dir: Path) -> Path:
    """The sample project in ``data_dir``, created from the seeds the first time."""
    path = data_dir / SAMPLE_NAME
    if path.exists():
        return path
    data_dir.mkdir(parents=True, exist_ok=True)
    with Project.building(path) as project:
        import_paths(project, sorted(seeds_dir().glob("*.txt")))
    return path
