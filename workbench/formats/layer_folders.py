"""Folder exports read back: a subfolder per annotator, and the names that were too long.

brat and WebAnno exports of several layers put each annotator's files in a subfolder named for
the annotator (``out/alice/NAME.ann``); an export of one layer writes them in the folder itself.
``layer_folders`` finds either shape, so an import gives every layer back under its annotator.

Documents without annotations are exported to the folder itself (brat: a ``.txt`` alone;
WebAnno: a file without annotation layers). The export's side file (``workbench.offsets``) lists
its annotator folders (``"annotators"``: folder name -> annotator; ``"."`` for the one annotator
of an export of one layer), so those are read beside the folder's own files, and the originals
of names too long for a file name, which
``safe_names.path_component`` cut with a hash (``"names"``: file name -> original), so
``name_of`` gives every id back. Folders from other tools have no such side file: their own
files are read if they hold any, else those of each subfolder (a corpus split in train/ and
dev/), all as one layer, and names are read as ``safe_names.original`` reads them.
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
    annotator: str | None  # None: the folder itself (--annotator, else ``default``)
    names: dict[str, str] = field(default_factory=dict)
    default: str | None = None  # whose layers an export of one layer wrote in the folder itself

    def annotator_or(self, given: str | None, fallback: str) -> str:
        """Whose layers this folder's files hold: a subfolder's annotator; in the folder itself
        the one ``given`` (--annotator), the one the export recorded, or ``fallback``."""
        return self.annotator or given or self.default or fallback

    def name_of(self, component: str) -> str:
        """The id or name a file name was made from."""
        return self.names.get(component) or original(component)


ANNOTATORS = "annotators"
NAMES = "names"
OWN = "."  # in ``annotators``: the folder itself, where an export of one layer writes it


def recorded(key: str, *folders: Path) -> dict[str, str]:
    """What an export of ours recorded under ``key`` in its side file in any of ``folders``."""
    found: dict[str, str] = {}
    for folder in folders:
        try:
            data = json.loads((folder / FOLDER_SIDE_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            continue
        table = data.get(key) if isinstance(data, dict) else None
        if isinstance(table, dict):
            found.update({k: v for k, v in table.items() if isinstance(v, str)})
    return found


def recorded_names(*folders: Path) -> dict[str, str]:
    """The cut names an export of ours recorded in its side file in any of ``folders``."""
    return recorded(NAMES, *folders)


def layer_folders(folder: Path, suffix: str) -> list[LayerFolder]:
    """The folders of ``folder`` holding files ending in ``suffix`` (symbolic links not
    followed): the folder itself (annotator None) and the annotator folders its side file
    lists; without that list, the folder itself when it holds any, else each subfolder that
    does, as more files of the same layer (annotator None)."""
    names = recorded_names(folder)
    listed = recorded(ANNOTATORS, folder)
    default = listed.pop(OWN, None)
    own = [LayerFolder(folder, None, names, default)] if _holds(folder, suffix) else []
    if listed:
        subs = [(folder / sub, name) for sub, name in sorted(listed.items())]
    elif own:
        return own
    else:  # another tool's corpus split in folders (train/, dev/): more documents, one layer
        return [
            LayerFolder(sub, None, names, default)
            for sub in sorted(folder.iterdir())
            if sub.is_dir() and not sub.is_symlink() and _holds(sub, suffix)
        ]
    return own + [
        LayerFolder(sub, name, names)
        for sub, name in subs
        if sub.parent == folder and sub.is_dir() and not sub.is_symlink() and _holds(sub, suffix)
    ]


def _holds(folder: Path, suffix: str) -> bool:
    return any(p.is_file() and not p.is_symlink() for p in folder.glob(f"*{suffix}"))


def folder_of(file: Path, suffix: str) -> LayerFolder:
    """The folder of one file named on its own or met in a folder walk, with what an export of
    ours recorded about it: an annotator folder its side file lists, or the folder itself."""
    parent = file.parent
    if parent.name in recorded(ANNOTATORS, parent.parent):
        for found in layer_folders(parent.parent, suffix):
            if found.path == parent:
                return found
    own = [found for found in layer_folders(parent, suffix) if found.path == parent]
    return own[0] if own else LayerFolder(parent, None)
