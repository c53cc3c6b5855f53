"""Arguments that several command modules share."""

from __future__ import annotations

from pathlib import Path

import click

PROJECT = click.argument("project", type=click.Path(dir_okay=False, path_type=Path))
