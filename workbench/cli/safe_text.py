"""What the command line prints: control characters written as escapes, never sent raw.

Document ids, annotator names, labels and file names come from files other people made; an ESC
sequence in one of them, printed raw, could retitle or clear the terminal or hide text. Every
command prints through ``echo``, which writes each control character (C0, DEL, C1) but the line
feed as ``\\uXXXX``: readable, and the same escape JSON uses, so ``--json`` output stays valid
JSON and reads back as the original value.
"""

from __future__ import annotations

import re

import click

_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with every control character but the line feed written as ``\\uXXXX``."""
    return _CONTROL.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def echo(message: str = "", err: bool = False, nl: bool = True) -> None:
    """Print one message (and a line feed, unless ``nl`` is false) to stdout, or stderr with
    ``err``, escaped."""
    click.echo(printable(message), err=err, nl=nl)
