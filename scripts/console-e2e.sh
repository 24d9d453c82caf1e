#!/usr/bin/env bash
# The web console in a real browser against the running system: product-service, order-service and the console as
# packaged processes on this machine's PostgreSQL and RabbitMQ (databases and a virtual host of their own), driven by
# Playwright in Debian's Chromium (headless), with axe-core on every page. Part of scripts/test.sh.
#   scripts/console-e2e.sh                 builds the three jars first
#   SKIP_BUILD=1 scripts/console-e2e.sh    uses the jars already built (scripts/test.sh, after Maven's verify)
#   SCREENSHOTS=1 scripts/console-e2e.sh   also refreshes the screenshots in docs/console/
#   scripts/console-e2e.sh COMMAND...      runs COMMAND in web-console/e2e instead of the tests (CONSOLE_URL is set)
# Installs Node.js and Chromium (apt) and the two npm packages (npm ci) when missing. Ports: PRODUCT_PORT [18280],
# ORDER_PORT [18281], CONSOLE_PORT [18282] (development sign-in), OIDC_CONSOLE_PORT [18283] (a second console, signing
# in through a stand-in OpenID Connect provider, e2e/identity-provider.js, on PROVIDER_PORT [18284]). The provider and
# the development sign-in sign with the development key under the provider's issuer, which the services are told to
# trust.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PRODUCT_PORT=${PRODUCT_PORT:-18280}
ORDER_PORT=${ORDER_PORT:-18281}
CONSOLE_PORT=${CONSOLE_PORT:-18282}
OIDC_CONSOLE_PORT=${OIDC_CONSOLE_PORT:-18283}
PROVIDER_PORT=${PROVIDER_PORT:-18284}
ISSUER=http://127.0.0.1:$PROVIDER_PORT
# the console's client at the stand-in provider; a secret for this run only
CLIENT_SECRET=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
VHOST=oms-console
PRODUCT_DB=oms_product_console
ORDER_DB=oms_order_console
LOGS=$ROOT/target/console-e2e
declare -A PIDS=()

log() { printf '[console-e2e] %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

reset_vhost() {
  as_root rabbitmqctl -q delete_vhost "$VHOST" >/dev/null 2>&1 || true
  as_root rabbitmqctl -q add_vhost "$VHOST"
  as_root rabbitmqctl -q set_permissions -p "$VHOST" guest '.*' '.*' '.*'
}

cleanup() {
  local status=$?
  for name in "${!PIDS[@]}"; do kill "${PIDS[$name]}" 2>/dev/null || true; done
  for name in "${!PIDS[@]}"; do
    for _ in $(seq 1 40); do kill -0 "${PIDS[$name]}" 2>/dev/null || break; sleep 0.5; done
    kill -9 "${PIDS[$name]}" 2>/dev/null || true
  done
  # nothing of this run is left for the next one: its messages, nor its virtual host
  as_root rabbitmqctl -q delete_vhost "$VHOST" >/dev/null 2>&1 || true
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building product-service, order-service and the console"
  ./mvnw -B -q --no-transfer-progress package -DskipTests -Ddb.kind=postgresql -pl product-service,order-service,web-console -am
fi
if ! command -v npm >/dev/null 2>&1; then
  log "installing Node.js and npm (Debian's)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm >/dev/null
fi
if [ ! -x /usr/bin/chromium ]; then
  log "installing Chromium (Debian's)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
fi
(cd web-console/e2e && npm ci --no-audit --no-fund --loglevel=error)

bash scripts/infra.sh >/dev/null
reset_vhost
mkdir -p "$LOGS"

# start NAME JAR PORT [VAR=VALUE...]
start() {
  local name=$1 jar=$2 port=$3; shift 3
  env QUARKUS_HTTP_PORT="$port" "$@" java -Xmx256m -jar "$jar" >"$LOGS/$name.log" 2>&1 &
  PIDS[$name]=$!
}

# the stand-in identity provider, first: the second console reads its discovery document on the first sign-in
env ISSUER="$ISSUER" SIGNING_KEY="$ROOT/dev/jwt/dev-private-key.pem" CLIENT_ID=oms-console CLIENT_SECRET="$CLIENT_SECRET" \
  node web-console/e2e/identity-provider.js >"$LOGS/identity-provider.log" 2>&1 &
PIDS[identity-provider]=$!

# a service on its own database (emptied at start), this run's virtual host, and the development key, which a packaged
# service trusts only when told that this is a local run
service_env() {
  echo QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/$1 \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$1 \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    RABBITMQ_HOST=127.0.0.1 RABBITMQ_VHOST=$VHOST \
    QUARKUS_FLYWAY_CLEAN_AT_START=true QUARKUS_FLYWAY_CLEAN_DISABLED=false \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:$ROOT/dev/jwt/dev-public-key.pem MP_JWT_VERIFY_ISSUER=$ISSUER \
    OMS_SECURITY_DEVELOPMENT_KEY_ALLOWED=true
}

wait_ready() {
  local name=$1 url=$2
  for _ in $(seq 1 240); do
    kill -0 "${PIDS[$name]}" 2>/dev/null || { log "$name exited; see ${LOGS#$ROOT/}/$name.log"; exit 1; }
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 0.5
  done
  log "$name not ready after 120 s; see ${LOGS#$ROOT/}/$name.log"
  exit 1
}

# shellcheck disable=SC2046
start product-service product-service/target/quarkus-app/quarkus-run.jar "$PRODUCT_PORT" $(service_env $PRODUCT_DB)
# shellcheck disable=SC2046
start order-service order-service/target/quarkus-app/quarkus-run.jar "$ORDER_PORT" $(service_env $ORDER_DB)
start web-console web-console/target/quarkus-app/quarkus-run.jar "$CONSOLE_PORT" \
  QUARKUS_PROFILE=e2e OMS_SECURITY_DEVELOPMENT_KEY_ALLOWED=true OMS_CONSOLE_SIGN_IN_ISSUER="$ISSUER" \
  OMS_CONSOLE_PRODUCT_URL=http://127.0.0.1:$PRODUCT_PORT OMS_CONSOLE_ORDER_URL=http://127.0.0.1:$ORDER_PORT
# as a deployment runs it: no development sign-in, the provider's, cookies only over HTTPS (or to 127.0.0.1)
start web-console-oidc web-console/target/quarkus-app/quarkus-run.jar "$OIDC_CONSOLE_PORT" \
  OMS_CONSOLE_OIDC_ENABLED=true OMS_CONSOLE_OIDC_ISSUER="$ISSUER" OMS_CONSOLE_OIDC_CLIENT_ID=oms-console \
  OMS_CONSOLE_OIDC_CLIENT_SECRET="$CLIENT_SECRET" \
  OMS_CONSOLE_PRODUCT_URL=http://127.0.0.1:$PRODUCT_PORT OMS_CONSOLE_ORDER_URL=http://127.0.0.1:$ORDER_PORT
wait_ready product-service "http://127.0.0.1:$PRODUCT_PORT/q/health/ready"
wait_ready order-service "http://127.0.0.1:$ORDER_PORT/q/health/ready"
wait_ready web-console "http://127.0.0.1:$CONSOLE_PORT/q/health/ready"
wait_ready web-console-oidc "http://127.0.0.1:$OIDC_CONSOLE_PORT/q/health/ready"
wait_ready identity-provider "$ISSUER/.well-known/openid-configuration"
log "system up (logs in ${LOGS#$ROOT/}/); running the browser tests"

cd web-console/e2e
export CONSOLE_URL=http://127.0.0.1:$CONSOLE_PORT OIDC_CONSOLE_URL=http://127.0.0.1:$OIDC_CONSOLE_PORT
if [ $# -gt 0 ]; then
  "$@"
else
  npm test
fi
