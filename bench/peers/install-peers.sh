#!/usr/bin/env bash
# Installs the peer tools run.sh compares kehoach with, only those missing (quiet and quick
# otherwise): Taskwarrior, hyperfine, GNU time, sqlite3 and tmux from Debian; VisiData 3.4 from PyPI.
set -euo pipefail
missing=""
command -v task >/dev/null 2>&1 || missing="$missing taskwarrior"
command -v hyperfine >/dev/null 2>&1 || missing="$missing hyperfine"
[ -x /usr/bin/time ] || missing="$missing time"
command -v sqlite3 >/dev/null 2>&1 || missing="$missing sqlite3"
command -v tmux >/dev/null 2>&1 || missing="$missing tmux"
command -v valgrind >/dev/null 2>&1 || missing="$missing valgrind"
if [ -n "$missing" ]; then
  echo "Installing:$missing"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
# Exactly the version the baseline measured: another VisiData may draw or load differently.
if ! vd --version 2>/dev/null | grep -q 'v3\.4$'; then
  echo "Installing: visidata==3.4 (PyPI)"
  python3 -m pip install -q visidata==3.4
fi
