#!/usr/bin/env bash
# Build the one-folder application with PyInstaller, then prove it starts without the source
# tree: copy it to an empty folder and render the window on the bundled sample offscreen.
# Slow (a minute or two), so it is not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q pyinstaller
python3 -m PyInstaller --noconfirm --clean --distpath build/dist --workpath build/work packaging/workbench.spec
elsewhere="$(mktemp -d)"
cp -r build/dist/workbench "$elsewhere/"
cd "$elsewhere"
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$elsewhere/data" XDG_CONFIG_HOME="$elsewhere/config"
./workbench/workbench --version
./workbench/workbench gui --screenshot first-run.png
./workbench/workbench gui --lang ar --screenshot arabic.png
test -s first-run.png && test -s arabic.png
echo "built build/dist/workbench; it started from $elsewhere and rendered first-run.png and arabic.png"
