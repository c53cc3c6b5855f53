#!/usr/bin/env bash
# Install the desktop entry, AppStream metainfo, icons and the project MIME type, so that the
# workbench is in the application menu and .wbproj files open in it. PREFIX defaults to the
# user's ~/.local; the `workbench` command itself comes from pip (or the PyInstaller folder).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
prefix="${PREFIX:-$HOME/.local}"
app=io.github.rtl_workbench.Workbench
install -Dm644 "$here/$app.desktop" "$prefix/share/applications/$app.desktop"
install -Dm644 "$here/$app.metainfo.xml" "$prefix/share/metainfo/$app.metainfo.xml"
install -Dm644 "$here/$app-mime.xml" "$prefix/share/mime/packages/$app.xml"
install -Dm644 "$root/resources/icons/rtl-workbench.svg" "$prefix/share/icons/hicolor/scalable/apps/$app.svg"
for size in 16 32 48 64 128 256; do
  install -Dm644 "$root/resources/icons/rtl-workbench-$size.png" \
    "$prefix/share/icons/hicolor/${size}x${size}/apps/$app.png"
done
command -v update-mime-database >/dev/null && update-mime-database "$prefix/share/mime"
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
echo "installed into $prefix"
