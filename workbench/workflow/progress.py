"""Progress at a glance, per annotator: documents done over time, time on task, spans, spans
per hour and agreement with the others. ``workbench stats --json`` carries it under
"progress"; the window's Team -> Progress draws it.

Documents done over time come from the history's status moves (a whole layer imported or
merged counts with the status it came with); a layer with no recorded move (made before the
history existed) counts on the day it was last changed. Agreement is not computed here
(``workflow`` does not use ``agreement``): the caller passes each pair's score, and an
annotator's number is the mean over the pairs that have one, or None with the reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from workbench.core.model import GOLD, SUGGEST
from workbench.store.project import Project
from workbench.store.stats import ProjectStats

# Under a minute on task a rate per hour says nothing (1 span in 0.3 s is 12,000 an hour).
RATE_MINIMUM_SECONDS = 60
# (annotator, annotator) -> (score or None, reason when None)
PairScores = Mapping[tuple[str, str], tuple[float | None, str | None]]


@dataclass(frozen=True)
class AnnotatorProgress:
    annotator: str
    done_over_time: tuple[tuple[str, int], ...]  # (UTC date YYYY-MM-DD, documents done by then)
    documents_done: int
    seconds: float
    spans: int
    spans_per_hour: float | None  # None: under RATE_MINIMUM_SECONDS of time on task
    agreement: float | None
    agreement_reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "annotator": self.annotator,
            "done_over_time": [list(point) for point in self.done_over_time],
            "documents_done": self.documents_done,
            "seconds": self.seconds,
            "spans": self.spans,
            "spans_per_hour": self.spans_per_hour,
            "agreement": self.agreement,
            "agreement_reason": self.agreement_reason,
        }


@dataclass(frozen=True)
class ProgressReport:
    annotators: tuple[AnnotatorProgress, ...]
    agreement_measure: str | None  # which pairwise measure ``agreement`` is the mean of

    def to_json(self) -> dict[str, Any]:
        return {
            "agreement_measure": self.agreement_measure,
            "annotators": [a.to_json() for a in self.annotators],
        }


def progress(
    project: Project,
    pair_scores: PairScores | None = None,
    measure: str | None = None,
    *,
    stats: ProjectStats | None = None,
) -> ProgressReport:
    """Each annotator's progress (gold and the suggestions left out), by name. ``pair_scores``
    (from ``agreement``) gives the agreement of each pair on ``measure``; without it every
    annotator's agreement is None, with the reason. ``stats``: the project's ``stats()`` when
    the caller has read them already."""
    if stats is None:
        stats = project.stats()
    names = [a for a in sorted(stats.layers) if a not in (GOLD, SUGGEST)]
    timelines = _done_over_time(project, set(names))
    out = []
    for name in names:
        seconds = stats.seconds.get(name, 0.0)
        spans = stats.spans_by_annotator.get(name, 0)
        score, reason = _agreement(name, names, pair_scores)
        timeline = timelines.get(name, ())
        out.append(
            AnnotatorProgress(
                name,
                timeline,
                stats.layers[name].get("done", 0),
                seconds,
                spans,
                spans_per_hour(spans, seconds),
                score,
                reason,
            )
        )
    return ProgressReport(tuple(out), measure if pair_scores is not None else None)


def spans_per_hour(spans: int, seconds: float) -> float | None:
    """Spans an hour, once a minute or more of time on task gives the rate a meaning."""
    return round(spans * 3600 / seconds, 1) if seconds >= RATE_MINIMUM_SECONDS else None


def _done_over_time(project: Project, names: set[str]) -> dict[str, tuple[tuple[str, int], ...]]:
    done: dict[str, set[str]] = {}
    points: dict[str, dict[str, int]] = {}  # annotator -> date -> documents done at its end
    moves = project.status_moves()
    moved = {(annotator, doc) for annotator, doc, _at, _status in moves}
    events = [(at, annotator, doc, status) for annotator, doc, at, status in moves]
    for annotator, doc, status, updated_at in project.layer_times():
        if status == "done" and (annotator, doc) not in moved:  # done before the history
            events.append((updated_at, annotator, doc, "unrecorded"))
    for at, annotator, doc, status in sorted(events):
        if annotator not in names:
            continue
        mine = done.setdefault(annotator, set())
        before = len(mine)
        if status in ("done", "unrecorded"):
            mine.add(doc)
        else:
            mine.discard(doc)
        if len(mine) != before:  # a point where the count moved (the day's last count)
            points.setdefault(annotator, {})[at[:10]] = len(mine)
    return {name: tuple(dates.items()) for name, dates in points.items()}


def _agreement(
    name: str, names: list[str], pair_scores: PairScores | None
) -> tuple[float | None, str | None]:
    others = [other for other in names if other != name]
    if not others:
        return None, "no other annotator"
    if pair_scores is None:
        return None, "agreement was not computed"
    values, reasons = [], []
    for other in others:
        score, reason = (
            pair_scores.get((name, other))
            or pair_scores.get((other, name))
            or (
                None,
                f"no comparison with {other}",
            )
        )
        if score is None:
            reasons.append(f"{other}: {reason}")
        else:
            values.append(score)
    if not values:
        return None, "; ".join(reasons)
    return round(sum(values) / len(values), 6), None
