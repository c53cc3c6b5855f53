"""Before Qt opens a window on X11: are the libraries its xcb platform plugin links there?

Without them Qt aborts with a message that names the wrong package ("xcb-cursor0 or
libxcb-cursor0 is needed", also when that one is installed and others are missing). This asks
``ldd`` what the plugin really lacks and says which packages to install. Nothing here imports
Qt: it runs before Qt is loaded.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
SONAME = re.compile(r"^lib(?P<name>.+?)\.so\.(?P<version>\d+)")
# Debian/Ubuntu package names that the generic rule below gets wrong
PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
}


def xcb_plugin() -> Path | None:
    """The xcb platform plugin of the installed PySide6, if there is one."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` reports as not found, each once, in its order."""
    return list(dict.fromkeys(NOT_FOUND.findall(ldd_output)))


def package_of(library: str) -> str:
    """The Debian/Ubuntu package that ships a library (libxcb-icccm.so.4 -> libxcb-icccm4)."""
    if library in PACKAGES:
        return PACKAGES[library]
    found = SONAME.match(library)
    if found is None:
        return library
    name, version = found["name"].lower(), found["version"]
    return f"lib{name}{'-' if name[-1].isdigit() else ''}{version}"


def explain(missing: list[str]) -> str:
    packages = " ".join(dict.fromkeys(package_of(lib) for lib in missing))
    return (
        "workbench: error: Qt cannot open a window on this X11 display: its platform plugin "
        f"needs libraries that are not installed: {', '.join(missing)}\n"
        f"Install them (Debian/Ubuntu) with:\n  sudo apt-get install {packages}\n"
        "or render offscreen: workbench gui --screenshot window.png"
    )


def uses_xcb(environ=os.environ) -> bool:
    """Whether Qt will pick its X11 (xcb) plugin in this environment."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def check_xcb(environ=os.environ, run=subprocess.run) -> str | None:
    """The message to print instead of Qt's abort, or None when the window can open (or when
    this cannot be told: no plugin, no ldd)."""
    if not uses_xcb(environ):
        return None
    plugin, ldd = xcb_plugin(), shutil.which("ldd")
    if plugin is None or ldd is None:
        return None
    try:
        done = run([ldd, str(plugin)], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    missing = missing_libraries(done.stdout)
    return explain(missing) if missing else None
