#!/usr/bin/env bash
# Runs every test of the workspace. Installs moto's server (PyPI `moto[server]`) first when
# `moto_server` is missing, so the integration tests can start it on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

# `MOTO_SERVER` (a path to the server) wins over PATH in the tests' launcher.
if [ -z "${MOTO_SERVER:-}" ] && ! command -v moto_server >/dev/null 2>&1; then
  echo "installing moto[server] (moto_server not found)" >&2
  python3 -m pip install --quiet --disable-pip-version-check 'moto[server]>=5' boto3 \
    || python3 -m pip install --quiet --user --disable-pip-version-check 'moto[server]>=5' boto3
  hash -r
  # pip puts scripts next to its interpreter (or in the user base): not always on PATH.
  if ! command -v moto_server >/dev/null 2>&1; then
    scripts=$(python3 -c 'import os, sysconfig
print(sysconfig.get_path("scripts"))
print(sysconfig.get_path("scripts", os.name + "_user"))' 2>/dev/null || true)
    while IFS= read -r dir; do
      if [ -n "$dir" ] && [ -x "$dir/moto_server" ]; then
        export PATH="$dir:$PATH"
        break
      fi
    done <<<"$scripts
$HOME/.local/bin"
  fi
  if ! command -v moto_server >/dev/null 2>&1; then
    echo "moto_server is still not on PATH after installing moto[server]" >&2
    exit 1
  fi
  echo "using $(command -v moto_server)" >&2
fi
if ! python3 -c 'import boto3' >/dev/null 2>&1; then
  python3 -m pip install --quiet --disable-pip-version-check boto3
fi

cargo test --workspace --all-targets "$@"
cargo test --workspace --doc "$@"
