#!/usr/bin/env bash
# Prints the path of moto's server (`moto_server`), installing it (PyPI `moto[server]`, with
# boto3) first when it cannot be found. Progress goes to stderr, the path alone to stdout.
# `MOTO_SERVER` (a path to the server) wins over PATH, as in the tests' launcher.
set -euo pipefail

find_moto() {
  if [ -n "${MOTO_SERVER:-}" ]; then
    echo "$MOTO_SERVER"
    return 0
  fi
  if command -v moto_server >/dev/null 2>&1; then
    command -v moto_server
    return 0
  fi
  # pip puts scripts next to its interpreter (or in the user base): not always on PATH.
  local scripts dir
  scripts=$(python3 -c 'import os, sysconfig
print(sysconfig.get_path("scripts"))
print(sysconfig.get_path("scripts", os.name + "_user"))' 2>/dev/null || true)
  while IFS= read -r dir; do
    if [ -n "$dir" ] && [ -x "$dir/moto_server" ]; then
      echo "$dir/moto_server"
      return 0
    fi
  done <<<"$scripts
$HOME/.local/bin"
  return 1
}

if ! path=$(find_moto); then
  echo "installing moto[server] (moto_server not found)" >&2
  python3 -m pip install --quiet --disable-pip-version-check 'moto[server]>=5' boto3 >&2 \
    || python3 -m pip install --quiet --user --disable-pip-version-check 'moto[server]>=5' boto3 >&2
  hash -r
  if ! path=$(find_moto); then
    echo "moto_server is still not found after installing moto[server]" >&2
    exit 1
  fi
fi
if ! python3 -c 'import boto3' >/dev/null 2>&1; then
  python3 -m pip install --quiet --disable-pip-version-check boto3 >&2
fi
echo "$path"
