"""Runs workbench commands on a tmpfs of its own, as root of a new user and mount namespace
(``unshare --user --map-root-user --mount``), so that tests can make read-only media and full
disks without being root. Prints one JSON line: the result of every command.

    python -m tests.reliability.namespace_driver SPEC.json

SPEC: {"mount": DIR, "size": BYTES or null, "copy": [FILES], "read_only": BOOL,
       "fill": BOOL, "commands": [[ARGS...], ...]} (ARGS may name files in DIR as "@name").
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path


def main(spec_path: str) -> None:
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    mount = Path(spec["mount"])
    options = f"size={spec['size']}" if spec.get("size") else "size=64m"
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount)], check=True)
    for name in spec.get("copy", []):
        shutil.copy(name, mount / Path(name).name)
    if spec.get("fill"):
        filler = open(mount / "filler", "wb", buffering=0)  # noqa: SIM115 - closed below
        try:
            while filler.write(b"\0" * 4096):
                pass
        except OSError:
            pass  # the disk is full
        filler.close()
    if spec.get("read_only"):
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    results = []
    for args in spec["commands"]:
        args = [str(mount / a[1:]) if a.startswith("@") else a for a in args]
        done = subprocess.run(
            [sys.executable, "-m", "workbench", *args], capture_output=True, text=True
        )
        listing = sorted(p.name for p in mount.iterdir())
        results.append([done.returncode, done.stdout, done.stderr, listing])
    print(json.dumps(results))


if __name__ == "__main__":
    main(sys.argv[1])
