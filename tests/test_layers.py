"""The layers of DESIGN.md: only workbench.ui imports Qt; core imports nothing of ours."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "workbench"
ORDER = ["core", "store", "formats", "agreement", "workflow", "cli", "bench", "ui"]
ALLOWED = {
    "core": {"core"},
    "store": {"core", "store"},
    "formats": {"core", "store", "formats"},
}


def imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def modules():
    for path in PACKAGE.rglob("*.py"):
        layer = path.relative_to(PACKAGE).parts[0]
        yield layer.removesuffix(".py"), path


def test_only_the_ui_imports_qt():
    offenders = [
        str(path)
        for layer, path in modules()
        if layer != "ui" and any(m.split(".")[0] in ("PySide6", "shiboken6") for m in imports(path))
    ]
    assert offenders == []


def test_lower_layers_do_not_import_upper_ones():
    offenders = []
    for layer, path in modules():
        if layer not in ALLOWED:
            continue
        for module in imports(path):
            parts = module.split(".")
            if parts[0] == "workbench" and len(parts) > 1 and parts[1] not in ALLOWED[layer]:
                offenders.append(f"{path.name} imports {module}")
    assert offenders == []


def test_reshaped_text_never_reaches_qt():
    ui = PACKAGE / "ui"
    for path in ui.rglob("*.py"):
        assert not {"arabic_reshaper", "bidi"} & {m.split(".")[0] for m in imports(path)}, path
