"""Importers and exporters: plain text, native JSONL (and later the interchange formats)."""
