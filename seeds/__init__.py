"""The sample articles, shipped as ``workbench.resources.seeds``; the first-run project is built
from them."""
