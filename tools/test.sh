#!/usr/bin/env bash
# Sets everything up and runs the whole test suite: the system tools the tests read PDFs and QR
# codes with, a private PostgreSQL server, the lint, and pytest. Extra arguments go to pytest.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
apt_install tesseract-ocr tesseract-ocr-fas tesseract-ocr-rus tesseract-ocr-kaz tesseract-ocr-aze \
  tesseract-ocr-eng poppler-utils zbar-tools xvfb xauth postgresql postgresql-contrib \
  "${QT_SYSTEM_PACKAGES[@]}"
make_venv test,postgres

if [ -z "${SUMMIT_DESK_TEST_PG:-}" ]; then
  source "$ROOT/tools/pg-test-server.sh"
  start_test_postgres
fi

cd "$ROOT"
say "ruff"
"$VENV/bin/ruff" check
"$VENV/bin/ruff" format --check
say "mypy"
"$VENV/bin/mypy"
say "pytest"
export QT_QPA_PLATFORM=offscreen
# Two processes (pytest-xdist): the suite takes about 2.3 minutes on two cores instead of 4;
# SUMMIT_DESK_TEST_WORKERS=0 runs it in one process (easier to debug), "auto" on every core.
"$VENV/bin/python" -m pytest -p no:cacheprovider -n "${SUMMIT_DESK_TEST_WORKERS:-2}" "$@"

# The one-folder desk for laptops without Python: built (a few minutes, so not inside the pytest
# run above, which deselects -m bundle) and then run from a copy by its own tests.
# SUMMIT_DESK_BUNDLE=0 leaves it out of a local run.
if [ "${SUMMIT_DESK_BUNDLE:-1}" != 0 ]; then
  say "bundle"
  bash "$ROOT/tools/bundle.sh"
  "$VENV/bin/python" -m pytest -p no:cacheprovider -m bundle tests/test_bundle.py
fi
