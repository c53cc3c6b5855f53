"""The package list, which pyproject.toml cannot give by discovery alone: every package under
workbench/, plus the data folders resources/ and seeds/ that pyproject.toml maps into it."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["workbench", "workbench.*"]),
        "workbench.resources",
        "workbench.resources.seeds",
    ]
)
