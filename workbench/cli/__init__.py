"""The ``workbench`` command line: thin click commands over the library."""

from workbench.cli.main import main

__all__ = ["main"]
