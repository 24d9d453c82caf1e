#!/usr/bin/env bash
# Mints a development token (RS256, signed with dev/jwt/dev-private-key.pem), valid for an hour by default.
#   scripts/token.sh alice customer              a customer whose customer id is "alice"
#   scripts/token.sh admin catalog-admin         may change the catalogue
#   scripts/token.sh picker fulfilment           may read all orders and ship, deliver, cancel them
#   scripts/token.sh bob customer --ttl 60       options: --ttl SECONDS, --issuer ISS, --key PEM
# Only services running in the dev or test profile accept these tokens.
set -euo pipefail
cd "$(dirname "$0")/.."
# One minter for scripts and tests alike (JDK only, run as a source-file program).
exec java platform/testing/src/main/java/dev/oms/platform/testing/DevTokens.java "$@"
