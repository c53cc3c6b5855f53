"""Importers and exporters: plain text, native JSONL, brat, doccano, CoNLL, Label Studio, WebAnno
TSV 3, training formats (Hugging Face, Prodigy, spaCy), the corpus database and Parquet shards.

Import: a format's reader (``jsonl``, ``doccano``, ``brat``, ``conll``, ``labelstudio``,
``webanno``, plain text in ``importer``) parses its files into ``records``; ``pipeline``
normalises, moves offsets (``offsets``), validates and writes them for every format alike.
Export: ``export`` (and ``corpus`` for the SQLite corpus, ``parquet`` for its tables as shards)
writes every output through ``atomic``, whole or not at all; ``safe_names`` makes every name
that becomes a file name safe, and ``losses`` counts what a format cannot carry.
"""
