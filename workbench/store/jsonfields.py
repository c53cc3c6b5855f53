"""JSON columns (meta, attrs) as stored: compact, UTF-8 kept readable."""

from __future__ import annotations

import json
from typing import Any

from workbench.core.errors import ProjectError

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(value: Any) -> str:
    return _ENCODER.encode(value)  # json.dumps would make an encoder for every value


def loads_attrs(stored: str) -> dict[str, Any]:
    """A stored attrs column; anything but a JSON object (a damaged or hand-edited file) is a
    ProjectError, located by whoever knows the file."""
    if stored == "{}":
        return {}
    try:
        value = json.loads(stored)
    except (TypeError, ValueError):
        value = None
    if not isinstance(value, dict):
        raise ProjectError(f"damaged: stored attributes are not a JSON object ({stored!r:.40})")
    return value
