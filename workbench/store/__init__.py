"""The project file: SQLite through sqlite-utils, with migrations and one transaction per edit."""

from workbench.store.project import Project

__all__ = ["Project"]
