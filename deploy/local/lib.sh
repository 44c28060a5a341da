# Shared by up, down, test and token: where things live and how to make sure PostgreSQL is ready.
# shellcheck shell=bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN="${WINDOW_RUN_DIR:-$ROOT/.run}"
# absolute: the services start from their own directories (deploy/local/up)
case "$RUN" in /*) ;; *) RUN="$PWD/$RUN" ;; esac
LOCAL="$ROOT/deploy/local"
SERVICES=(roster intake deadline complaint)
declare -A PORT=([roster]=8081 [intake]=8082 [deadline]=8083 [complaint]=8084)
GATEWAY_PORT="${GATEWAY_PORT:-8080}"
KAFKA_BOOTSTRAP="127.0.0.1:19092"
# Memory (issue 15, measured in bench/results): serial GC suits a small heap on two cores (no parallel GC threads
# competing with the request threads); heap, metaspace, code cache and thread stacks bounded (a service measured
# 230-270 MB resident idle, down from 300-350; bench/results has the latest figures).
# The heap gives memory back after a burst (free ratios); glibc's per-thread malloc arenas, which held ~50 MB
# outside anything the JVM accounts for, are capped at two and trimmed every 10 s.
# Tiered compilation stays: C1 alone (TieredStopAtLevel=1) saved CPU and ~70 MB but made AB-4 failover p99 12.4 s
# against 1.4 s (bench/results/2026-12-07.md).
SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx160m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:MaxDirectMemorySize=64m -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=10000}"
BROKER_JAVA_OPTS="${BROKER_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx200m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=10000}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
DB_USER="${WINDOW_DB_USER:-window}"
DB_PASSWORD="${WINDOW_DB_PASSWORD:-window}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}

# PostgreSQL on 127.0.0.1:5432: install it when missing (root only), start it when stopped, then make sure the
# suite's role exists (CREATEDB, so tests can create their own databases).
ensure_postgres() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || fail "PostgreSQL is not installed; install the Debian package 'postgresql' (needs root)"
    say "installing PostgreSQL from Debian packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  if ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
    local version
    version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
    [ -n "$version" ] || fail "PostgreSQL is installed but has no cluster under /etc/postgresql"
    say "starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start \
      || fail "could not start PostgreSQL $version (see /var/log/postgresql/postgresql-$version-main.log)"
    for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && break; sleep 1; done
    pg_isready -q -h "$PGHOST" -p "$PGPORT" || fail "PostgreSQL did not become ready on $PGHOST:$PGPORT"
  fi
  if ! PGPASSWORD="$DB_PASSWORD" psql -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    say "creating PostgreSQL role $DB_USER"
    # works whether TCP auth is trust or scram: the role gets a password either way
    as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres -c \
      "do \$\$ begin if not exists (select 1 from pg_roles where rolname = '$DB_USER') then create role \"$DB_USER\" login createdb password '$DB_PASSWORD'; else alter role \"$DB_USER\" login createdb password '$DB_PASSWORD'; end if; end \$\$;" \
      || fail "could not create the PostgreSQL role $DB_USER"
  fi
}

# The stack's outbox and inbox are queue tables that only stay small and fast when vacuumed; a machine set up for CI
# may have autovacuum off (this one's conf.d/90-ci.conf does), so the long-running stack and the bench turn it on
# (ALTER SYSTEM, which overrides the configuration files; a reload is enough). The tests do not need it.
ensure_autovacuum() {
  if [ "$(PGPASSWORD="$DB_PASSWORD" psql -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -d postgres -tAc 'show autovacuum')" != on ]; then
    say "PostgreSQL: turning autovacuum on (the outbox and inbox tables need it)"
    as_postgres psql -q -d postgres -c "alter system set autovacuum = on" -c "select pg_reload_conf()" >/dev/null \
      || fail "could not turn autovacuum on"
  fi
}

ensure_database() {
  local db="$1"
  if ! PGPASSWORD="$DB_PASSWORD" psql -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -d postgres -tAc \
      "select 1 from pg_database where datname = '$db'" | grep -q 1; then
    PGPASSWORD="$DB_PASSWORD" psql -q -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -d postgres -c "create database \"$db\"" \
      || fail "could not create database $db"
  fi
}

ensure_nginx() {
  if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    [ "$(id -u)" = 0 ] || fail "nginx is not installed; install the Debian package 'nginx-light' (needs root)"
    say "installing nginx from Debian packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
  fi
}

# Browser tests drive Debian's chromium through Debian's chromedriver; a CJK font makes the pages legible in
# their screenshots.
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then
    [ "$(id -u)" = 0 ] || fail "chromium, chromium-driver and a CJK font are needed for the browser tests; install the Debian packages 'chromium chromium-driver fonts-wqy-microhei' (needs root)"
    say "installing chromium, chromedriver and a CJK font from Debian packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null
  fi
}

# deploy/k8s is rendered with kubectl's kustomize and its alert rules tested with Prometheus' promtool. promtool is
# taken from Debian's prometheus package without installing the server: unpacked into .run/tools.
ensure_k8s_tools() {
  command -v kubectl >/dev/null || fail "kubectl (with its built-in kustomize) is needed to render deploy/k8s; install it"
  if [ ! -x "$ROOT/.run/tools/promtool" ] && ! command -v promtool >/dev/null; then
    say "unpacking promtool from Debian's prometheus package into .run/tools"
    local tmp; tmp=$(mktemp -d)
    (cd "$tmp" && apt-get download prometheus >/dev/null 2>&1 || { apt-get update -qq && apt-get download prometheus >/dev/null; })
    dpkg-deb -x "$tmp"/prometheus_*.deb "$tmp/x"
    mkdir -p "$ROOT/.run/tools" && cp "$tmp/x/usr/bin/promtool" "$ROOT/.run/tools/promtool"
    rm -rf "$tmp"
  fi
}

nginx_bin() { command -v nginx 2>/dev/null || echo /usr/sbin/nginx; }

ensure_built() {
  local stale=0 svc
  for svc in "${SERVICES[@]}"; do
    local jar="$ROOT/$svc-service/target/quarkus-app/quarkus-run.jar"
    if [ ! -f "$jar" ] || [ -n "$(find "$ROOT"/{contracts,common,outbox,"$svc-service"}/src "$ROOT/deploy/k8s/base/calendar" "$ROOT/pom.xml" -newer "$jar" -type f -print -quit)" ]; then
      stale=1
    fi
  done
  if [ "$stale" = 1 ]; then
    say "building the services"
    (cd "$ROOT" && mvn -B -q clean install -DskipTests -pl roster-service,intake-service,deadline-service,complaint-service -am)
  fi
}

pid_alive() {
  [ -f "$1" ] || return 1
  local pid state
  pid="$(cat "$1")"
  kill -0 "$pid" 2>/dev/null || return 1
  # a process killed but not yet reaped by its parent is a zombie: kill -0 still finds it, yet it is dead
  state="$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1)"
  [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}
