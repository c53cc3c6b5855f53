"""Annotations by content, for comparing what two tools or two exports hold: spans by label,
offsets and text; relations by their label and ends (not by ids, which formats renumber)."""

from __future__ import annotations

import json


def layer_content(record):
    spans = {s["id"]: (s["label"], s["start"], s["end"], s["text"]) for s in record["spans"]}
    relations = sorted(
        (r["label"], spans[r["head"]], spans[r["tail"]]) for r in record["relations"]
    )
    return sorted(spans.values()), relations


def native_content(path):
    """{(document id, annotator): (text, spans, relations)} of a native JSONL export."""
    out = {}
    for line in path.read_text("utf-8").splitlines():
        record = json.loads(line)
        if "annotator" in record:
            out[record["id"], record["annotator"]] = (record["text"], *layer_content(record))
    return out
