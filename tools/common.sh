# Shared by tools/desk.sh and tools/test.sh: a virtual environment with Summit Desk installed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${SUMMIT_DESK_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

say() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "cannot install system packages (not root, no sudo): $*"; return 1; fi
}

APT_UPDATED=0
apt_install() {
  # Installs the Debian/Ubuntu packages that are missing; elsewhere it says what to install.
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    say "please install: ${missing[*]}"; return 0
  fi
  say "installing ${missing[*]}"
  if [ "$APT_UPDATED" = 0 ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# Qt's xcb platform plugin and fonts; offscreen tests need only a few of them.
QT_SYSTEM_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xkb1 libglib2.0-0)

make_venv() {
  local extras="$1"
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    say "Summit Desk needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version))"; exit 1; }
  if [ ! -x "$VENV/bin/python" ] && ! "$PYTHON" -m venv "$VENV"; then
    # Debian and Ubuntu ship venv separately from their system Python.
    rm -rf "$VENV"; apt_install python3-venv; "$PYTHON" -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install -q --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
  say "installing Summit Desk with [$extras] into $VENV"
  "$VENV/bin/python" -m pip install -q -c "$ROOT/constraints.txt" -e "$ROOT[$extras]" 2>&1 | grep -v '^WARNING: Location' || true
  "$VENV/bin/python" -c 'import summit_desk, PySide6.QtPdf, reportlab' \
    || { say "the installation failed"; exit 1; }
  "$VENV/bin/python" -m summit_desk.ui.i18n >/dev/null
}
