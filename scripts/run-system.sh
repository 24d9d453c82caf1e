#!/usr/bin/env bash
# Runs the whole system.
#   With a Docker engine: docker compose (SQL Server 2022, RabbitMQ and both services in containers).
#   Without one: both services as local processes, built for PostgreSQL, on this machine's PostgreSQL and RabbitMQ.
# Usage: scripts/run-system.sh [start|stop]   (start is the default; stop ends what start began)
# Ports: PRODUCT_PORT (default 8081), ORDER_PORT (default 8082) and CONSOLE_PORT (the web console, 8083), on either
# path. The console's sign-in mints tokens with the local private key for any name and role, so it listens on this
# machine only (127.0.0.1).
# Tokens: on either path the services trust a key pair of this machine's own, made once by scripts/local-key.sh in
# .local/jwt/ (or the public key JWT_PUBLIC_KEY_FILE names), never the public development key of dev/jwt; mint tokens
# with JWT_PRIVATE_KEY_FILE=.local/jwt/private-key.pem scripts/token.sh SUBJECT ROLES.
# API docs: /q/openapi and /q/swagger-ui are served on this laptop path unless API_DOCS_ENABLED=false (a production
# install keeps them off).
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_DIR=target/run
PRODUCT_PORT=${PRODUCT_PORT:-8081}
ORDER_PORT=${ORDER_PORT:-8082}
CONSOLE_PORT=${CONSOLE_PORT:-8083}
export API_DOCS_ENABLED=${API_DOCS_ENABLED:-true}

log() { printf '[run] %s\n' "$*"; }

# The public key the services trust: JWT_PUBLIC_KEY_FILE, else this machine's own (made on the first start).
ensure_key() {
  if [ -z "${JWT_PUBLIC_KEY_FILE:-}" ]; then
    local dir
    dir=$(scripts/local-key.sh)
    JWT_PUBLIC_KEY_FILE="$dir/public-key.pem"
    JWT_PRIVATE_KEY_FILE=${JWT_PRIVATE_KEY_FILE:-$dir/private-key.pem}
  fi
  export JWT_PUBLIC_KEY_FILE JWT_PRIVATE_KEY_FILE
  log "tokens are verified with $JWT_PUBLIC_KEY_FILE"
}

have_docker() { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }

wait_up() {
  local name=$1 url=$2
  for _ in $(seq 1 120); do
    if curl -fsS "$url" >/dev/null 2>&1; then log "$name is UP: $url"; return 0; fi
    sleep 1
  done
  log "$name did not become ready; see $RUN_DIR/$name.log"
  return 1
}

# The first build downloads Maven and every dependency (several minutes, nothing to show for it on a quiet build): it
# reports every 15 s what it has downloaded and which module it builds; the whole output is in $RUN_DIR/build.log.
build() {
  log "building both services and the console for PostgreSQL (log: $RUN_DIR/build.log)"
  ./mvnw -B package -DskipTests -Ddb.kind=postgresql -pl product-service,order-service,web-console -am >"$RUN_DIR/build.log" 2>&1 &
  local pid=$! started=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    for _ in $(seq 1 15); do kill -0 "$pid" 2>/dev/null && sleep 1; done
    kill -0 "$pid" 2>/dev/null || break
    log "building, $((SECONDS - started)) s: $(grep -c '^\[INFO\] Downloaded from' "$RUN_DIR/build.log" || true) artifacts downloaded;" \
      "$(grep -o 'Building OMS :: .*' "$RUN_DIR/build.log" | tail -n 1 | sed 's/ [0-9.]*-SNAPSHOT.*//')"
  done
  if ! wait "$pid"; then
    log "the build failed; the end of $RUN_DIR/build.log:"
    tail -n 30 "$RUN_DIR/build.log"
    exit 1
  fi
  log "built in $((SECONDS - started)) s"
}

stop_local() {
  for name in web-console order-service product-service; do
    if [ -f "$RUN_DIR/$name.pid" ]; then
      local pid
      pid=$(cat "$RUN_DIR/$name.pid")
      kill "$pid" 2>/dev/null || true
      # Until it has exited (it drains its requests and messages first): its port is free and its database idle then.
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      rm -f "$RUN_DIR/$name.pid"
      log "stopped $name"
    fi
  done
}

start_local() {
  bash scripts/infra.sh
  ensure_key
  mkdir -p "$RUN_DIR"
  build
  stop_local
  start_service product-service "$PRODUCT_PORT" catalog
  start_service order-service "$ORDER_PORT" ordering
  wait_up product-service "http://127.0.0.1:$PRODUCT_PORT/q/health/ready"
  wait_up order-service "http://127.0.0.1:$ORDER_PORT/q/health/ready"
  start_console
  wait_up web-console "http://127.0.0.1:$CONSOLE_PORT/q/health/ready"
  log "web console: http://127.0.0.1:$CONSOLE_PORT/"
  log "product API: http://127.0.0.1:$PRODUCT_PORT/api/products    order API: http://127.0.0.1:$ORDER_PORT/api/orders"
  log "tokens: JWT_PRIVATE_KEY_FILE=.local/jwt/private-key.pem scripts/token.sh SUBJECT ROLES"
  log "stop with: scripts/run-system.sh stop"
}

# Both services share the local database "oms", each in its own schema (catalog, ordering). They trust the local key
# (see the top); a real deployment gives them its identity provider's key, issuer and audience instead.
start_service() {
  local name=$1 port=$2
  QUARKUS_HTTP_PORT=$port \
  QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/oms \
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/oms \
  QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=postgres \
  RABBITMQ_HOST=127.0.0.1 \
  OMS_API_DOCS_ENABLED="$API_DOCS_ENABLED" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$(realpath "$JWT_PUBLIC_KEY_FILE")" \
  MP_JWT_VERIFY_ISSUER=https://oms.dev.local \
    nohup java -jar "$name/target/quarkus-app/quarkus-run.jar" >"$RUN_DIR/$name.log" 2>&1 &
  echo $! >"$RUN_DIR/$name.pid"
  log "started $name (pid $!, port $port, log $RUN_DIR/$name.log)"
}

# The console passes the pages' calls to both services; its sign-in signs with the local private key when there is one
# (JWT_PRIVATE_KEY_FILE), which is why it is bound to this machine.
start_console() {
  local sign_in=false key=
  if [ -n "${JWT_PRIVATE_KEY_FILE:-}" ] && [ -f "$JWT_PRIVATE_KEY_FILE" ]; then
    sign_in=true
    key=$(realpath "$JWT_PRIVATE_KEY_FILE")
  fi
  QUARKUS_HTTP_PORT=$CONSOLE_PORT \
  QUARKUS_HTTP_HOST=127.0.0.1 \
  OMS_CONSOLE_PRODUCT_URL=http://127.0.0.1:$PRODUCT_PORT \
  OMS_CONSOLE_ORDER_URL=http://127.0.0.1:$ORDER_PORT \
  OMS_CONSOLE_SIGN_IN_ENABLED=$sign_in \
  OMS_CONSOLE_SIGN_IN_KEY_LOCATION=$key \
    nohup java -jar web-console/target/quarkus-app/quarkus-run.jar >"$RUN_DIR/web-console.log" 2>&1 &
  echo $! >"$RUN_DIR/web-console.pid"
  log "started web-console (pid $!, port $CONSOLE_PORT, sign-in: $sign_in, log $RUN_DIR/web-console.log)"
}

case "${1:-start}" in
  start)
    if have_docker; then
      log "Docker found: starting SQL Server, RabbitMQ and both services with docker compose"
      ensure_key
      # the console's sign-in signs with the local private key, when this machine's own key pair is the one in use
      [ -n "${JWT_PRIVATE_KEY_FILE:-}" ] && export CONSOLE_SIGN_IN=${CONSOLE_SIGN_IN:-true}
      PRODUCT_PORT=$PRODUCT_PORT ORDER_PORT=$ORDER_PORT CONSOLE_PORT=$CONSOLE_PORT docker compose up --build --detach --wait
      log "web console: http://127.0.0.1:$CONSOLE_PORT/"
      log "product API: http://127.0.0.1:$PRODUCT_PORT/api/products    order API: http://127.0.0.1:$ORDER_PORT/api/orders"
      log "tokens: JWT_PRIVATE_KEY_FILE=.local/jwt/private-key.pem scripts/token.sh SUBJECT ROLES"
    else
      log "no Docker engine: running both services locally on PostgreSQL and RabbitMQ"
      start_local
    fi
    ;;
  stop)
    if have_docker; then docker compose down; else stop_local; fi
    ;;
  *)
    echo "usage: $0 [start|stop]" >&2
    exit 2
    ;;
esac
