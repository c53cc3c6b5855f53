"""The result of an agreement measure: a value, or the reason it is undefined.

Public measures return ``float | None`` and, when undefined, warn with ``UndefinedAgreement``
carrying the reason (the way scikit-learn reports undefined metrics). ``detail=True`` returns the
``Score`` itself, which the project report uses to print the reason next to the missing number.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any


class UndefinedAgreement(UserWarning):
    """A measure was asked for where it has no value; the message says why."""


@dataclass(frozen=True)
class Score:
    value: float | None
    reason: str | None = None
    counts: dict[str, Any] = field(default_factory=dict)

    @property
    def defined(self) -> bool:
        return self.value is not None

    def result(self, detail: bool) -> Score | float | None:
        if detail:
            return self
        if self.value is None:
            warnings.warn(self.reason or "undefined", UndefinedAgreement, stacklevel=3)
        return self.value


def undefined(reason: str, **counts: Any) -> Score:
    return Score(None, reason, counts)


def ratio_score(numerator: float, denominator: float, reason: str, **counts: Any) -> Score:
    if denominator == 0:
        return undefined(reason, **counts)
    return Score(numerator / denominator, None, counts)


def chance_corrected(observed: float, expected: float, reason: str, **counts: Any) -> Score:
    """1 - D_o / D_e for disagreements; undefined when chance disagreement is zero."""
    if expected == 0:
        return undefined(reason, **counts)
    return Score(1.0 - observed / expected, None, counts)
