#!/usr/bin/env bash
# Installs everything the tip line needs on a fresh Debian machine, and nothing twice:
#   system packages (redis-server; chromium for the browser tests with --with-browser),
#   .venv       Python 3.11: gateway, action server, tests, the `tipline` command
#   .venv-rasa  Rasa 3.6.21 alone (see bot/runtime/README.md)
# Safe to run again: each step is skipped when its inputs have not changed.
set -euo pipefail
cd "$(dirname "$0")/.."

with_browser=0
for arg in "$@"; do
  case "$arg" in
    --with-browser) with_browser=1 ;;
    *) echo "usage: scripts/setup.sh [--with-browser]" >&2; exit 2 ;;
  esac
done

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

find_python() {
  for candidate in "${PYTHON:-}" python3.11 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)' 2>/dev/null; then
      command -v "$candidate"; return 0
    fi
  done
  echo "Python 3.11 is required (set PYTHON=/path/to/python3.11)" >&2
  return 1
}

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

stamp_of() { cat "$@" | sha256sum | cut -c1-16; }

packages=(redis-server)
[ "$with_browser" -eq 1 ] && packages+=(chromium)
if command -v dpkg >/dev/null 2>&1; then
  apt_install "${packages[@]}"
else
  command -v redis-server >/dev/null || { echo "redis-server is required" >&2; exit 1; }
fi

PY=$(find_python)

# .venv: the gateway, the action server and the tests.
stamp=$(stamp_of pyproject.toml)
if [ ! -x .venv/bin/python ] || [ "$(cat .venv/.tipline-stamp 2>/dev/null)" != "$stamp" ]; then
  log "creating .venv with $PY"
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test]'
  echo "$stamp" > .venv/.tipline-stamp
else
  log ".venv is up to date"
fi

# .venv-rasa: Rasa only, from the project's own pins.
stamp=$(stamp_of bot/runtime/requirements.in bot/runtime/constraints.txt)
if [ ! -x .venv-rasa/bin/rasa ] || [ "$(cat .venv-rasa/.tipline-stamp 2>/dev/null)" != "$stamp" ]; then
  log "creating .venv-rasa (Rasa 3.6.21; several minutes the first time)"
  [ -x .venv-rasa/bin/python ] || "$PY" -m venv .venv-rasa
  .venv-rasa/bin/python -m pip install -q --upgrade pip
  .venv-rasa/bin/python -m pip install -q --prefer-binary \
      -c bot/runtime/constraints.txt -r bot/runtime/requirements.in
  .venv-rasa/bin/python -m pip install -q --no-deps --ignore-requires-python \
      rasa==3.6.21 rasa-sdk==3.6.2
  echo "$stamp" > .venv-rasa/.tipline-stamp
else
  log ".venv-rasa is up to date"
fi

log "ready: .venv/bin/tipline --help"
