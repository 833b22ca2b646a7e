#!/usr/bin/env bash
# Builds the desk as one folder that runs without Python: dist/summit-desk/summit-desk
# (summit-desk.exe on Windows), for the machine this runs on; PyInstaller cannot cross-build.
# The freezing is described in tools/summit-desk.spec. The build has its own virtualenv,
# .venv-bundle, installed with the pins of constraints.txt, so the folder holds exactly the
# versions the tests ran with. Usage: bash tools/bundle.sh [--camera]   (Linux, or Git Bash on
# Windows); --camera adds the webcam (the camera extra: Qt Multimedia and zxing-cpp).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SUMMIT_DESK_VENV="${SUMMIT_DESK_BUNDLE_VENV:-$ROOT/.venv-bundle}"
source "$ROOT/tools/common.sh"
# common.sh's make_venv assumes bin/; a Windows virtualenv has Scripts/, so the steps are here.
if [ "$(uname -o 2>/dev/null)" = Msys ]; then BIN="$VENV/Scripts"; else BIN="$VENV/bin"; fi

case "$(uname -s)" in
  Linux*) apt_install "${QT_SYSTEM_PACKAGES[@]}" || true ;;
esac
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  say "the build needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version))"; exit 1; }
[ -x "$BIN/python" ] || [ -x "$BIN/python.exe" ] || "$PYTHON" -m venv "$VENV"
EXTRAS=bundle,postgres
if [ "${1:-}" = --camera ] || [ "${SUMMIT_DESK_BUNDLE_CAMERA:-}" = 1 ]; then
  EXTRAS=bundle,postgres,camera; export SUMMIT_DESK_BUNDLE_CAMERA=1
else
  export SUMMIT_DESK_BUNDLE_CAMERA=0
fi
say "installing Summit Desk with [$EXTRAS] into $VENV"
quiet() { "$@" 2>&1 | { grep -v '^WARNING: Location' || true; }; }
quiet "$BIN/python" -m pip install -q --upgrade pip
# PostgreSQL's driver goes in too: desks at one venue share a server on the LAN.
quiet "$BIN/python" -m pip install -q -c "$ROOT/constraints.txt" -e "$ROOT[$EXTRAS]"
"$BIN/python" -c 'import summit_desk, PySide6.QtPdf, PyInstaller' \
  || { say "the installation failed"; exit 1; }
say "building the translations"
"$BIN/python" -m summit_desk.ui.i18n >/dev/null

cd "$ROOT"
say "freezing the desk with PyInstaller (a minute or two)"
start=$SECONDS
"$BIN/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" tools/summit-desk.spec
say "dist/summit-desk built in $((SECONDS - start)) s: $(du -sh dist/summit-desk | cut -f1)"

PROGRAM="$ROOT/dist/summit-desk/summit-desk"
[ -x "$PROGRAM" ] || PROGRAM="$PROGRAM.exe"
# The smallest proof that it starts: the demo event into a scratch database, and its programme.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
"$PROGRAM" demo --db "$scratch/check.sqlite" >/dev/null \
  && "$PROGRAM" sessions --db "$scratch/check.sqlite" >/dev/null \
  || { say "the built program does not start"; exit 1; }
say "ready: $PROGRAM"
