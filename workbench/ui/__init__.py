"""The window (PySide6): the only package that imports Qt. Views update from the change sets
the session publishes (docs/ARCHITECTURE.md, "How an edit travels")."""
