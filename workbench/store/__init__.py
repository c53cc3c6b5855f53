"""The project file: SQLite through sqlite-utils, with migrations and one transaction per edit.

``Project`` (store/project.py) is the object callers open; each table family has one owner
module beside it (documents, layers, spans, relations, entities, decisions), ``edits`` is the
one way a layer changes, and nothing outside this package runs SQL on a project file.
"""

from workbench.store.project import Project

__all__ = ["Project"]
