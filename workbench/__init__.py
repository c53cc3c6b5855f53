"""Annotation workbench for right-to-left news text (Arabic first)."""

__version__ = "0.1.0"
