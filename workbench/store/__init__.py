"""The project file: SQLite through Python's sqlite3, with migrations and one transaction per edit.

``Project`` (store/project.py) is the object callers open; each table family has one owner
module beside it (documents, layers, spans, relations, entities, decisions), ``edits`` is the
one way a layer changes, and nothing outside this package runs SQL on a project file. Nothing
is imported here: ``workbench init`` makes a file with ``projectfile`` alone (start-up time).
"""
