"""Data files that ship inside the package as ``workbench.resources``: the default schema, the
Arabic font, icons, translations and the JSON Schema of the native JSONL format."""
