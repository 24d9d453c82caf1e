#!/usr/bin/env bash
# Runs one service in Quarkus dev mode (live reload, Dev UI at /q/dev-ui) against this machine's PostgreSQL and
# RabbitMQ, the same ones scripts/run-system.sh uses (database oms, schemas catalog and ordering), with no Docker:
# Dev Services are off because the database and broker are given.
# Usage: scripts/dev.sh product-service|order-service      (port: PRODUCT_PORT / ORDER_PORT, default 8081 / 8082)
set -euo pipefail
cd "$(dirname "$0")/.."
service=${1:-}
case "$service" in
  product-service) port=${PRODUCT_PORT:-8081} ;;
  order-service) port=${ORDER_PORT:-8082} ;;
  *) echo "usage: $0 product-service|order-service" >&2; exit 2 ;;
esac

bash scripts/infra.sh
# The dev profile trusts the development key of dev/jwt (scripts/token.sh mints tokens with it).
export QUARKUS_HTTP_PORT=$port
export QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/oms
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/oms
export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
export RABBITMQ_HOST=127.0.0.1
export QUARKUS_DEVSERVICES_ENABLED=false # nothing to start in Docker: the database and the broker are given
echo "[dev] $service in dev mode on port $port; press q to stop, s to restart"
# The platform and event-contracts are taken from this checkout's sources (Quarkus reads the Maven workspace).
exec ./mvnw --no-transfer-progress -Ddb.kind=postgresql -pl "$service" quarkus:dev
