"""A project schema with document categories, for the tests of categories, comments, time on
task and history: the default labels plus a multiple-choice and a single-choice category."""

from __future__ import annotations

from workbench.core.schema import Schema, default_schema

CATEGORIES = [
    {"name": "topic", "key": "1", "values": ["politics", "economy", "sport"], "multiple": True},
    {"name": "genre", "key": "2", "values": ["news", "opinion"], "multiple": False},
]


def team_schema() -> Schema:
    data = default_schema().to_dict()
    data["categories"] = CATEGORIES
    return Schema.from_dict(data)
