"""Folder exports read back: a subfolder per annotator, and the names that were too long.

brat and WebAnno exports of several layers put each annotator's files in a subfolder named for
the annotator (``out/alice/NAME.ann``); an export of one layer writes them in the folder itself.
``layer_folders`` finds either shape, so an import gives every layer back under its annotator.

A document id or annotator name too long for a file name is cut with a hash
(``safe_names.path_component``); the export records the original in its side file
(``workbench.offsets``, ``"names"``: file name -> original), and ``name_of`` reads it back. Files
from other tools have no such side file: their names are read as ``safe_names.original`` reads
them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from workbench.formats.offset_units import FOLDER_SIDE_FILE
from workbench.formats.safe_names import original


@dataclass(frozen=True)
class LayerFolder:
    path: Path
    annotator: str | None  # None: the folder itself (the reader's default annotator)
    names: dict[str, str] = field(default_factory=dict)

    def name_of(self, component: str) -> str:
        """The id or name a file name was made from."""
        return self.names.get(component) or original(component)


def recorded_names(*folders: Path) -> dict[str, str]:
    """The names an export of ours recorded in its side file in any of ``folders``."""
    names: dict[str, str] = {}
    for folder in folders:
        try:
            data = json.loads((folder / FOLDER_SIDE_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            continue
        found = data.get("names") if isinstance(data, dict) else None
        if isinstance(found, dict):
            names.update({k: v for k, v in found.items() if isinstance(v, str)})
    return names


def layer_folders(folder: Path, suffix: str) -> list[LayerFolder]:
    """The folders of ``folder`` holding files ending in ``suffix``: the folder itself when it
    holds any, else each subfolder that does (symbolic links not followed), named for its
    annotator."""
    names = recorded_names(folder)
    if _holds(folder, suffix):
        return [LayerFolder(folder, None, names)]
    return [
        LayerFolder(sub, names.get(sub.name) or original(sub.name), names)
        for sub in sorted(folder.iterdir())
        if sub.is_dir() and not sub.is_symlink() and _holds(sub, suffix)
    ]


def _holds(folder: Path, suffix: str) -> bool:
    return any(p.is_file() and not p.is_symlink() for p in folder.glob(f"*{suffix}"))
