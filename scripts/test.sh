#!/usr/bin/env bash
# Runs every test of the workspace. Installs moto's server (PyPI `moto[server]`) and boto3
# first when they are missing, so the integration tests can start it on 127.0.0.1; likewise
# s3s-fs (crates.io), the S3 server that checks signatures.
set -euo pipefail
cd "$(dirname "$0")/.."

# `MOTO_SERVER` (a path to the server) wins over PATH in the tests' launcher.
MOTO_SERVER=$(scripts/install-moto.sh)
export MOTO_SERVER
echo "using $MOTO_SERVER" >&2
# An S3 server that verifies signatures and presigned URLs (`cargo install`ed when missing);
# `S3S_FS` wins over PATH in its launcher too.
S3S_FS=$(scripts/install-s3s-fs.sh)
export S3S_FS
echo "using $S3S_FS" >&2

cargo test --workspace --all-targets "$@"
cargo test --workspace --doc "$@"
