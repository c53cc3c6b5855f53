"""Arabic for terminals that neither shape nor reorder it: ``--bidi auto|on|off``.

``on`` shapes letters (arabic-reshaper) and lays each line out in visual order (python-bidi)
before printing; ``off`` prints the logical text; ``auto`` is ``on`` when printing to a terminal
that is not known to do bidi itself (mlterm, Konsole, a VTE terminal from 0.58 on). Files and
``--json`` output always carry the logical text.
"""

from __future__ import annotations

import os
import sys

import click

BIDI = click.option(
    "--bidi",
    type=click.Choice(["auto", "on", "off"]),
    default="auto",
    show_default=True,
    help="Shape and reorder Arabic for terminals that do not (files and --json: never).",
)


def terminal_does_bidi() -> bool:
    if os.environ.get("KONSOLE_VERSION") or "mlterm" in os.environ.get("TERM", ""):
        return True
    vte = os.environ.get("VTE_VERSION", "")
    return vte.isdigit() and int(vte) >= 5800


def wanted(mode: str) -> bool:
    if mode == "auto":
        return sys.stdout.isatty() and not terminal_does_bidi()
    return mode == "on"


def visual(text: str, on: bool) -> str:
    """The text as a terminal without bidi must receive it to show it right, line by line."""
    if not on or not any("\u0590" <= c <= "\u08ff" for c in text):
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))
