#!/usr/bin/env bash
# Runs every test of the workspace. Installs the pinned moto[server], boto3 and botocore
# first when they are missing or at another version (scripts/install-moto.sh), so the
# integration tests start the same moto on 127.0.0.1 on every machine; likewise s3s-fs
# (crates.io, scripts/install-s3s-fs.sh), the S3 server that checks signatures.
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

# --all-features: boto-services' generated services (off by default) and their tests too.
cargo test --workspace --all-targets --all-features "$@"
cargo test --workspace --doc --all-features "$@"
