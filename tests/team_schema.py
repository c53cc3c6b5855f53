"""A project schema with document categories, for the tests of categories, comments, time on
task and history: the default labels plus a multiple-choice and a single-choice category."""

from __future__ import annotations

from pathlib import Path

from workbench.core.model import Document
from workbench.core.schema import Schema, default_schema
from workbench.store.project import Project

CATEGORIES = [
    {"name": "topic", "key": "k", "values": ["politics", "economy", "sport"], "multiple": True},
    {"name": "genre", "key": "j", "values": ["news", "opinion"], "multiple": False},
]


def team_schema() -> Schema:
    data = default_schema().to_dict()
    data["categories"] = CATEGORIES
    return Schema.from_dict(data)


TEXT = "قال زيد إن السلام قريب"


def one_document(path: Path) -> Project:
    """A project of ``team_schema`` holding one short document, d1, where ali marked زيد (PER,
    s1)."""
    project = Project.create(path, team_schema())
    project.add_document(Document("d1", TEXT))
    project.add_span("d1", "ali", "PER", 4, 7)
    return project
