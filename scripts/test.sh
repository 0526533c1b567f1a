#!/usr/bin/env bash
# Runs every test of the workspace. Installs moto's server (PyPI `moto[server]`) first when
# `moto_server` is missing, so the integration tests can start it on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v moto_server >/dev/null 2>&1; then
  echo "installing moto[server] (moto_server not found)" >&2
  python3 -m pip install --quiet --disable-pip-version-check 'moto[server]>=5' boto3 \
    || python3 -m pip install --quiet --user --disable-pip-version-check 'moto[server]>=5' boto3
  hash -r
  if ! command -v moto_server >/dev/null 2>&1; then
    export PATH="$HOME/.local/bin:$PATH"
  fi
fi
if ! python3 -c 'import boto3' >/dev/null 2>&1; then
  python3 -m pip install --quiet --disable-pip-version-check boto3
fi

cargo test --workspace --all-targets "$@"
cargo test --workspace --doc "$@"
