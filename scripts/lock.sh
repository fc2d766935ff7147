#!/usr/bin/env bash
# Refresh requirements.lock from pyproject.toml: every package (with the casestore and dev extras) pinned
# to one version, with the hashes of all its published files, so a fresh machine installs what we tested.
#   scripts/lock.sh              keep the pins, add what pyproject.toml newly asks for
#   scripts/lock.sh --upgrade    move every package to its newest release allowed by pyproject.toml
# Then run ./bootstrap.sh test (it reinstalls .venv from the new lock) and commit requirements.lock.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
tools="${LOKET_LOCK_VENV:-${TMPDIR:-/tmp}/loket-lock-tools}"
if [ ! -x "$tools/bin/pip-compile" ]; then
  python3 -m venv "$tools"
  "$tools/bin/python" -m pip install -q "pip-tools==7.*"
fi
"$tools/bin/pip-compile" -q --generate-hashes --allow-unsafe --strip-extras \
  --extra casestore --extra dev --no-emit-index-url --no-emit-find-links \
  -o requirements.lock "$@" pyproject.toml scripts/lock-tools.in
echo "requirements.lock written; now run ./bootstrap.sh test and commit it."
