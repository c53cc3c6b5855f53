"""Moments as the project keeps them: ISO 8601 in UTC, written with a ``Z``.

A time from outside (a comment's ``created`` in an imported file or a package) must say its
offset from UTC (``Z`` or ``+03:00``); a time without one could be any of 24 moments, so it is
refused rather than guessed.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc_time(value: str) -> str:
    """``value`` (ISO 8601 with ``Z`` or an offset) as the same moment in UTC, ending in ``Z``;
    ValueError, saying why, for anything else."""
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not an ISO 8601 time") from None
    if moment.tzinfo is None:
        raise ValueError(
            f"{value!r} has no time zone (end it with Z for UTC, or an offset such as +03:00)"
        )
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def utc_or_as_given(value: str) -> str:
    """``utc_time(value)``, or ``value`` unchanged where it is not a time with an offset (for a
    check to refuse with its own words)."""
    try:
        return utc_time(value)
    except ValueError:
        return value
