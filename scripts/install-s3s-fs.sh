#!/usr/bin/env bash
# Prints the path of `s3s-fs`, an S3-compatible server that verifies SigV4 signatures (and
# presigned URLs), installing it with `cargo install` first when it cannot be found. Progress
# goes to stderr, the path alone to stdout. `S3S_FS` (a path to the server) wins over PATH, as
# in the tests' launcher.
#
# The version is pinned and built from its own lock file. 0.14.0 is the newest release whose
# minimum Rust (1.92) the project's toolchain meets; 0.15 and later need 1.96. The build uses
# its own target directory so it never waits on (or invalidates) the workspace's.
set -euo pipefail

VERSION=0.14.0

find_s3s_fs() {
  if [ -n "${S3S_FS:-}" ]; then
    echo "$S3S_FS"
    return 0
  fi
  if command -v s3s-fs >/dev/null 2>&1; then
    command -v s3s-fs
    return 0
  fi
  local bin="${CARGO_HOME:-$HOME/.cargo}/bin/s3s-fs"
  if [ -x "$bin" ]; then
    echo "$bin"
    return 0
  fi
  return 1
}

if ! path=$(find_s3s_fs); then
  echo "installing s3s-fs $VERSION (s3s-fs not found)" >&2
  CARGO_TARGET_DIR="${S3S_FS_TARGET_DIR:-${TMPDIR:-/tmp}/s3s-fs-install-target}" \
    cargo install --quiet --locked --version "=$VERSION" --features binary s3s-fs >&2
  hash -r
  if ! path=$(find_s3s_fs); then
    echo "s3s-fs is still not found after cargo install" >&2
    exit 1
  fi
fi
echo "$path"
