"""The layers of the package: core <- store <- formats <- agreement, workflow <- cli, bench <- ui.

Each package imports only the packages below it; only workbench.ui imports Qt; and only
workbench.store runs SQL on a project file.
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "workbench"
ORDER = ["core", "store", "formats", "agreement", "workflow", "cli", "bench", "ui"]
ALLOWED = {
    "core": {"core"},
    "store": {"core", "store"},
    "formats": {"core", "store", "formats"},
    "agreement": {"core", "store", "formats", "agreement"},
    "workflow": {"core", "store", "formats", "workflow"},
    "cli": {"core", "store", "formats", "agreement", "workflow", "cli"},
    "bench": {"core", "store", "formats", "agreement", "workflow", "bench"},
    "ui": set(ORDER),
}
# Imported inside a function only, when the command that needs it runs, so that the command
# line starts without Qt: `workbench gui` opens the window, the benchmark measures the editor.
LAZY = {"cli": {"ui"}, "bench": {"ui"}}
ENTRY_POINTS = {"__init__", "__main__"}  # workbench/__init__.py, workbench/__main__.py

# Modules outside workbench.store that may run SQL, each on a file that is not a project file.
SQL_ELSEWHERE = {
    # the corpus database: an export format of its own (tables and a full-text index for other
    # tools), written and searched by the module that defines it
    "formats/corpus.py",
    # the import and export benchmarks' yardsticks: bare sqlite-utils writing a scratch file and
    # reading a project file raw, which the store's own import and export are measured against
    "bench/io.py",
    # the search benchmark's yardstick: SQLite's own LIKE over the project's documents table
    "bench/search.py",
}
SQL_METHODS = {"execute", "executemany", "executescript"}
SQL_HANDLES = {"conn", "db"}  # a project's connection and its sqlite-utils database
SQL_OPENERS = {("sqlite3", "connect"), ("sqlite_utils", "Database")}


def imports(path: Path, top_level_only: bool = False):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def modules():
    for path in PACKAGE.rglob("*.py"):
        layer = path.relative_to(PACKAGE).parts[0]
        yield layer.removesuffix(".py"), path


def ours(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "workbench" and len(parts) > 1 else None


def test_every_module_belongs_to_a_layer():
    assert set(ORDER) == set(ALLOWED)
    assert {layer for layer, _path in modules()} <= set(ORDER) | ENTRY_POINTS


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
        if layer in ENTRY_POINTS:
            continue
        at_import = set(imports(path, top_level_only=True))
        for module in set(imports(path)):
            package = ours(module)
            if package is None or package in ALLOWED[layer]:
                continue
            if package in LAZY.get(layer, set()) and module not in at_import:
                continue
            offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert sorted(offenders) == []


def sql_uses(source: str) -> list[str]:
    """What in ``source`` runs SQL: an ``execute`` call, a project's ``conn`` or ``db``, a
    table looked up as ``db[...]``, or a database opened directly."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in SQL_HANDLES:
            found.append(f"line {node.lineno}: .{node.attr}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else None
            if node.func.attr in SQL_METHODS or (name, node.func.attr) in SQL_OPENERS:
                found.append(f"line {node.lineno}: {node.func.attr}()")
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and node.value.id in SQL_HANDLES
        ):
            found.append(f"line {node.lineno}: {node.value.id}[...]")
    return found


def test_only_the_store_runs_sql_on_a_project_file():
    offenders = []
    for layer, path in modules():
        where = path.relative_to(PACKAGE).as_posix()
        if layer == "store" or where in SQL_ELSEWHERE:
            continue
        offenders += [f"{where} {use}" for use in sql_uses(path.read_text(encoding="utf-8"))]
    assert offenders == []
    for where in SQL_ELSEWHERE:  # the allow-list names modules that exist and need it
        assert sql_uses((PACKAGE / where).read_text(encoding="utf-8")), where


def test_the_sql_check_sees_sql():
    assert sql_uses("rows = project.conn.execute('SELECT 1')")
    assert sql_uses("project.db['spans'].insert({})")
    assert sql_uses("conn = sqlite3.connect(path)")
    assert sql_uses("cursor.executemany(sql, rows)")
    assert sql_uses("db['documents'].count")
    assert not sql_uses("project.add_span(doc, who, 'PER', 0, 3)")
    assert not sql_uses("errors = (sqlite3.DatabaseError,)")


def test_reshaped_text_never_reaches_qt():
    ui = PACKAGE / "ui"
    for path in ui.rglob("*.py"):
        assert not {"arabic_reshaper", "bidi"} & {m.split(".")[0] for m in imports(path)}, path
