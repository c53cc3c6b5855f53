"""The pure-Python domain: documents, layers, spans, relations, entities, schema, text rules."""

from workbench.core.errors import FormatError, ProjectError, ValidationError, WorkbenchError
from workbench.core.model import GOLD, STATUSES, Document, Entity, Layer, Relation, Span
from workbench.core.schema import Schema, default_schema

__all__ = [
    "GOLD",
    "STATUSES",
    "Document",
    "Entity",
    "FormatError",
    "Layer",
    "ProjectError",
    "Relation",
    "Schema",
    "Span",
    "ValidationError",
    "WorkbenchError",
    "default_schema",
]
