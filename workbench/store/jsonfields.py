"""JSON columns (meta, attrs) as stored: compact, UTF-8 kept readable."""

from __future__ import annotations

import json
from typing import Any


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads_attrs(stored: str) -> dict[str, Any]:
    return {} if stored == "{}" else json.loads(stored)
