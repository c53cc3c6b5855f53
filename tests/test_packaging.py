"""The desktop files pass their validators, the MIME type recognises real project files, and
the PyInstaller spec points at what exists. (Building the application is packaging/build.sh,
outside the suite: it takes minutes.)"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from tests.conftest import ROOT
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
