#!/usr/bin/env bash
# Prints the path of moto's server (`moto_server`), installing the pinned Python side first
# (PyPI `moto[server]`, boto3, botocore) when it is missing or at another version, so every
# machine tests against the same server and generates from the same botocore models.
# Progress goes to stderr, the path alone to stdout. `MOTO_SERVER` (a path to the server)
# wins over PATH, as in the tests' launcher, and skips the version check.
set -euo pipefail

MOTO_VERSION=5.2.1
BOTO3_VERSION=1.43.11
BOTOCORE_VERSION=1.43.11
PINNED=("moto[server]==$MOTO_VERSION" "boto3==$BOTO3_VERSION" "botocore==$BOTOCORE_VERSION")

# True when the installed moto, boto3 and botocore are the pinned versions.
pinned_installed() {
  python3 - "$MOTO_VERSION" "$BOTO3_VERSION" "$BOTOCORE_VERSION" <<'PY' >/dev/null 2>&1
import sys
from importlib.metadata import version
want = dict(zip(("moto", "boto3", "botocore"), sys.argv[1:]))
sys.exit(0 if all(version(name) == v for name, v in want.items()) else 1)
PY
}

pip_install() {
  python3 -m pip install --quiet --disable-pip-version-check "$@" >&2 \
    || python3 -m pip install --quiet --user --disable-pip-version-check "$@" >&2
}

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

if [ -z "${MOTO_SERVER:-}" ] && ! pinned_installed; then
  echo "installing ${PINNED[*]}" >&2
  pip_install "${PINNED[@]}"
  hash -r
fi
if ! path=$(find_moto); then
  echo "moto_server is not found after installing ${PINNED[*]}" >&2
  exit 1
fi
echo "$path"
