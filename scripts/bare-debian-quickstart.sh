#!/usr/bin/env bash
# Rehearses a newcomer's first run of the README's quick start on a bare Debian, and prints how long each phase took.
# NOT run by CI (nor by scripts/test.sh): it needs root, debootstrap and the network, and takes some six minutes from
# scratch. What it showed, with the timings: docs/deployment.md, "The quick start on a bare Debian".
#
#   1. debootstrap --variant=minbase bookworm DIR, from the mirror this machine's apt uses (no git, sudo, curl or java);
#   2. a network namespace of its own (veth pair to this machine, NAT): the chroot has its own loopback, so its
#      PostgreSQL, RabbitMQ and services on 5432/5672/8081/8082 do not collide with this machine's;
#   3. git clone of this checkout's HEAD into DIR/root/oms (commit first: uncommitted changes are not in it);
#   4. in the chroot and the namespace, as root: the README's command 1 (cd /root/oms && scripts/run-system.sh), a
#      cut-down "Try it" (tokens, a product, an order, CONFIRMED), then scripts/run-system.sh stop;
#   5. always: stops what runs in the chroot, unmounts, deletes the namespace, the veth pair and the NAT rules.
#
# Usage: scripts/bare-debian-quickstart.sh [--reuse] [--remove] [DIR]     (DIR: /var/tmp/oms-bare-debian by default)
#   --reuse   keep a DIR whose debootstrap finished (skip phase 1; the clone is still fresh). Not a from-scratch run.
#   --remove  delete DIR at the end (by default it is left for inspection).
#
# What it gives the chroot besides the bare system is this machine's network, nothing else: its proxy variables, its apt
# proxy/validity settings, its locally added CA certificates (an egress proxy here inspects HTTPS) installed with
# update-ca-certificates, and its ~/.m2/settings.xml (a Maven mirror or proxy) when it has one.
set -euo pipefail
cd "$(dirname "$0")/.."
PROJECT=$PWD

REUSE=false REMOVE=false DIR=/var/tmp/oms-bare-debian
for arg in "$@"; do
  case "$arg" in
    --reuse) REUSE=true ;;
    --remove) REMOVE=true ;;
    -*) echo "usage: $0 [--reuse] [--remove] [DIR]" >&2; exit 2 ;;
    *) DIR=$arg ;;
  esac
done
DIR=$(realpath -m "$DIR")
case "$DIR" in /|/var|/var/tmp|/tmp|/root|/home|/work*) echo "refusing DIR $DIR" >&2; exit 2 ;; esac
NS=oms-bare
VETH_HOST=oms-bare0 VETH_NS=oms-bare1
HOST_IP=10.231.0.1 NS_IP=10.231.0.2 SUBNET=10.231.0.0/30
SUITE=bookworm
LOG_DIR=$DIR.logs

log() { printf '[bare] %s\n' "$*"; }
[ "$(id -u)" -eq 0 ] || { echo "run as root" >&2; exit 1; }

# --- timings -------------------------------------------------------------------------------------------------------
TIMINGS=()
timed() { # timed NAME COMMAND...: runs it and records how long it took
  local name=$1 started=$SECONDS
  shift
  log "== $name"
  "$@"
  TIMINGS+=("$(printf '%-44s %5d s' "$name" $((SECONDS - started)))")
}
record() { TIMINGS+=("$(printf '%-44s %5d s' "$1" "$2")"); }

# --- host tools ----------------------------------------------------------------------------------------------------
host_tools() {
  local packages=()
  command -v debootstrap >/dev/null 2>&1 || packages+=(debootstrap)
  command -v iptables >/dev/null 2>&1 || packages+=(iptables)
  command -v git >/dev/null 2>&1 || packages+=(git)
  if [ ${#packages[@]} -gt 0 ]; then
    log "installing on this machine with apt-get: ${packages[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  fi
}

# The first URI of this machine's Debian sources (deb822 or one-line format).
host_mirror() {
  local uri
  uri=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n 1)
  [ -n "$uri" ] || uri=$(awk '$1 == "deb" && $2 !~ /^\[/ && $3 !~ /security/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
  echo "${uri:-http://deb.debian.org/debian}"
}

# --- phase 1: debootstrap ------------------------------------------------------------------------------------------
bootstrap() {
  if $REUSE && [ -f "$DIR/.bootstrap-done" ]; then
    log "reusing $DIR (debootstrap finished earlier)"
    return
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  local mirror
  mirror=$(host_mirror)
  log "debootstrap --variant=minbase $SUITE $DIR $mirror (log: $LOG_DIR/debootstrap.log)"
  debootstrap --variant=minbase "$SUITE" "$DIR" "$mirror" >"$LOG_DIR/debootstrap.log" 2>&1 \
    || { tail -n 20 "$LOG_DIR/debootstrap.log"; exit 1; }
  touch "$DIR/.bootstrap-done"
}

# --- phase 2: network namespace and this machine's network settings ------------------------------------------------
IP_FORWARD_WAS=
network() {
  ip netns add "$NS"
  ip link add "$VETH_HOST" type veth peer name "$VETH_NS"
  ip link set "$VETH_NS" netns "$NS"
  ip addr add "$HOST_IP/30" dev "$VETH_HOST"
  ip link set "$VETH_HOST" up
  ip -n "$NS" link set lo up
  ip -n "$NS" addr add "$NS_IP/30" dev "$VETH_NS"
  ip -n "$NS" link set "$VETH_NS" up
  ip -n "$NS" route add default via "$HOST_IP"
  IP_FORWARD_WAS=$(cat /proc/sys/net/ipv4/ip_forward)
  echo 1 >/proc/sys/net/ipv4/ip_forward
  iptables -t nat -A POSTROUTING -s "$SUBNET" ! -o "$VETH_HOST" -j MASQUERADE
  iptables -I FORWARD -s "$SUBNET" -j ACCEPT
  iptables -I FORWARD -d "$SUBNET" -j ACCEPT
  log "namespace $NS: $NS_IP via $HOST_IP ($VETH_HOST), NAT for $SUBNET"
}

# DNS, hosts, apt sources and settings, proxies, CA certificates, Maven settings: what this machine's network needs.
chroot_settings() {
  # A resolver on this machine's loopback is not reachable from the namespace: use the one it forwards to.
  local resolv=/etc/resolv.conf
  if grep -q '^nameserver 127\.' /etc/resolv.conf && [ -f /run/systemd/resolve/resolv.conf ]; then
    resolv=/run/systemd/resolve/resolv.conf
  fi
  rm -f "$DIR/etc/resolv.conf"
  cp "$resolv" "$DIR/etc/resolv.conf"
  # As the Debian installer writes it: RabbitMQ's node name is rabbit@$(hostname), which must resolve.
  printf '127.0.0.1\tlocalhost\n127.0.1.1\t%s\n::1\tlocalhost ip6-localhost ip6-loopback\n' "$(hostname)" >"$DIR/etc/hosts"
  # The same mirror and suites as this machine (main, updates, security), as a freshly installed Debian has them.
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    cp /etc/apt/sources.list.d/debian.sources "$DIR/etc/apt/sources.list.d/"
    : >"$DIR/etc/apt/sources.list"
  fi
  # apt settings about proxies and the mirror's validity (a snapshot mirror has an old Release date).
  local f
  for f in /etc/apt/apt.conf.d/*; do
    if [ -f "$f" ] && grep -qiE 'proxy|Check-Valid-Until|Check-Date' "$f"; then
      cp "$f" "$DIR/etc/apt/apt.conf.d/"
      log "apt setting for this machine's network: $f"
    fi
  done
  grep -iE '^(https?|ftp|no|all)_proxy=' /etc/environment >>"$DIR/etc/environment" 2>/dev/null || true
  if [ -f "$HOME/.m2/settings.xml" ]; then
    mkdir -p "$DIR/root/.m2"
    cp "$HOME/.m2/settings.xml" "$DIR/root/.m2/settings.xml"
    log "Maven settings of this machine (its mirror/proxy) copied to /root/.m2/settings.xml"
  fi
  if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
    log "this machine's local CA certificates: $(cd /usr/local/share/ca-certificates && echo *.crt)"
    in_chroot 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ca-certificates >/dev/null'
    mkdir -p "$DIR/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$DIR/usr/local/share/ca-certificates/"
    in_chroot 'update-ca-certificates >/dev/null 2>&1'
  fi
}

MOUNTED=()
mounts() {
  mount -t proc proc "$DIR/proc" && MOUNTED+=("$DIR/proc")
  mount -t sysfs sysfs "$DIR/sys" && MOUNTED+=("$DIR/sys")
  mount --bind /dev "$DIR/dev" && MOUNTED+=("$DIR/dev")
  mount --bind /dev/pts "$DIR/dev/pts" && MOUNTED+=("$DIR/dev/pts")
  mount -t tmpfs -o mode=1777 shm "$DIR/dev/shm" && MOUNTED+=("$DIR/dev/shm")
}

# The proxy variables of this environment, passed on; nothing else of it.
PROXY_ENV=()
while IFS= read -r line; do PROXY_ENV+=("$line"); done < <(env | grep -iE '^(https?|ftp|no|all)_proxy=' || true)

in_chroot() { # in_chroot 'COMMANDS': as root, in a login-like environment, in the namespace and the chroot
  ip netns exec "$NS" chroot "$DIR" /usr/bin/env -i HOME=/root USER=root LOGNAME=root TERM=dumb LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin ${PROXY_ENV[@]+"${PROXY_ENV[@]}"} \
    /bin/bash -c "$1"
}

# Prefixes every line with the seconds since the phase began, and keeps it in a log.
stamped() { # stamped LOGFILE
  local started=$SECONDS line
  while IFS= read -r line; do printf '%5ds %s\n' $((SECONDS - started)) "$line"; done | tee "$1"
}

# --- phase 3: the project, as a newcomer gets it -------------------------------------------------------------------
clone() {
  [ -z "$(git -C "$PROJECT" status --porcelain)" ] || log "note: $PROJECT has uncommitted changes; the clone has HEAD only"
  rm -rf "$DIR/root/oms"
  git clone -q "$PROJECT" "$DIR/root/oms"
  log "cloned $(git -C "$DIR/root/oms" log -1 --format='%h %s' | cut -c1-100)"
}

# --- phase 4: the README's command 1, then "Try it" ----------------------------------------------------------------
RUN_STATUS=1
run_system() {
  set +e
  in_chroot 'cd /root/oms && scripts/run-system.sh' 2>&1 | stamped "$LOG_DIR/run-system.log"
  RUN_STATUS=${PIPESTATUS[0]}
  set -e
  # The parts, from run-system.sh's own log lines (the seconds at the start of each line).
  at() { grep -m 1 -F "$1" "$LOG_DIR/run-system.log" | sed -E 's/^ *([0-9]+)s.*/\1/' || true; }
  local install built build_start up
  # apt-get's own lines (debconf's notes) are not infra.sh's: the install ends at infra.sh's next line.
  install=$(sed -n '/\[infra\] installing with apt-get/,$p' "$LOG_DIR/run-system.log" | grep -F '[infra]' | head -n 2 \
    | sed -E 's/^ *([0-9]+)s.*/\1/' | paste -sd ' ' || true)
  [[ "$install" == *" "* ]] && record "  infra.sh apt-get install" $(( ${install#* } - ${install% *} ))
  build_start=$(at '[run] building both services')
  [ -n "$build_start" ] && record "  infra.sh in all (install, start, set up)" "$build_start"
  built=$(at '[run] built in')
  [ -n "$built" ] && record "  the build (./mvnw package)" $((built - build_start))
  up=$(at 'order-service is UP')
  [ -n "$up" ] && record "  start to both UP" $((up - built))
  [ "$RUN_STATUS" -eq 0 ] || { log "scripts/run-system.sh failed ($RUN_STATUS); see $LOG_DIR/run-system.log"; return 1; }
}

try_it() {
  set +e
  in_chroot "$(cat <<'EOF'
set -euo pipefail
cd /root/oms
step() { printf '[try] %-34s %3d s\n' "$1" $((SECONDS - t)); t=$SECONDS; }
t=$SECONDS
export JWT_PRIVATE_KEY_FILE=.local/jwt/private-key.pem   # the key pair scripts/run-system.sh made and the system trusts
admin=$(scripts/token.sh admin-1 catalog-admin)
step "token (admin)"
alice=$(scripts/token.sh alice customer)
step "token (alice)"
product=$(curl -fsS -X POST http://127.0.0.1:8081/api/products -H "Authorization: Bearer $admin" \
  -H 'Content-Type: application/json' \
  -d '{"sku":"MUG-'"$(date +%s)"'","name":"Espresso cup","category":"kitchen","price":7.25,"stock":10}' | sed -E 's/.*"id":"([^"]+)".*/\1/')
step "create product"
echo "[try] product $product"
order=$(curl -fsS -X POST http://127.0.0.1:8082/api/orders -H "Authorization: Bearer $alice" \
  -H 'Content-Type: application/json' \
  -d "{\"lines\":[{\"productId\":\"$product\",\"quantity\":3}]}" | sed -E 's/.*"id":"([^"]+)".*/\1/')
step "place order (202, PENDING)"
echo "[try] order $order"
for _ in $(seq 1 60); do
  answer=$(curl -fsS http://127.0.0.1:8082/api/orders/$order -H "Authorization: Bearer $alice")
  case "$answer" in *'"status":"CONFIRMED"'*) break ;; esac
  sleep 0.5
done
step "order CONFIRMED"
echo "$answer"
curl -fsS http://127.0.0.1:8081/api/products/$product; echo
case "$answer" in *'"status":"CONFIRMED"'*) ;; *) echo "[try] the order is not CONFIRMED" >&2; exit 1 ;; esac
EOF
)" 2>&1 | tee "$LOG_DIR/try-it.log"
  local status=${PIPESTATUS[0]}
  set -e
  local line
  while IFS= read -r line; do
    record "  $(echo "$line" | sed -E 's/^\[try\] (.{34}).*/\1/' | sed 's/ *$//')" "$(echo "$line" | sed -E 's/.* ([0-9]+) s$/\1/')"
  done < <(grep '^\[try\]' "$LOG_DIR/try-it.log" | grep ' s$')
  return "$status"
}

stop_system() { in_chroot 'cd /root/oms && scripts/run-system.sh stop'; }

# --- phase 5: cleanup, always --------------------------------------------------------------------------------------
chroot_pids() { # every process whose root directory is the chroot
  local p
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$DIR" ] && echo "${p#/proc/}"
  done
  return 0
}

cleanup() {
  local status=$?
  set +e
  trap - EXIT INT TERM
  log "cleaning up"
  if ip netns list 2>/dev/null | grep -qw "$NS" && [ -x "$DIR/bin/bash" ] && [ -d "$DIR/proc/self" ]; then
    in_chroot 'cd /root/oms 2>/dev/null && [ -f target/run/product-service.pid -o -f target/run/order-service.pid ] && scripts/run-system.sh stop
      command -v rabbitmqctl >/dev/null && rabbitmqctl -q shutdown
      command -v pg_ctlcluster >/dev/null && for v in $(ls /etc/postgresql 2>/dev/null); do pg_ctlcluster --skip-systemctl-redirect "$v" main stop; done
      command -v epmd >/dev/null && epmd -kill' >/dev/null 2>&1
  fi
  local pids
  pids=$(chroot_pids)
  if [ -n "$pids" ]; then
    log "ending what still runs in the chroot: $(for p in $pids; do printf '%s(%s) ' "$p" "$(cat /proc/$p/comm 2>/dev/null)"; done)"
    kill $pids 2>/dev/null
    for _ in $(seq 1 20); do [ -z "$(chroot_pids)" ] && break; sleep 1; done
    pids=$(chroot_pids)
    [ -n "$pids" ] && kill -9 $pids 2>/dev/null
    sleep 1
  fi
  local i
  for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do umount "${MOUNTED[i]}" || umount -l "${MOUNTED[i]}"; done
  iptables -t nat -D POSTROUTING -s "$SUBNET" ! -o "$VETH_HOST" -j MASQUERADE 2>/dev/null
  iptables -D FORWARD -s "$SUBNET" -j ACCEPT 2>/dev/null
  iptables -D FORWARD -d "$SUBNET" -j ACCEPT 2>/dev/null
  [ -n "$IP_FORWARD_WAS" ] && echo "$IP_FORWARD_WAS" >/proc/sys/net/ipv4/ip_forward
  ip link del "$VETH_HOST" 2>/dev/null
  ip netns del "$NS" 2>/dev/null
  if $REMOVE; then rm -rf "$DIR" "$LOG_DIR"; log "removed $DIR"; else log "left $DIR (logs: $LOG_DIR)"; fi
  if [ ${#TIMINGS[@]} -gt 0 ]; then
    log "timings ($(date -u +%Y-%m-%d), $(nproc) CPUs):"
    printf '  %s\n' "${TIMINGS[@]}"
  fi
  log "$([ "$status" -eq 0 ] && echo "the quick start held" || echo "FAILED ($status)")"
  exit "$status"
}

if ip netns list 2>/dev/null | grep -qw "$NS" || [ -n "$(chroot_pids)" ] || grep -q " $DIR/" /proc/mounts; then
  echo "$NS or $DIR is in use (another run, or a run that did not clean up)" >&2
  exit 1
fi
trap cleanup EXIT
trap 'exit 130' INT TERM
STARTED=$SECONDS
host_tools
mkdir -p "$LOG_DIR"
timed "1. debootstrap (minbase $SUITE)" bootstrap
timed "2. namespace, NAT, mounts, network settings" eval 'network; mounts; chroot_settings'
timed "3. git clone" clone
timed "4. scripts/run-system.sh (README command 1)" run_system
timed "5. Try it (cut down)" try_it
timed "6. scripts/run-system.sh stop" stop_system
record "total" $((SECONDS - STARTED))
