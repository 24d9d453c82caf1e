#!/usr/bin/env bash
# Mints a token (RS256, audience "oms"), valid for an hour by default.
#   scripts/token.sh alice customer              a customer whose customer id is "alice"
#   scripts/token.sh admin catalog-admin         may change the catalogue
#   scripts/token.sh picker fulfilment           may read all orders and ship, deliver, cancel them
#   scripts/token.sh bob customer --ttl 60       options: --ttl SECONDS, --issuer ISS, --audience AUD, --key PEM
# It signs with --key, else with $JWT_PRIVATE_KEY_FILE (a key of your own, e.g. .local/jwt/private-key.pem from
# scripts/local-key.sh, which docker compose is given), else with the development key dev/jwt/dev-private-key.pem,
# which only the dev and test profiles, and local runs that opt in (OMS_SECURITY_DEVELOPMENT_KEY_ALLOWED), trust.
set -euo pipefail
cd "$(dirname "$0")/.."
# One minter for scripts and tests alike (JDK only, run as a source-file program).
exec java platform/testing/src/main/java/dev/oms/platform/testing/DevTokens.java "$@"
