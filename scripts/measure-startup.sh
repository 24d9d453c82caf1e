#!/usr/bin/env bash
# Measures product-service start-up on JDK 25: process start -> first 200 from a query endpoint
# (GET /api/products/{id}), for the plain JVM and with the JDK AOT cache (the -Paot build), alternating runs so both
# see the same machine load. Prints the medians and writes every run to target/startup/runs.csv.
# Usage: scripts/measure-startup.sh [runs per variant, default 7]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
JDK=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PORT=${PORT:-18081}
OUT=target/startup
APP=product-service/target/quarkus-app
mkdir -p "$OUT"

bash scripts/infra.sh >/dev/null
echo "building product-service for PostgreSQL with the AOT cache (JDK 25)"
JAVA_HOME=$JDK PATH=$JDK/bin:$PATH ./mvnw -B -q --no-transfer-progress package -Paot -DskipTests \
  -Ddb.kind=postgresql -pl product-service -am
[ -f "$APP/app.aot" ] || { echo "no $APP/app.aot was built"; exit 1; }

export QUARKUS_HTTP_PORT=$PORT
export QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/oms_bench_product
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/oms_bench_product
export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
export RABBITMQ_HOST=127.0.0.1 RABBITMQ_VHOST=oms-bench
# The development token key, passed explicitly as an operator would pass the identity provider's, and allowed
# explicitly (a packaged service refuses it otherwise).
export MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:$PWD/dev/jwt/dev-public-key.pem MP_JWT_VERIFY_ISSUER=https://oms.dev.local
export OMS_SECURITY_DEVELOPMENT_KEY_ALLOWED=true
admin=$(scripts/token.sh startup-admin catalog-admin --key dev/jwt/dev-private-key.pem)

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts the service, waits for the first 200 from $1, prints the milliseconds it took, stops the service.
run_once() {
  local url=$1; shift
  local start pid
  start=$(now_ms)
  (cd "$APP" && exec "$JDK/bin/java" "$@" -jar quarkus-run.jar) >"$OUT/last.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" = "200" ]; do
    kill -0 $pid 2>/dev/null || { echo "service died, see $OUT/last.log" >&2; exit 1; }
  done
  echo $(( $(now_ms) - start ))
  kill $pid; wait $pid 2>/dev/null || true
}

# One product to read; created through the API of a first, unmeasured start.
(cd "$APP" && exec "$JDK/bin/java" -jar quarkus-run.jar) >"$OUT/setup.log" 2>&1 &
setup=$!
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
  kill -0 $setup 2>/dev/null || { echo "service did not start, see $OUT/setup.log" >&2; exit 1; }
  sleep 0.2
done
id=$(curl -fs -X POST "http://127.0.0.1:$PORT/api/products" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $admin" \
  -d "{\"sku\":\"START-$RANDOM$RANDOM\",\"name\":\"Start-up probe\",\"category\":\"bench\",\"price\":1,\"stock\":1}" \
  | sed -E 's/.*"id":"([^"]+)".*/\1/')
kill $setup; wait $setup 2>/dev/null || true
url="http://127.0.0.1:$PORT/api/products/$id"

echo "variant,run,ms" >"$OUT/runs.csv"
for i in $(seq 1 "$RUNS"); do
  echo "jvm,$i,$(run_once "$url")" >>"$OUT/runs.csv"
  echo "aot,$i,$(run_once "$url" -XX:AOTCache=app.aot)" >>"$OUT/runs.csv"
done

median() { grep "^$1," "$OUT/runs.csv" | cut -d, -f3 | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
jvm=$(median jvm); aot=$(median aot)
echo "runs per variant: $RUNS (JDK $("$JDK/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2), $(nproc) cores)"
echo "median start-up to first 200: plain JVM ${jvm} ms, AOT cache ${aot} ms (AOT/JVM = $(awk "BEGIN {printf \"%.2f\", $aot/$jvm}"))"
