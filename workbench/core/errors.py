"""Errors a user can cause and fix: each renders as one line naming the file (and line)."""

from __future__ import annotations


class WorkbenchError(Exception):
    """A user-facing error: ``path:line: message``. Never shown with a traceback."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def located(self, path: str | None = None, line: int | None = None) -> WorkbenchError:
        """Fill in where the error happened, keeping what is already known."""
        if self.path is None:
            self.path = path
        if self.line is None:
            self.line = line
        return self

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return where + self.message


class ValidationError(WorkbenchError):
    """Annotations that break the offset contract or the schema."""


class FormatError(WorkbenchError):
    """A file that cannot be read in the format it claims."""


class ProjectError(WorkbenchError):
    """A project file that cannot be opened or used."""
