"""The project's benchmark: each performance target (docs/ARCHITECTURE.md) as a ratio against
a baseline measured in the same run (``python -m workbench.bench``)."""
