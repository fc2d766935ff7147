#!/usr/bin/env bash
# Loket bootstrap: one command to run the app, one to run the tests, on a fresh Debian/Ubuntu machine.
#   ./bootstrap.sh app    install what is missing, then open Loket in demo mode (embedded default)
#   ./bootstrap.sh test   install what is missing, then run ruff, mypy and the whole test suite
# Extra arguments after `test` go to pytest; after `app` to desk-app.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
what="${1:-app}"; shift || true

SYSTEM_PACKAGES=(
  python3 python3-venv python3-dev gcc swig libpcsclite-dev pcscd vsmartcard-vpcd
  poppler-utils zbar-tools postgresql xvfb xauth libpulse0
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_system_packages() {
  local missing=()
  for p in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "bootstrap: installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

install_python() {
  # Every Python package comes from requirements.lock (exact versions, hashes checked), so a fresh
  # machine runs what we tested; scripts/lock.sh refreshes the lock.
  local py="${PYTHON:-python3}"
  if [ ! -x .venv/bin/python ]; then
    "$py" -m venv .venv
  fi
  local stamp=.venv/.loket-installed
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ requirements.lock -nt "$stamp" ]; then
    .venv/bin/python -m pip install -q --require-hashes -r requirements.lock
    .venv/bin/python -m pip install -q --no-deps --no-build-isolation -e .
    .venv/bin/python -m pip check
    touch "$stamp"
  fi
}

install_system_packages
install_python

case "$what" in
  app)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "bootstrap: no display found; starting Loket on a virtual screen (xvfb-run)."
      exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/desk-app --demo "$@"
    fi
    exec .venv/bin/desk-app --demo "$@"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    echo "== ruff"; .venv/bin/ruff check .
    echo "== mypy"; .venv/bin/mypy loket desk_app ui sync eid casestore wire bench tests
    if [ "$#" -gt 0 ]; then echo "== pytest"; exec .venv/bin/python -m pytest "$@"; fi
    # The tests of files that may start pcscd, vpcd or the card simulator (marked pcsc_stack by tests/conftest.py)
    # run in one process, one private pcscd at a time; the rest on pytest-xdist workers (they wait on servers
    # and child processes as much as they compute).
    rc=0
    echo "== pytest: PC/SC, one process"; .venv/bin/python -m pytest -m pcsc_stack || rc=$?
    echo "== pytest: the rest, ${LOKET_TEST_WORKERS:-2} workers"
    .venv/bin/python -m pytest -m "not pcsc_stack" -n "${LOKET_TEST_WORKERS:-2}" || rc=$?
    exit "$rc"
    ;;
  *) echo "usage: $0 app|test [args]" >&2; exit 2 ;;
esac
