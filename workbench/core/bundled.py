"""The data that ships inside the package, found with ``importlib.resources``.

In a checkout the folders are ``resources/`` and ``seeds/`` at the top of the repository;
pyproject.toml maps them into the package as ``workbench.resources`` and
``workbench.resources.seeds``, which is where they are once installed (or frozen).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resources_dir() -> Path:
    """The folder of the default schema, fonts, icons, translations and JSON Schema files."""
    return _folder("workbench.resources")


def seeds_dir() -> Path:
    """The folder of the sample articles the first-run project is built from."""
    return _folder("workbench.resources.seeds")


def _folder(package: str) -> Path:
    folder = files(package)
    if not isinstance(folder, Path):  # Qt and fontTools need real files, not a zip member
        raise FileNotFoundError(f"{package} is not a folder on disk ({folder})")
    return folder
