"""A wheel built from the sources installs into a fresh virtual environment and its
``workbench`` runs a command of every family; the command line starts without the store or Qt;
the desktop files pass their validators, the MIME type recognises real project files, and the
PyInstaller spec points at what exists. (Building the application is packaging/build.sh, outside
the suite: it takes minutes.)"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import venv
import xml.etree.ElementTree as ET
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import DATA, ROOT
from workbench.store.project import Project

LINUX = ROOT / "packaging" / "linux"
APP = "io.github.rtl_workbench.Workbench"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return found


def test_desktop_entry_validates():
    done = subprocess.run(
        [tool("desktop-file-validate"), str(LINUX / f"{APP}.desktop")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout


def test_metainfo_validates():
    done = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_mime_type_matches_project_files(tmp_path):
    root = ET.parse(LINUX / f"{APP}-mime.xml").getroot()
    mime = root.find("m:mime-type", MIME_NS)
    assert mime.get("type") == "application/x-rtl-workbench-project"
    assert mime.find("m:glob", MIME_NS).get("pattern") == "*.wbproj"
    outer = mime.find("m:magic/m:match", MIME_NS)
    inner = outer.find("m:match", MIME_NS)
    with Project.create(tmp_path / "p.wbproj"):
        pass
    data = (tmp_path / "p.wbproj").read_bytes()
    assert data[: len(outer.get("value"))] == outer.get("value").encode()
    offset, value = int(inner.get("offset")), int(inner.get("value"), 16)
    assert int.from_bytes(data[offset : offset + 4], "big") == value  # our application_id
    desktop = (LINUX / f"{APP}.desktop").read_text(encoding="utf-8")
    assert f"MimeType={mime.get('type')};" in desktop
    database = tmp_path / "mime"
    (database / "packages").mkdir(parents=True)
    shutil.copy(LINUX / f"{APP}-mime.xml", database / "packages")
    done = subprocess.run(
        [tool("update-mime-database"), str(database)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert (database / "application" / "x-rtl-workbench-project.xml").exists()


@pytest.mark.parametrize("size", [16, 32, 48, 64, 128, 256])
def test_icons_in_every_size(size):
    image = QImage(str(ROOT / "resources" / "icons" / f"rtl-workbench-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert (ROOT / "resources" / "icons" / "rtl-workbench.svg").read_text().startswith("<?xml")


def test_the_pyinstaller_spec_names_files_that_exist():
    spec = (ROOT / "packaging" / "workbench.spec").read_text(encoding="utf-8")
    for needed in ("launch.py", '"resources"', '"seeds"', "rtl-workbench-256.png"):
        assert needed in spec
    assert (ROOT / "packaging" / "launch.py").exists() and (
        ROOT / "packaging" / "build.sh"
    ).exists()


def test_the_pyinstaller_spec_bundles_every_command_module():
    """PyInstaller cannot see the command modules loaded by name: the spec must name them all."""
    from types import SimpleNamespace

    from workbench.cli.main import COMMANDS

    seen = {}

    def analysis(*_args, **kwargs):
        seen.update(kwargs)
        return SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[])

    def anything(*_args, **_kwargs):
        return SimpleNamespace()

    spec = ROOT / "packaging" / "workbench.spec"
    code = compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    names = {"SPECPATH": str(spec.parent), "Analysis": analysis}
    exec(code, names | {"PYZ": anything, "EXE": anything, "COLLECT": anything})
    modules = {target.split(":")[0] for target in COMMANDS.values()}
    assert modules <= set(seen["hiddenimports"])


# --- the command line's wiring ------------------------------------------------------------------


def loaded_after(statement: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``statement``."""
    code = f"import sys\n{statement}\nprint('\\n'.join(sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


@pytest.mark.parametrize(
    "module", sorted(p.stem for p in (ROOT / "workbench" / "cli").glob("*.py"))
)
def test_each_cli_module_imports_first_without_a_cycle(module):
    assert f"workbench.cli.{module}" in loaded_after(f"import workbench.cli.{module}")


def test_no_cli_module_imports_one_that_imports_it_back():
    cli = ROOT / "workbench" / "cli"
    edges = {}
    for path in cli.glob("*.py"):
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "workbench.cli":
                found |= {f"workbench.cli.{alias.name}" for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
        edges[f"workbench.cli.{path.stem}"] = found & {
            f"workbench.cli.{p.stem}" for p in cli.glob("*.py")
        }

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        return any(
            nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt}))
            for nxt in edges[start]
        )

    assert [module for module in edges if reaches(module, module, set())] == []


def test_the_command_line_starts_without_the_store_or_qt():
    loaded = {name.split(".")[0] for name in loaded_after("import workbench.cli")}
    assert not loaded & {"PySide6", "shiboken6", "sqlite_utils", "tabulate"}
    assert "workbench.store" not in loaded_after("import workbench.cli")


def test_every_library_the_package_imports_is_declared():
    """A library imported at a module's top is a dependency; one imported inside a function
    (spaCy for its export, NLTK for a benchmark) may be an optional extra instead."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

    def names(requirements) -> set[str]:
        return {
            re.split(r"[\s<>=!~\[;]", r, maxsplit=1)[0].lower().replace("_", "-")
            for r in requirements
        }

    required = names(project["dependencies"])
    optional = required | names(sum(project["optional-dependencies"].values(), []))
    distributions = packages_distributions()
    missing = []
    for path in (ROOT / "workbench").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules = [node.module]
            else:
                continue
            for module in modules:
                name = module.split(".")[0]
                if name in sys.stdlib_module_names or name == "workbench":
                    continue
                wanted = names(distributions.get(name, [name]))
                if not wanted & (required if id(node) in top else optional):
                    missing.append(f"{path.relative_to(ROOT)}: {module}")
    assert missing == []


# --- the wheel, installed into a fresh virtual environment -------------------------------------

SOURCES = ("pyproject.toml", "setup.py", "README.md", "workbench", "resources", "seeds")
CACHES = shutil.ignore_patterns("__pycache__", "*.pyc")


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a user's shell: nothing that points Python at the checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
    )
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a copy of the sources (building in the checkout would leave build/)."""
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=CACHES)
        else:
            shutil.copy(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(source), "-w", str(out)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """The bin/ folder of a fresh virtual environment that holds the wheel and its dependencies."""
    env = tmp_path_factory.mktemp("venv")
    venv.create(env, with_pip=True)
    done = subprocess.run(
        [str(env / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
        env=clean_env(env),
    )
    assert done.returncode == 0, done.stderr
    return env / "bin"


def test_the_wheel_holds_every_package_and_the_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "workbench").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert "workbench/agreement/report.py" in modules and modules <= names
    for folder, inside in (
        ("resources", "workbench/resources"),
        ("seeds", "workbench/resources/seeds"),
    ):
        for path in (ROOT / folder).iterdir() if folder == "seeds" else (ROOT / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                assert f"{inside}/{path.relative_to(ROOT / folder).as_posix()}" in names, path


@pytest.mark.slow
def test_the_installed_workbench_runs_a_command_of_every_family(installed, tmp_path):
    env = clean_env(tmp_path)
    ran: set[str] = set()

    def run(*args, program="workbench", codes=(0,)) -> str:
        if program == "workbench":
            ran.add(str(args[0]))
        done = subprocess.run(
            [str(installed / program), *map(str, args)],
            capture_output=True,
            text=True,
            cwd=tmp_path,  # not the checkout: nothing may be imported from the sources
            env=env,
            timeout=300,
        )
        assert done.returncode in codes, f"{args}: {done.stderr}"
        return done.stdout

    where = run("-c", "import workbench; print(workbench.__file__)", program="python")
    assert Path(where).is_relative_to(installed.parent)
    listing = run("--help")
    for name in ("init", "import", "export", "stats", "search", "pack", "merge", "agreement"):
        assert f"  {name} " in listing, name
    assert run("--version").strip() == "workbench, version 0.1.0"

    seeds = Path(
        run(
            "-c",
            "from workbench.core.bundled import seeds_dir; print(seeds_dir())",
            program="python",
        ).strip()
    )
    assert seeds.is_relative_to(installed.parent) and sorted(seeds.glob("*.txt"))
    project = tmp_path / "news.wbproj"
    assert "schema news-quotes" in run("init", project)
    assert "1 document added" in run("import", project, *sorted(seeds.glob("*.txt")))
    run("import", project, DATA / "seed-attributed.jsonl", DATA / "seed-second-annotator.jsonl")
    stats = json.loads(run("stats", project, "--json"))
    assert stats["documents"] == 1 and set(stats["layers"]) == {"alice", "bob"}
    assert "wrote 2 records" in run("export", project, "-o", tmp_path / "out.jsonl")
    assert "documents" in run("export", project, "-o", tmp_path / "corpus.db", "--format", "corpus")
    assert "matches in 1 document" in run("search", project, "الأمم", "--bidi", "off")
    assert json.loads(run("agreement", project, "--json"))["annotators"] == ["alice", "bob"]
    assert "packed 1 document for carol" in run(
        "pack", project, "--annotator", "carol", "-o", tmp_path / "carol.wbproj"
    )
    assert "carol" in run("merge", project, tmp_path / "carol.wbproj", "--bidi", "off")
    assert "gold:" in run("adjudicate", project, "--auto")
    assert "QUOTE 15" in run("suggest", project, "--using", "rules,names")
    # the command loads python-crfsuite (a declared dependency) from the installed environment
    assert "cross-validated" in run("train", "--help")
    assert "alice" in run("history", project, "--annotator", "alice", "--bidi", "off")
    # the window finds its font and its Arabic translation inside the installed package
    run("gui", project, "--lang", "ar", "--screenshot", tmp_path / "window.png")
    assert QImage(str(tmp_path / "window.png")).width() > 0
    bench = ("-m", "workbench.bench", "--docs", "20", "--spans-per-doc", "2", "--only", "export")
    out = run(*bench, program="python", codes=(0, 1))  # 1 only says a target was missed
    assert "| export 20 documents" in out
    from workbench.cli.main import COMMANDS

    assert set(COMMANDS) <= ran, f"never run from the wheel: {set(COMMANDS) - ran}"
