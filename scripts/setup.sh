#!/usr/bin/env bash
# Create the Python 3.10 virtualenv and install every pinned package. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

find_python() {
  for candidate in "${PYTHON:-}" python3.10 "env PYENV_VERSION=3.10.13 python3.10"; do
    [ -n "$candidate" ] || continue
    if $candidate -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

if [ ! -x .venv/bin/python ]; then
  PY=$(find_python) || {
    echo "Rasa 3.6 needs Python 3.10. Install it (e.g. 'pyenv install 3.10.13', or your OS package" >&2
    echo "python3.10 + python3.10-venv) and run again, or set PYTHON=/path/to/python3.10." >&2
    exit 1
  }
  echo "creating .venv with $PY"
  $PY -m venv .venv
fi

stamp=.venv/.installed-$(cat requirements.txt requirements-dev.txt constraints.txt | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/pip install -q --disable-pip-version-check "pip==24.0"
  .venv/bin/pip install -q --disable-pip-version-check -r requirements.txt -r requirements-dev.txt -c constraints.txt
  rm -f .venv/.installed-* && touch "$stamp"
fi
# The widget's browser tests drive Debian's chromium (Playwright's own browser download is not used).
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium for the widget's browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "note: 'chromium' is missing; the widget's browser tests (tests/e2e/widget) need it:" >&2
    echo "      sudo apt-get install chromium   (Debian/Ubuntu)" >&2
  fi
fi
echo "python environment ready: $(.venv/bin/python --version), rasa $(.venv/bin/python -c 'import rasa; print(rasa.__version__)' 2>/dev/null)"
