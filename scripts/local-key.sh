#!/usr/bin/env bash
# Makes a token signing key pair of this machine's own (once; later runs keep it) in .local/jwt/ (ignored by git and
# docker), for running the packaged system without trusting the public development key of dev/jwt:
#   JWT_PUBLIC_KEY_FILE=.local/jwt/public-key.pem      the key the services verify tokens with (docker compose,
#                                                      scripts/run-system.sh)
#   JWT_PRIVATE_KEY_FILE=.local/jwt/private-key.pem    the key scripts/token.sh then signs with
# Usage: scripts/local-key.sh [DIRECTORY]   (default .local/jwt); prints the directory.
# With java (JDK 17+) on the PATH it uses platform/testing's LocalKeyPair; a Docker-only machine may use openssl.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-.local/jwt}
if command -v java >/dev/null 2>&1; then
  exec java platform/testing/src/main/java/dev/oms/platform/testing/LocalKeyPair.java "$dir"
fi
if [ ! -f "$dir/private-key.pem" ] || [ ! -f "$dir/public-key.pem" ]; then
  command -v openssl >/dev/null 2>&1 || { echo "local-key.sh needs java (17+) or openssl" >&2; exit 1; }
  mkdir -p "$dir"
  (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/private-key.pem" 2>/dev/null)
  openssl pkey -in "$dir/private-key.pem" -pubout -out "$dir/public-key.pem"
fi
echo "$dir"
