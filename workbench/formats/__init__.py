"""Importers and exporters: plain text, native JSONL, brat, doccano, CoNLL, training formats.

Import: a format's reader (``jsonl``, ``doccano``, ``brat``, ``conll``, plain text in
``importer``) parses its files into ``records``; ``pipeline`` normalises, moves offsets
(``offsets``), validates and writes them for every format alike. Export: ``export`` (and
``corpus`` for the SQLite corpus) writes every output through ``atomic``, whole or not at all.
"""
