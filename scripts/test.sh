#!/usr/bin/env bash
# Runs every test of the workspace. Installs moto's server (PyPI `moto[server]`) and boto3
# first when they are missing, so the integration tests can start it on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

# `MOTO_SERVER` (a path to the server) wins over PATH in the tests' launcher.
MOTO_SERVER=$(scripts/install-moto.sh)
export MOTO_SERVER
echo "using $MOTO_SERVER" >&2

cargo test --workspace --all-targets "$@"
cargo test --workspace --doc "$@"
