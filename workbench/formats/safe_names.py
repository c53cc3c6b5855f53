"""Names that become parts of paths or of brat's configuration, made safe and reversible.

A document id, an annotator name or a doccano record id may hold anything: ``../../x``,
``/abs``, a NUL, ``a|b``. Exports use them as file and folder names, and brat uses labels as
words of its ``.ann`` and ``annotation.conf`` lines. ``path_component`` and ``brat_name`` escape
what may not appear there as ``%XX`` (UTF-8 bytes, like a URL), so a name never leaves the output
folder and reads back as itself (``original``). Only names too long for a file system (over
``MAX_BYTES`` once escaped) cannot be kept whole: they are cut and given a hash, and the export
records the original in its side file (``formats.layer_folders`` reads it back).
"""

from __future__ import annotations

import hashlib
import re

MAX_BYTES = 200  # file systems allow 255 bytes; room is left for ".ann", temporaries and suffixes
# Never in a file name: separators, what Windows forbids, the escape character itself.
_PATH_UNSAFE = set('/\\:*?"<>|%')
# Never in a brat type name: its separators in .ann and annotation.conf lines.
_BRAT_UNSAFE = set("|,%=:<>!#")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")


def _escape(char: str) -> str:
    return "".join(f"%{byte:02X}" for byte in char.encode("utf-8"))


def _escaped(name: str, unsafe: set[str]) -> str:
    return "".join(
        _escape(c) if c in unsafe or not c.isprintable() or c.isspace() else c for c in name
    )


def path_component(name: str) -> tuple[str, bool]:
    """``name`` as one safe file or folder name, and whether it was cut (not reversible by
    ``original``).

    Separators, control characters, spaces, ``%`` and what Windows forbids are escaped; a
    leading dot (``.``, ``..``, hidden files) and a trailing dot are escaped too, so the result
    is never a path of its own. Distinct names give distinct results.
    """
    safe = _escaped(name, _PATH_UNSAFE)
    if safe.startswith("."):
        safe = "%2E" + safe[1:]
    if safe.endswith("."):
        safe = safe[:-1] + "%2E"
    if not safe:
        safe = "%"  # an empty name; "%" alone is never the escape of anything
    if len(safe.encode("utf-8")) <= MAX_BYTES:
        return safe, False
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]
    cut = safe.encode("utf-8")[: MAX_BYTES - 17].decode("utf-8", "ignore")
    cut = re.sub(r"%[0-9A-F]?$", "", cut)  # never end inside an escape
    return f"{cut}~{digest}", True


def brat_name(name: str) -> str:
    """A label, role or attribute as one brat word: no spaces, ``|``, ``,``, ``:`` or ``%``."""
    return _escaped(name, _BRAT_UNSAFE)


def original(component: str) -> str:
    """The name a ``path_component`` or ``brat_name`` was made from (``%XX`` undone); a name
    without escapes is itself."""
    if "%" not in component:
        return component
    if component == "%":
        return ""
    raw = bytearray()
    position = 0
    for match in _ESCAPE.finditer(component):
        raw += component[position : match.start()].encode("utf-8")
        raw.append(int(match.group(1), 16))
        position = match.end()
    raw += component[position:].encode("utf-8")
    return raw.decode("utf-8", "replace")
