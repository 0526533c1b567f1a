#!/usr/bin/env bash
# Runs every test of the workspace. Installs the pinned moto[server], boto3 and botocore
# first when they are missing or at another version (scripts/install-moto.sh), so the
# integration tests start the same moto on 127.0.0.1 on every machine.
set -euo pipefail
cd "$(dirname "$0")/.."

# `MOTO_SERVER` (a path to the server) wins over PATH in the tests' launcher.
MOTO_SERVER=$(scripts/install-moto.sh)
export MOTO_SERVER
echo "using $MOTO_SERVER" >&2

cargo test --workspace --all-targets "$@"
cargo test --workspace --doc "$@"
