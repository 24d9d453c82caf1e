#!/usr/bin/env bash
# The benchmark of issue 8: starts product-service, order-service and the bare HTTP route (http-ceiling) as processes
# on this machine's PostgreSQL (databases oms_bench_product, oms_bench_order, cleaned at start) and RabbitMQ (virtual
# host oms-bench, emptied at start), seeds the catalogue, runs the Gatling simulations of load-tests/, samples each
# process's resident memory, stops everything (also on failure), and writes the one-page summary and Gatling's HTML
# reports under docs/benchmarks/.
#
#   scripts/benchmark.sh              the full run (20 to 30 minutes); run it on a quiet machine
#   scripts/benchmark.sh --smoke      every simulation for a few seconds at a low rate; writes nothing under docs/
#   scripts/benchmark.sh --only=orders,list   the seeding, then only these simulations (read, probe, list, mix,
#                                     orders) at full size; the summary goes to target/benchmark-only/summary/
#   scripts/benchmark.sh --compare=COMMIT     side by side: the order throughput simulations (--only=throughput unless
#                                     --only says otherwise) against COMMIT's services, then against this working
#                                     tree's, one after the other with the same settings; the summary gives each
#                                     figure for both and their ratio: target/benchmark-compare/summary/README.md
#                                     (with --publish: docs/benchmarks/compare.md)
#   options: --skip-build (reuse the jars already built)
#            --jfr (record each process with Java Flight Recorder, settings=profile, into target/benchmark-*/jfr/;
#                   read with `jfr print --events jdk.ExecutionSample FILE` or JDK Mission Control)
#
# Settings from the environment (defaults in brackets):
#   PRODUCT_PORT [18181] ORDER_PORT [18182] CEILING_PORT [18189]   (by default, the next free one if taken)
#   SERVICE_JAVA_OPTS [-Xmx256m]     JVM options of the two services and the ceiling
#   GATLING_JAVA_OPTS [-Xms1g -Xmx1g -XX:+UseParallelGC]
#   SEED_COUNT [10000]  ORDERS_STEADY_RATE [20]  ORDERS_TARGET_RATE [1000]  ORDERS_SETTLE_SECONDS [120]
#   THROUGHPUT_CLIENTS [32]  THROUGHPUT_SECONDS [20]  THROUGHPUT_RATE [200]
#                                    the throughput group: a warm-up (not reported), closed-model orders over many
#                                    products and on one hot product, then orders placed at THROUGHPUT_RATE per second
#                                    for 30 s
#   WARMUP_SECONDS [30]  WARMUP_JIT_PERCENT [10]  WARMUP_ROUNDS [8]
#                                    the warm-up: rounds of WARMUP_SECONDS until the services' JIT compiler threads
#                                    took under WARMUP_JIT_PERCENT of their CPU in a round, at most WARMUP_ROUNDS
#   LIST_WARMUP_SECONDS [10]         list pages asked for, unmeasured, before the list simulation's measured 30 s
#   BENCH_OPTS []                    more -Dbench.* settings for every simulation (see load-tests/)
#   BENCH_OUTPUT [docs/benchmarks]   where a full run writes its summary and reports (a trial can write elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

MODE=full
BUILD=yes
JFR=no
ONLY=
COMPARE=
PUBLISH=no
for arg in "$@"; do
  case "$arg" in
    --compare=*) COMPARE=${arg#--compare=} ;;
    --publish) PUBLISH=yes ;;
    --smoke) MODE=smoke ;;
    --only=*) MODE=only; ONLY=",${arg#--only=}," ;;
    --skip-build) BUILD=no ;;
    --jfr) JFR=yes ;;
    -h|--help) awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done
for name in ${ONLY//,/ }; do
  case "$name" in
    read|probe|list|mix|orders|throughput) ;;
    *) echo "unknown simulation in --only: $name (read, probe, list, mix, orders, throughput)" >&2; exit 2 ;;
  esac
done

# --- side by side: this script twice, against the base commit's services and this tree's -------------------------
if [ -n "$COMPARE" ]; then
  CMP=$ROOT/target/benchmark-compare
  base_commit=$(git rev-parse --verify "$COMPARE^{commit}")
  rm -rf "$CMP"
  git worktree prune
  mkdir -p "$CMP"
  git worktree add --detach "$CMP/base-src" "$base_commit" >/dev/null
  trap 'git worktree remove --force "$CMP/base-src" 2>/dev/null || true' EXIT
  bash scripts/infra.sh
  printf '[bench] building the base services (%s)\n' "$(git rev-parse --short=12 "$base_commit")"
  (cd "$CMP/base-src" && ./mvnw -B -q --no-transfer-progress package -DskipTests -Ddb.kind=postgresql -Dspotless.check.skip=true \
    -pl product-service,order-service -am)
  if [ "$BUILD" = yes ]; then
    printf '[bench] building this tree'"'"'s services, the ceiling and the simulations\n'
    ./mvnw -B -q --no-transfer-progress package -DskipTests -Ddb.kind=postgresql -Dspotless.check.skip=true \
      -pl product-service,order-service,http-ceiling,load-tests -am
  fi
  side_options=(--only="${ONLY:-,throughput,}" --skip-build)
  [ "$JFR" = yes ] && side_options+=(--jfr)
  status=0
  export BENCH_COMMAND="scripts/benchmark.sh $*"
  BENCH_WORK=$CMP/base BENCH_JAR_ROOT=$CMP/base-src bash "$0" "${side_options[@]}" || status=$?
  BENCH_WORK=$CMP/new bash "$0" "${side_options[@]}" || status=$?
  out=$CMP/summary
  [ "$PUBLISH" = yes ] && out=$ROOT/docs/benchmarks
  classpath="$ROOT/load-tests/target/test-classes:$(cat "$ROOT/load-tests/target/gatling-classpath.txt")"
  java -cp "$classpath" dev.oms.bench.CompareSummary "$CMP/base" "$CMP/new" "$out"
  printf '[bench] side by side: %s\n' "$out/$([ "$PUBLISH" = yes ] && echo compare.md || echo README.md)"
  exit $status
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# the first free port from $1 on (a port given in the environment is taken as it is)
first_free_port() {
  local port=$1
  while ! port_free "$port"; do port=$((port + 10)); done
  echo "$port"
}
PRODUCT_PORT=${PRODUCT_PORT:-$(first_free_port 18181)}
ORDER_PORT=${ORDER_PORT:-$(first_free_port 18182)}
CEILING_PORT=${CEILING_PORT:-$(first_free_port 18189)}
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:--Xmx256m}
GATLING_JAVA_OPTS=${GATLING_JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseParallelGC}
# what gatling-maven-plugin gives Gatling's JVM: it reaches into java.lang, and inlines deeper
GATLING_JVM_FIXED="-XX:MaxInlineLevel=20 -XX:MaxTrivialSize=12 --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED"
BENCH_OPTS=${BENCH_OPTS:-}
VHOST=oms-bench
PRODUCT_DB=oms_bench_product
ORDER_DB=oms_bench_order
ISSUER=https://oms.dev.local

WORK=${BENCH_WORK:-$ROOT/target/benchmark-$MODE}
# where the two services' jars come from: this tree, or the base commit's worktree in a side-by-side run
JARS=${BENCH_JAR_ROOT:-$ROOT}
RESULTS=$WORK/results
GATLING_OUT=$WORK/gatling
LOGS=$WORK/logs
RUN=$WORK/run.properties
DOCS=$(realpath -m "${BENCH_OUTPUT:-$ROOT/docs/benchmarks}")

log() { printf '[bench] %s\n' "$*"; }

# --- processes, and stopping them whatever happens ----------------------------------------------------------------
declare -A PIDS=()
SAMPLER=

cleanup() {
  local status=$?
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  for name in "${!PIDS[@]}"; do
    kill "${PIDS[$name]}" 2>/dev/null || true
  done
  for name in "${!PIDS[@]}"; do
    for _ in $(seq 1 40); do kill -0 "${PIDS[$name]}" 2>/dev/null || break; sleep 0.5; done
    kill -9 "${PIDS[$name]}" 2>/dev/null || true
  done
  if [ ${#PIDS[@]} -gt 0 ]; then
    log "stopped ${!PIDS[*]}"
    # the orders still queued when the run stopped would otherwise reach the next user of the virtual host (the smoke)
    reset_vhost || true
  fi
  exit $status
}

reset_vhost() {
  rabbitmqctl -q delete_vhost "$VHOST" >/dev/null 2>&1 || true
  rabbitmqctl -q add_vhost "$VHOST"
  rabbitmqctl -q set_permissions -p "$VHOST" guest '.*' '.*' '.*'
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start NAME JAR PORT [VAR=VALUE...]: the process gets the variables in its environment
start() {
  local name=$1 jar=$2 port=$3; shift 3
  local jfr=()
  port_free "$port" || { log "port $port (for $name) is taken; set another in the environment"; exit 1; }
  if [ "$JFR" = yes ]; then
    mkdir -p "$WORK/jfr"
    jfr=("-XX:StartFlightRecording=filename=$WORK/jfr/$name.jfr,settings=profile,dumponexit=true")
  fi
  # shellcheck disable=SC2086
  env QUARKUS_HTTP_PORT="$port" "$@" java $SERVICE_JAVA_OPTS "${jfr[@]}" -jar "$jar" >"$LOGS/$name.log" 2>&1 &
  PIDS[$name]=$!
  log "started $name (pid ${PIDS[$name]}, port $port, log ${LOGS#$ROOT/}/$name.log)"
}

# the environment of a service: its database, the benchmark's virtual host, and the development token keys, which a
# packaged service trusts only when told explicitly (a local run)
service_env() {
  local db=$1
  echo QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/$db \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db \
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
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then log "$name ready"; return 0; fi
    sleep 0.5
  done
  log "$name not ready after 120 s; see ${LOGS#$ROOT/}/$name.log"
  exit 1
}

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# CPU time a process has used so far (user + system), in milliseconds: fields 14 and 15 of /proc/PID/stat, in clock
# ticks (the command name, field 2, may hold spaces, hence the split after its closing parenthesis)
cpu_ms() {
  local fields
  fields=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
  # shellcheck disable=SC2086
  set -- $fields
  echo $(( (${12} + ${13}) * 1000 / $(getconf CLK_TCK) ))
}

# CPU time PostgreSQL has used so far, in milliseconds: every live postgres process, plus what the postmaster's
# children that have exited used (fields 16 and 17 of its stat), so a backend ending mid-simulation still counts
postgresql_cpu_ms() {
  local total=0 pid fields postmaster
  for pid in $(pgrep -x postgres); do total=$((total + $(cpu_ms "$pid"))); done
  postmaster=$(pgrep -o -x postgres) || { echo 0; return; }
  fields=$(sed 's/^.*) //' "/proc/$postmaster/stat" 2>/dev/null) || { echo "$total"; return; }
  # shellcheck disable=SC2086
  set -- $fields
  echo $(( total + (${14} + ${15}) * 1000 / $(getconf CLK_TCK) ))
}

# CPU time the RabbitMQ node (the Erlang VM) has used so far, in milliseconds
rabbitmq_cpu_ms() {
  local total=0 pid
  for pid in $(pgrep -f beam.smp); do total=$((total + $(cpu_ms "$pid"))); done
  echo "$total"
}

# thread_cpu_ms PID REGEX: CPU time the process's live threads named so (/proc comm) have used so far, in milliseconds;
# the JIT's compiler threads ("C2 CompilerThre") and the garbage collector's ("GC Thread#0", "G1 Conc#0") by name.
# The JVM starts and ends compiler threads as the work needs: cat skips one that ended after the glob was expanded
# (awk, given the files, stopped at it and the whole reading was 0), and the reading is whatever could be read.
thread_cpu_ms() {
  cat /proc/"$1"/task/*/stat 2>/dev/null | awk -v hz="$(getconf CLK_TCK)" -v pattern="$2" '{
      start = index($0, "("); end = length($0) - index(reverse($0), ")") + 1
      comm = substr($0, start + 1, end - start - 1); split(substr($0, end + 2), fields, " ")
      if (comm ~ pattern) total += fields[12] + fields[13] }
    function reverse(text,   out, i) { out = ""; for (i = length(text); i > 0; i--) out = out substr(text, i, 1); return out }
    END { print int(total * 1000 / hz) }' || true
}
JIT_THREADS='^C[12] CompilerThre'
GC_THREADS='^(GC Thread|G1 )'

# CPU time all cores have been busy so far, in milliseconds: the first line of /proc/stat without idle and iowait
machine_cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '/^cpu / {print int(($2 + $3 + $4 + $7 + $8 + $9) * 1000 / hz); exit}' /proc/stat
}

# Every second, each process's VmRSS into $WORK/rss.log (epoch name kB), until stopped.
start_sampler() {
  (
    while true; do
      now=$(date +%s)
      for name in "${!PIDS[@]}"; do echo "$now $name $(rss_kb "${PIDS[$name]}")"; done
      sleep 1
    done
  ) >>"$WORK/rss.log" &
  SAMPLER=$!
}

stop_sampler() { kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true; SAMPLER=; }

# Waits until a service's outbox has published everything (the relay drains it at its own pace), so that a
# simulation does not start behind the events of the one before.
wait_outbox_drained() {
  local db=$1 schema=$2 pending
  for _ in $(seq 1 1200); do
    pending=$(PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -d "$db" -tAc \
      "select count(*) from $schema.outbox_event where published_at is null" 2>/dev/null || echo '?')
    [ "$pending" = 0 ] && return 0
    sleep 1
  done
  log "the $schema outbox still has $pending events pending after 20 minutes"
  return 1
}

# What each service's consumers have done so far, per consumer and outcome (processed, duplicate, retried,
# batch-undone, ...), as run.properties lines: a batch undone or a message retried costs its work again, which the
# CPU per order shows but does not explain; and how many batches they ran for how many messages (the mean batch)
consumer_outcomes() {
  local name=$1 port=$2 prefix=$3
  curl -fsS "http://127.0.0.1:$port/q/metrics" 2>/dev/null \
    | awk -v prefix="$prefix.$name" '
      function label(line, name) { sub(".*" name "=\"", "", line); sub(/".*/, "", line); return line }
      function value(line,   fields) { sub(/^[^}]*\} /, "", line); split(line, fields, " "); return fields[1] }  # an exemplar may follow
      /^oms_messages_consumed_total\{/ { printf "%s.%s.%s=%d\n", prefix, label($0, "consumer"), label($0, "outcome"), value($0) }
      /^oms_consumer_batch_size_(count|sum)\{/ {
        stat = $0; sub(/^oms_consumer_batch_size_/, "", stat); sub(/\{.*/, "", stat)
        printf "%s.%s.batches.%s=%d\n", prefix, label($0, "consumer"), stat, value($0) }' || true
}

# gatling SIMULATION [-Dbench.x=y ...]: runs one simulation in a JVM of its own; records its exit code
GATLING_FAILED=()
gatling() {
  local simulation=$1; shift
  local classpath reports_flag=() status=0
  classpath="$ROOT/load-tests/target/test-classes:$(cat "$ROOT/load-tests/target/gatling-classpath.txt")"
  [ "$MODE" = smoke ] && reports_flag=(-nr)
  log "running $simulation"
  local name before=() shared_before
  for name in product-service order-service; do
    before+=("$(cpu_ms "${PIDS[$name]}")" "$(thread_cpu_ms "${PIDS[$name]}" "$JIT_THREADS")"
             "$(thread_cpu_ms "${PIDS[$name]}" "$GC_THREADS")")
  done
  shared_before=("$(postgresql_cpu_ms)" "$(rabbitmq_cpu_ms)" "$(machine_cpu_ms)")
  # shellcheck disable=SC2086
  java $GATLING_JVM_FIXED $GATLING_JAVA_OPTS -cp "$classpath" \
    -Dbench.product-url="http://127.0.0.1:$PRODUCT_PORT" -Dbench.order-url="http://127.0.0.1:$ORDER_PORT" \
    -Dbench.ceiling-url="http://127.0.0.1:$CEILING_PORT" -Dbench.results-dir="$RESULTS" \
    -Dbench.repository-root="$ROOT" -Dbench.customer-id=bench-customer \
    -Dbench.token.catalog-admin="$ADMIN_TOKEN" -Dbench.token.customer="$CUSTOMER_TOKEN" \
    -Dbench.token.fulfilment="$FULFILMENT_TOKEN" $BENCH_OPTS "$@" \
    io.gatling.app.Gatling -s "dev.oms.bench.$simulation" -rf "$GATLING_OUT" "${reports_flag[@]}" \
    >"$LOGS/$simulation.log" 2>&1 || status=$?
  echo "exit.$simulation${RESULTS_NAME:+.$RESULTS_NAME}=$status" >>"$RUN"
  local i=0
  for name in product-service order-service; do
    echo "cpu-ms.$simulation${RESULTS_NAME:+.$RESULTS_NAME}.$name=$(( $(cpu_ms "${PIDS[$name]}") - before[i] ))" >>"$RUN"
    # of which the JIT compiling and the garbage collector: a simulation that runs while the JIT still compiles the
    # order path pays for it per order
    echo "cpu-ms.$simulation${RESULTS_NAME:+.$RESULTS_NAME}.$name.jit=$(( $(thread_cpu_ms "${PIDS[$name]}" "$JIT_THREADS") - before[i + 1] ))" >>"$RUN"
    echo "cpu-ms.$simulation${RESULTS_NAME:+.$RESULTS_NAME}.$name.gc=$(( $(thread_cpu_ms "${PIDS[$name]}" "$GC_THREADS") - before[i + 2] ))" >>"$RUN"
    i=$((i + 3))
  done
  # what the database, the broker and the machine as a whole (the load generator included) used meanwhile
  echo "cpu-ms.$simulation${RESULTS_NAME:+.$RESULTS_NAME}.postgresql=$(( $(postgresql_cpu_ms) - shared_before[0] ))" >>"$RUN"
  echo "cpu-ms.$simulation${RESULTS_NAME:+.$RESULTS_NAME}.rabbitmq=$(( $(rabbitmq_cpu_ms) - shared_before[1] ))" >>"$RUN"
  echo "cpu-ms.$simulation${RESULTS_NAME:+.$RESULTS_NAME}.machine=$(( $(machine_cpu_ms) - shared_before[2] ))" >>"$RUN"
  # cumulative since the services started: subtract the simulation before for this one's
  consumer_outcomes product-service "$PRODUCT_PORT" "consumed.$simulation${RESULTS_NAME:+.$RESULTS_NAME}" >>"$RUN"
  consumer_outcomes order-service "$ORDER_PORT" "consumed.$simulation${RESULTS_NAME:+.$RESULTS_NAME}" >>"$RUN"
  case $status in
    0) log "$simulation done" ;;
    2) log "$simulation finished with an assertion failed (more than 1% of requests failed); see ${LOGS#$ROOT/}/$simulation.log"
       GATLING_FAILED+=("$simulation") ;;
    *) log "$simulation did not finish (exit $status); see ${LOGS#$ROOT/}/$simulation.log"
       GATLING_FAILED+=("$simulation") ;;
  esac
}

# Rounds of the warm-up simulation until the services' JIT compiler threads took under WARMUP_JIT_PERCENT of their CPU
# in a round (at most WARMUP_ROUNDS): a simulation measured while the order path is still being compiled pays for the
# compiling per order. The rounds run and the last round's share go into run.properties.
warm_up() {
  local round=0 total jit share
  while :; do
    round=$((round + 1))
    RESULTS_NAME=warmup-$round gatling OrderThroughputSimulation -Dbench.results.name="warmup-$round" "${WARMUP[@]}"
    total=0 jit=0
    for name in product-service order-service; do
      total=$((total + $(property "cpu-ms.OrderThroughputSimulation.warmup-$round.$name")))
      jit=$((jit + $(property "cpu-ms.OrderThroughputSimulation.warmup-$round.$name.jit")))
    done
    share=$(( total > 0 ? 100 * jit / total : 0 ))
    log "warm-up round $round: the JIT took $share% of the services' CPU"
    # below 0: a compiler thread ended during the round and took its time with it; not a reading to stop on
    if { [ "$jit" -ge 0 ] && [ "$share" -lt "$WARMUP_JIT_PERCENT" ]; } || [ "$round" -ge "$WARMUP_ROUNDS" ]; then
      echo "warmup.rounds=$round" >>"$RUN"
      echo "warmup.jit-percent=$share" >>"$RUN"
      return 0
    fi
  done
}

# property KEY: the last value run.properties holds for KEY (0 if none)
property() { awk -F= -v key="$1" '$1 == key {value = $2} END {print value + 0}' "$RUN"; }

# selected NAME: whether this run includes the simulation (all of them unless --only names some)
selected() { [ -z "$ONLY" ] || [[ "$ONLY" == *",$1,"* ]]; }

# Gatling's HTML reports, one folder per simulation run, without the raw simulation.log (binary, large); the scripts
# and styles every report carries alike (about half a megabyte) are kept once, in assets/, and the pages point there.
publish_reports() {
  local from=$1 to=$2 report name
  rm -rf "$to"
  mkdir -p "$to/assets"
  for report in "$from"/*/; do
    [ -f "$report/index.html" ] || continue
    name=$(basename "$report")
    mkdir -p "$to/$name/js"
    cp "$report"/*.html "$to/$name/"
    cp "$report/js/stats.js" "$to/$name/js/"
    [ -d "$to/assets/style" ] || { cp -r "$report/style" "$to/assets/"; cp -r "$report/js" "$to/assets/"; rm -f "$to/assets/js/stats.js"; }
    sed -i -E 's#(src|href)="(style|js)/#\1="../assets/\2/#g; s#"../assets/js/stats.js"#"js/stats.js"#g' \
      "$to/$name"/*.html
  done
}

# --- the run ------------------------------------------------------------------------------------------------------
rm -rf "$WORK"
mkdir -p "$RESULTS" "$GATLING_OUT" "$LOGS"

bash scripts/infra.sh
# A run starts from an empty broker: messages a previous run left in the durable queues would reach this run's services.
reset_vhost

if [ "$BUILD" = yes ]; then
  log "building the services (PostgreSQL), the ceiling and the simulations"
  ./mvnw -B -q --no-transfer-progress package -DskipTests -Ddb.kind=postgresql -Dspotless.check.skip=true \
    -pl product-service,order-service,http-ceiling,load-tests -am
fi

ADMIN_TOKEN=$(scripts/token.sh bench-admin catalog-admin --ttl 14400 --key dev/jwt/dev-private-key.pem)
CUSTOMER_TOKEN=$(scripts/token.sh bench-customer customer --ttl 14400 --key dev/jwt/dev-private-key.pem)
FULFILMENT_TOKEN=$(scripts/token.sh bench-fulfilment fulfilment --ttl 14400 --key dev/jwt/dev-private-key.pem)

# shellcheck disable=SC2046
start product-service "$JARS/product-service/target/quarkus-app/quarkus-run.jar" "$PRODUCT_PORT" $(service_env $PRODUCT_DB)
# shellcheck disable=SC2046
start order-service "$JARS/order-service/target/quarkus-app/quarkus-run.jar" "$ORDER_PORT" $(service_env $ORDER_DB)
start http-ceiling http-ceiling/target/quarkus-app/quarkus-run.jar "$CEILING_PORT"
wait_ready product-service "http://127.0.0.1:$PRODUCT_PORT/q/health/ready"
wait_ready order-service "http://127.0.0.1:$ORDER_PORT/q/health/ready"
wait_ready http-ceiling "http://127.0.0.1:$CEILING_PORT/ceiling"

if [ "$MODE" = smoke ]; then
  SEED_COUNT=${SEED_COUNT:-300}
  READ=(-Dbench.read.rate=50 -Dbench.read.warmup-seconds=1 -Dbench.read.seconds=3 -Dbench.read.miss-rate=50
        -Dbench.read.miss-seconds=2)
  PROBE=(-Dbench.probe.users=8 -Dbench.probe.warmup-seconds=1 -Dbench.probe.seconds=3)
  LIST=(-Dbench.list.rate=50 -Dbench.list.pages-per-query=3 -Dbench.list.page-size=5 -Dbench.list.warmup-seconds=1
        -Dbench.list.seconds=3)
  MIX=(-Dbench.mix.start-rate=20 -Dbench.mix.step=20 -Dbench.mix.levels=2 -Dbench.mix.level-seconds=3
       -Dbench.mix.warmup-seconds=2)
  ORDERS_STEADY=(-Dbench.orders.rate=5 -Dbench.orders.seconds=3 -Dbench.orders.settle-seconds=60)
  ORDERS_TARGET=(-Dbench.orders.rate=20 -Dbench.orders.seconds=3 -Dbench.orders.settle-seconds=60)
  WARMUP=(-Dbench.throughput.clients=2 -Dbench.throughput.seconds=2 -Dbench.throughput.settle-seconds=60)
  WARMUP_ROUNDS=1 WARMUP_JIT_PERCENT=100
  THROUGHPUT=(-Dbench.throughput.clients=4 -Dbench.throughput.seconds=3 -Dbench.throughput.settle-seconds=60)
  AT_RATE=(-Dbench.orders.rate=10 -Dbench.orders.seconds=3 -Dbench.orders.settle-seconds=60)
else
  SEED_COUNT=${SEED_COUNT:-10000}
  READ=() PROBE=() MIX=()
  LIST=(-Dbench.list.warmup-seconds="${LIST_WARMUP_SECONDS:-10}")
  ORDERS_STEADY=(-Dbench.orders.rate="${ORDERS_STEADY_RATE:-20}" -Dbench.orders.seconds=30
                 -Dbench.orders.settle-seconds="${ORDERS_SETTLE_SECONDS:-120}")
  ORDERS_TARGET=(-Dbench.orders.rate="${ORDERS_TARGET_RATE:-1000}" -Dbench.orders.seconds=20
                 -Dbench.orders.settle-seconds="${ORDERS_SETTLE_SECONDS:-120}")
  WARMUP=(-Dbench.throughput.clients=16 -Dbench.throughput.seconds="${WARMUP_SECONDS:-30}")
  WARMUP_ROUNDS=${WARMUP_ROUNDS:-8} WARMUP_JIT_PERCENT=${WARMUP_JIT_PERCENT:-10}
  THROUGHPUT=(-Dbench.throughput.clients="${THROUGHPUT_CLIENTS:-32}" -Dbench.throughput.seconds="${THROUGHPUT_SECONDS:-20}"
              -Dbench.throughput.settle-seconds="${ORDERS_SETTLE_SECONDS:-120}")
  AT_RATE=(-Dbench.orders.rate="${THROUGHPUT_RATE:-200}" -Dbench.orders.seconds=30
           -Dbench.orders.settle-seconds="${ORDERS_SETTLE_SECONDS:-120}")
fi

gatling SeedCatalogueSimulation -Dbench.seed.count="$SEED_COUNT" -Dbench.seed.concurrency=32
log "waiting for product-service to publish the catalogue's events"
wait_outbox_drained $PRODUCT_DB catalog
sleep 5
for name in product-service order-service http-ceiling; do
  echo "rss.$name.rest-kb=$(rss_kb "${PIDS[$name]}")" >>"$RUN"
done

# From here on, a simulation that fails is recorded and the run goes on: the summary is written whatever happens.
start_sampler
LOAD_FROM=$(date +%s)
selected read && gatling ProductReadSimulation "${READ[@]}"
selected probe && gatling ThroughputProbeSimulation "${PROBE[@]}"
if selected list; then
  # pages measured while the catalogue's events are still being published are a cold reading, not the steady state
  wait_outbox_drained $PRODUCT_DB catalog || true
  gatling ProductListSimulation "${LIST[@]}"
fi
selected mix && gatling DailyMixSimulation "${MIX[@]}"
if selected orders; then
  (wait_outbox_drained $PRODUCT_DB catalog && wait_outbox_drained $ORDER_DB ordering) || true
  RESULTS_NAME=orders-steady gatling OrdersSimulation -Dbench.results.name=orders-steady "${ORDERS_STEADY[@]}"
  (wait_outbox_drained $PRODUCT_DB catalog && wait_outbox_drained $ORDER_DB ordering) || true
  RESULTS_NAME=orders-target gatling OrdersSimulation -Dbench.results.name=orders-target "${ORDERS_TARGET[@]}"
fi
if selected throughput; then
  drained() { (wait_outbox_drained $PRODUCT_DB catalog && wait_outbox_drained $ORDER_DB ordering) || true; }
  drained
  warm_up
  drained
  RESULTS_NAME=throughput-many gatling OrderThroughputSimulation -Dbench.results.name=throughput-many "${THROUGHPUT[@]}"
  drained
  RESULTS_NAME=throughput-hot gatling OrderThroughputSimulation -Dbench.results.name=throughput-hot \
    -Dbench.throughput.hot=true "${THROUGHPUT[@]}"
  drained
  RESULTS_NAME=orders-at-rate gatling OrdersSimulation -Dbench.results.name=orders-at-rate "${AT_RATE[@]}"
fi
stop_sampler
for name in product-service order-service http-ceiling; do
  echo "rss.$name.load-kb=$(awk -v from="$LOAD_FROM" -v n="$name" '$1 >= from && $2 == n && $3 > max {max = $3} END {print max + 0}' "$WORK/rss.log")" >>"$RUN"
done

# --- the summary --------------------------------------------------------------------------------------------------
commit=$(git -C "$JARS" rev-parse --short=12 HEAD)
git -C "$JARS" diff --quiet HEAD -- . ':!docs/benchmarks' || commit="$commit (with uncommitted changes)"
{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit=$commit"
  echo "machine.cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "machine.cores=$(nproc)"
  echo "machine.memory=$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "jdk=$(java -version 2>&1 | head -n 1)"
  echo "service.jvm-options=$SERVICE_JAVA_OPTS"
  echo "catalogue=$SEED_COUNT products (10 categories, prices 1.00 to 500.99, one in ten out of stock)"
  echo "command=${BENCH_COMMAND:-scripts/benchmark.sh $*}"
} >>"$RUN"

classpath="$ROOT/load-tests/target/test-classes:$(cat "$ROOT/load-tests/target/gatling-classpath.txt")"
if [ "$MODE" = smoke ]; then
  java -cp "$classpath" dev.oms.bench.BenchmarkSummary "$RESULTS" "$RUN" "$WORK/summary" >/dev/null
  log "smoke done: every simulation ran; summary of this smoke (not a result): ${WORK#$ROOT/}/summary/README.md"
elif [ "$MODE" = only ]; then
  java -cp "$classpath" dev.oms.bench.BenchmarkSummary "$RESULTS" "$RUN" "$WORK/summary" >/dev/null
  log "summary of the simulations run (${ONLY//,/ }): ${WORK#$ROOT/}/summary/README.md; reports: ${GATLING_OUT#$ROOT/}/"
else
  java -cp "$classpath" dev.oms.bench.BenchmarkSummary "$RESULTS" "$RUN" "$DOCS"
  publish_reports "$GATLING_OUT" "$DOCS/reports"
  log "summary: ${DOCS#$ROOT/}/README.md and summary.csv; reports: ${DOCS#$ROOT/}/reports/ ($(du -sh "$DOCS/reports" | cut -f1))"
fi
if [ ${#GATLING_FAILED[@]} -gt 0 ]; then
  log "assertions failed in: ${GATLING_FAILED[*]} (the figures are still written)"
  [ "$MODE" = smoke ] && exit 1
fi
exit 0
