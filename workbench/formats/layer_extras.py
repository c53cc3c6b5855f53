"""The categories, comments and time on task of a native JSONL record, read and checked.

A record may carry, beside its spans, ``"categories": [{"name": "topic", "values":
["politics"]}]`` (each category of the schema at most once), ``"comments": [{"id", "target",
"author", "created", "text"}]`` (``target`` a span, relation or entity id of the record, or null
for the document; ``created`` ISO 8601 with ``Z`` or an offset, kept in UTC with ``Z``) and
``"seconds"`` (active time on task, a number >= 0).
This module checks their shapes; whether a category and its values are in the schema, and
whether a comment's target exists, the store checks as it writes the layer
(``Edits.replace_layer``), so an error names the file and line either way.
"""

from __future__ import annotations

import math
from typing import Any

from workbench.core.errors import FormatError
from workbench.core.model import Comment
from workbench.core.times import utc_time

EXTRA_FIELDS = ("categories", "comments", "seconds")
COMMENT_FIELDS = {"id", "target", "author", "created", "text"}
CATEGORY_FIELDS = {"name", "values"}


def read_categories(record: dict[str, Any], doc_id: str) -> dict[str, list[str]]:
    items = record.get("categories", [])
    what = f"record {doc_id}: 'categories'"
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise FormatError(f'{what} must be a list of objects {{"name", "values"}}')
    out: dict[str, list[str]] = {}
    for item in items:
        unknown = sorted(set(item) - CATEGORY_FIELDS)
        if unknown:
            raise FormatError(f"{what}: unknown fields {unknown} (allowed: name, values)")
        name, values = item.get("name"), item.get("values")
        if not isinstance(name, str) or not name:
            raise FormatError(f"{what}: 'name' must be a non-empty string, got {name!r}")
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise FormatError(f"{what}: category {name}: 'values' must be a list of strings")
        if name in out:
            raise FormatError(f"{what}: category {name} is given twice")
        out[name] = list(values)
    return out


def read_comments(record: dict[str, Any], doc_id: str) -> list[Comment]:
    items = record.get("comments", [])
    what = f"record {doc_id}: 'comments'"
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise FormatError(f"{what} must be a list of objects")
    return [_comment(item, what) for item in items]


def _comment(item: dict[str, Any], what: str) -> Comment:
    missing = sorted(COMMENT_FIELDS - set(item))
    unknown = sorted(set(item) - COMMENT_FIELDS)
    if missing or unknown:
        problem = f"missing {missing}" if missing else f"unknown fields {unknown}"
        raise FormatError(f"{what}: a comment has {problem} (fields: {sorted(COMMENT_FIELDS)})")
    for key in ("id", "author", "created", "text"):
        if not isinstance(item[key], str) or not item[key]:
            raise FormatError(
                f"{what}: comment {key} must be a non-empty string, got {item[key]!r}"
            )
    if item["target"] is not None and not isinstance(item["target"], str):
        raise FormatError(f"{what}: comment {item['id']}: 'target' must be an item id or null")
    try:
        utc_time(item["created"])
    except ValueError as exc:
        raise FormatError(f"{what}: comment {item['id']}: 'created' {exc}") from None
    return Comment(item["id"], item["target"], item["author"], item["created"], item["text"])


def read_seconds(record: dict[str, Any], doc_id: str) -> float:
    value = record.get("seconds", 0)
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value < 0
    ):
        raise FormatError(f"record {doc_id}: 'seconds' must be a number >= 0, got {value!r}")
    return float(value)
