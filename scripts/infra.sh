#!/usr/bin/env bash
# Makes sure the local PostgreSQL and RabbitMQ that the tests and the local run use are installed, running and set up:
# the databases and the RabbitMQ virtual hosts below. Safe to run again; changes nothing that is already right.
# Installing needs root (apt-get); starting and setting up needs the local superusers (postgres, rabbitmqctl).
set -euo pipefail

DATABASES=(oms oms_platform_test oms_product_test oms_order_test oms_product_system oms_order_system oms_bench_product oms_bench_order oms_product_console oms_order_console)
VHOSTS=(oms-test-platform oms-test-product oms-test-order oms-system-test oms-bench)
PG_HOST=${PGHOST:-127.0.0.1}
PG_USER=${PGUSER:-postgres}

log() { printf '[infra] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The major version of the java on the PATH, 0 when there is none.
java_major() {
  command -v java >/dev/null 2>&1 || { echo 0; return; }
  java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

install_missing() {
  local packages=()
  command -v pg_ctlcluster >/dev/null 2>&1 || packages+=(postgresql postgresql-client)
  command -v rabbitmq-server >/dev/null 2>&1 || packages+=(rabbitmq-server)
  command -v curl >/dev/null 2>&1 || packages+=(curl ca-certificates) # scripts/run-system.sh waits with it
  [ "$(java_major)" -ge 17 ] 2>/dev/null || packages+=(openjdk-17-jdk-headless) # the build and the services
  if [ ${#packages[@]} -gt 0 ]; then
    log "installing with apt-get (root or sudo): ${packages[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  fi
}

pg_ready() { pg_isready -q -h "$PG_HOST" -p 5432; }

start_postgresql() {
  if ! pg_ready; then
    local version
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    log "starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  fi
  for _ in $(seq 1 60); do pg_ready && break; sleep 1; done
  pg_ready || { log "PostgreSQL did not start"; exit 1; }
  # The tests connect over TCP as postgres; a new cluster wants a password for that, so give it the one they use.
  # (From /: the user postgres may not enter a checkout under /root, and psql says so.)
  if ! PGPASSWORD=postgres psql -h "$PG_HOST" -U "$PG_USER" -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    (cd / && as_root su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"")
  fi
}

rabbit_ready() { as_root rabbitmqctl -q status >/dev/null 2>&1; }

start_rabbitmq() {
  if ! rabbit_ready; then
    log "starting RabbitMQ"
    as_root rabbitmq-server -detached || true
  fi
  for _ in $(seq 1 90); do rabbit_ready && break; sleep 1; done
  rabbit_ready || { log "RabbitMQ did not start"; exit 1; }
  for _ in $(seq 1 30); do (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null && break; sleep 1; done
}

create_databases() {
  for db in "${DATABASES[@]}"; do
    if ! PGPASSWORD=postgres psql -h "$PG_HOST" -U "$PG_USER" -d postgres -tAc \
        "select 1 from pg_database where datname = '$db'" | grep -q 1; then
      log "creating database $db"
      PGPASSWORD=postgres psql -q -h "$PG_HOST" -U "$PG_USER" -d postgres -c "CREATE DATABASE $db"
    fi
  done
}

create_vhosts() {
  for vhost in "${VHOSTS[@]}"; do
    if ! as_root rabbitmqctl -q list_vhosts | grep -qx "$vhost"; then
      log "creating RabbitMQ virtual host $vhost"
      as_root rabbitmqctl -q add_vhost "$vhost"
    fi
    as_root rabbitmqctl -q set_permissions -p "$vhost" guest '.*' '.*' '.*'
  done
}

# Work queues declared by an older build (before at-least-once dead-lettering) would be refused when the consumers
# declare them again with the new arguments. The test virtual hosts are fixtures: delete those queues, the suites
# declare them afresh. (A deployment upgrades as docs/operations.md says.)
delete_outdated_work_queues() {
  for vhost in "${VHOSTS[@]}"; do
    as_root rabbitmqctl -q list_queues -p "$vhost" name arguments 2>/dev/null \
      | awk '/x-delivery-limit/ && !/x-dead-letter-strategy/ { print $1 }' \
      | while read -r queue; do
          log "deleting outdated work queue $queue in $vhost"
          as_root rabbitmqctl -q delete_queue -p "$vhost" "$queue" >/dev/null </dev/null
        done
  done
}

# Exchanges declared by an older build (before their alternate exchange) would be refused likewise, and rabbitmqctl
# cannot delete an exchange: a test virtual host that has one is deleted, and created afresh below.
delete_vhosts_with_outdated_exchanges() {
  for vhost in "${VHOSTS[@]}"; do
    if as_root rabbitmqctl -q list_exchanges -p "$vhost" name arguments </dev/null 2>/dev/null \
        | awk '$1 ~ /^oms\.[a-z]+-events$/ && !/alternate-exchange/ { found = 1 } END { exit !found }'; then
      log "deleting virtual host $vhost: its exchanges predate their alternate exchange"
      as_root rabbitmqctl -q delete_vhost "$vhost" >/dev/null </dev/null
    fi
  done
}

install_missing
start_postgresql
start_rabbitmq
create_databases
delete_vhosts_with_outdated_exchanges
create_vhosts
delete_outdated_work_queues
log "PostgreSQL on $PG_HOST:5432 and RabbitMQ on 127.0.0.1:5672 are ready"
