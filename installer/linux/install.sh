#!/bin/sh
# Install the LibTech Desk one-folder bundle on a Linux desktop.
#
#   sh install.sh                 # for this user: ~/.local/opt/LibTechDesk, no root needed
#   sudo sh install.sh --system   # for everyone: /opt/LibTechDesk
#   sh install.sh --uninstall     # (or sudo sh install.sh --system --uninstall)
#
# Run it from the unpacked release folder (the one holding LibTechDesk/ and this
# script), or give the bundle: BUNDLE=/path/to/LibTechDesk sh install.sh
#
# The library itself (library.sqlite3, backups, receipts) lives in each user's data
# folder (~/.local/share/LibTechDesk, or LIBTECH_DB), never in the install folder:
# --uninstall removes the program, the menu entry and the icons, and NEVER the data.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
BUNDLE=${BUNDLE:-}
if [ -z "$BUNDLE" ]; then
    for candidate in "$HERE/LibTechDesk" "$HERE/../../dist/LibTechDesk"; do
        if [ -x "$candidate/libtech-desktop" ]; then BUNDLE=$candidate; break; fi
    done
fi
DESKTOP_FILE="$HERE/libtech-desktop.desktop"
ICONS_SRC="$HERE/icons"
[ -d "$ICONS_SRC" ] || ICONS_SRC="$HERE/../../resources/icons"

SYSTEM=0
UNINSTALL=0
for arg in "$@"; do
    case "$arg" in
        --system) SYSTEM=1 ;;
        --uninstall) UNINSTALL=1 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

if [ "$SYSTEM" = 1 ]; then
    PREFIX=/opt/LibTechDesk
    BIN=/usr/local/bin
    SHARE=/usr/local/share
else
    PREFIX="$HOME/.local/opt/LibTechDesk"
    BIN="$HOME/.local/bin"
    SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
APPS="$SHARE/applications"
HICOLOR="$SHARE/icons/hicolor"

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$HICOLOR" 2>/dev/null || true
}

if [ "$UNINSTALL" = 1 ]; then
    # Only what install.sh put there. The library's data folder is not touched.
    rm -rf "$PREFIX"
    rm -f "$BIN/libtech-desktop" "$BIN/libtech" "$APPS/libtech-desktop.desktop"
    for size in 16 24 32 48 64 128 256 512; do
        rm -f "$HICOLOR/${size}x${size}/apps/libtech-desk.png"
    done
    rm -f "$HICOLOR/scalable/apps/libtech-desk.svg"
    refresh
    echo "LibTech Desk removed from $PREFIX. The library data was left where it is."
    exit 0
fi

if [ -z "$BUNDLE" ] || [ ! -x "$BUNDLE/libtech-desktop" ]; then
    echo "install.sh: cannot find the LibTechDesk folder (set BUNDLE=...)" >&2
    exit 1
fi

mkdir -p "$(dirname "$PREFIX")" "$BIN" "$APPS"
rm -rf "$PREFIX.new"
cp -a "$BUNDLE" "$PREFIX.new"
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"
ln -sf "$PREFIX/libtech-desktop" "$BIN/libtech-desktop"
ln -sf "$PREFIX/libtech" "$BIN/libtech"

# The menu entry runs the installed program by its full path (~/.local/bin may not be
# on the PATH the desktop session starts programs with).
sed -e "s|^Exec=.*|Exec=\"$PREFIX/libtech-desktop\"|" \
    -e "s|^TryExec=.*|TryExec=$PREFIX/libtech-desktop|" \
    "$DESKTOP_FILE" > "$APPS/libtech-desktop.desktop"
chmod 644 "$APPS/libtech-desktop.desktop"

for size in 16 24 32 48 64 128 256 512; do
    if [ -f "$ICONS_SRC/libtech-desk-$size.png" ]; then
        mkdir -p "$HICOLOR/${size}x${size}/apps"
        cp "$ICONS_SRC/libtech-desk-$size.png" "$HICOLOR/${size}x${size}/apps/libtech-desk.png"
    fi
done
mkdir -p "$HICOLOR/scalable/apps"
cp "$ICONS_SRC/libtech-desk.svg" "$HICOLOR/scalable/apps/libtech-desk.svg"
refresh

echo "LibTech Desk installed in $PREFIX"
echo "Start it from the applications menu (Office), or run: $BIN/libtech-desktop"
echo "Check the installation: $PREFIX/libtech-desktop --self-test"
