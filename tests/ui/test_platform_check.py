"""When Qt's X11 plugin cannot load, `workbench gui` says which libraries are missing and the
apt line that installs them, instead of Qt's abort (issue 19 item 9)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from workbench.ui.platform_check import (
    check_xcb,
    explain,
    missing_libraries,
    package_of,
    uses_xcb,
    xcb_plugin,
)

# what ldd printed for PySide6's libqxcb.so on a Debian 12 desktop without two of the libraries
LDD = """\
\tlinux-vdso.so.1 (0x00007ffd5a9e1000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f2a3c800000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f2a3c7f0000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f2a3c7e0000)
"""


def test_the_missing_libraries_and_the_install_line_come_from_ldd():
    missing = missing_libraries(LDD)
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    message = explain(missing)
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message
    assert "xcb-cursor0" not in message  # Qt's own message names that one, wrongly


@pytest.mark.parametrize(
    ("library", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libEGL.so.1", "libegl1"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libfontconfig.so.1", "libfontconfig1"),
    ],
)
def test_library_names_map_to_debian_packages(library, package):
    assert package_of(library) == package


def test_the_check_runs_only_where_qt_would_use_x11():
    assert uses_xcb({"DISPLAY": ":0"}) is sys.platform.startswith("linux")
    assert not uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert not uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}) is sys.platform.startswith("linux")

    def fake_ldd(args, **kwargs):
        return subprocess.CompletedProcess(args, 0, stdout=LDD, stderr="")

    if xcb_plugin() is not None:
        assert "libxcb-keysyms1" in check_xcb({"DISPLAY": ":0"}, fake_ldd)
    assert check_xcb({"QT_QPA_PLATFORM": "offscreen"}, fake_ldd) is None


@pytest.mark.skipif(xcb_plugin() is None, reason="PySide6 has no xcb plugin here")
def test_the_gui_command_prints_the_install_line_instead_of_qts_abort(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    ldd = bin_dir / "ldd"  # a stand-in for ldd on a machine missing two libraries
    ldd.write_text(f"#!/bin/sh\ncat <<'EOF'\n{LDD}EOF\n")
    ldd.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":99", PATH=f"{bin_dir}{os.pathsep}{env['PATH']}")
    env.update(XDG_CONFIG_HOME=str(tmp_path / "c"), XDG_DATA_HOME=str(tmp_path / "d"))
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "gui"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in done.stderr
    assert "Traceback" not in done.stderr and "Aborted" not in done.stderr
