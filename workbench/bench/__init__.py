"""The project's benchmark: each target of DESIGN.md section 9 as a ratio against a baseline
measured in the same run (``python -m workbench.bench``)."""
