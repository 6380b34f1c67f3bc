#!/usr/bin/env bash
# A Portal cluster on this machine, loopback only: a private PostgreSQL and Redis, N Portal nodes and nginx in front.
#
#   scripts/cluster.sh up N [--dir DIR]    start everything (N nodes), print the lb and node lines
#   scripts/cluster.sh node N [--dir DIR]  (re)start node N alone, e.g. after kill -9, and print its line
#   scripts/cluster.sh status [--dir DIR]  what is running
#   scripts/cluster.sh down [--dir DIR]    stop all of it; the database stays for the next up
#
# DIR (default $PORTAL_CLUSTER_DIR or /tmp/portal-cluster) holds the state: cluster.env (ports, remembered so a later
# up or node reuses them), pg/ (the database), the published Portal in portal/, node-<n>.log, pid files, nginx.conf.
# Once the cluster is up, stdout has exactly these lines (tests parse them):
#   portal-cluster: lb http://127.0.0.1:<port>
#   portal-cluster: node <n> http://127.0.0.1:<port> pid <pid>
# Progress and errors go to stderr.
#
# Environment: PORTAL_CLUSTER_PORTAL runs that Portal.Web apphost or Portal.Web.dll instead of building;
# PORTAL_CLUSTER_NO_BUILD=1 runs the Portal published in DIR/portal before (or, failing that, this checkout's Release
# build); PORTAL_CLUSTER_TIMEOUT is how long a node may take to answer /healthz (seconds, default 120). Configuration
# variables in the .NET form (Portal__…, Telephony__…, anything with __) reach every node; the ones given to `up`
# are remembered, so `node N` restarts a node with them.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
say() { echo "cluster.sh: $*" >&2; }
die() { echo "cluster.sh: $*" >&2; exit 1; }

usage() {
  echo "usage: $0 up N [--dir DIR] | node N [--dir DIR] | status [--dir DIR] | down [--dir DIR]" >&2
  exit 2
}

command=${1:-}
[ $# -gt 0 ] && shift
count=
if [ "$command" = up ] || [ "$command" = node ]; then
  [[ ${1:-} =~ ^[1-9][0-9]*$ ]] || usage
  count=$1
  shift
fi
dir=${PORTAL_CLUSTER_DIR:-/tmp/portal-cluster}
while [ $# -gt 0 ]; do
  case $1 in
    --dir) [ $# -ge 2 ] || usage; dir=$2; shift 2 ;;
    --dir=*) dir=${1#--dir=}; shift ;;
    *) usage ;;
  esac
done
case $command in up|node|status|down) ;; *) usage ;; esac
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
state=$dir/cluster.env
is_root() { [ "$(id -u)" = 0 ]; }

# --- remembered state: key=value lines in DIR/cluster.env ----------

declare -A saved=()
load_state() {
  [ -f "$state" ] || return 0
  local key value
  while IFS='=' read -r key value; do
    [ -n "$key" ] && saved[$key]=$value
  done <"$state"
}
save_state() {
  local key
  for key in "${!saved[@]}"; do printf '%s=%s\n' "$key" "${saved[$key]}"; done | sort >"$state.tmp"
  mv "$state.tmp" "$state"
}

# --- ports ----------

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
declare -A taken=()
# A free port below Linux's ephemeral range (32768 and up), so no outgoing connection of a node can be holding it
# when the node that owns it starts.
free_port() {
  local port tries=0
  while :; do
    port=$((20000 + RANDOM % 12000))
    if [ -z "${taken[$port]:-}" ] && ! listening "$port"; then break; fi
    tries=$((tries + 1))
    [ $tries -lt 200 ] || die "found no free loopback port between 20000 and 32000"
  done
  taken[$port]=1
  echo "$port"
}
# The remembered port for key when it is free (or when keep_if_busy says the listener is ours), else a new one.
pick_port() {
  local key=$1 keep_if_busy=${2:-no} port=${saved[$1]:-}
  if [ -n "$port" ] && [ -z "${taken[$port]:-}" ] && { [ "$keep_if_busy" = yes ] || ! listening "$port"; }; then
    taken[$port]=1
  else
    port=$(free_port)
  fi
  saved[$key]=$port
}

# --- processes we started: only the pid in our pid file, and only if it still is that program ----------

# Prints the pid in pid file $1 if that process is alive and its command line contains $2.
live_pid() {
  local pid
  pid=$(cat "$1" 2>/dev/null || true)
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -F -- "$2" >/dev/null || return 1
  echo "$pid"
}
# TERM the pids, wait up to $1 seconds for them to exit, then KILL the rest.
stop_pids() {
  local wait=$1 pid left i
  shift
  [ $# -gt 0 ] || return 0
  kill -TERM "$@" 2>/dev/null || true
  for ((i = 0; i < wait * 10; i++)); do
    left=0
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && left=1; done
    [ $left = 0 ] && return 0
    sleep 0.1
  done
  say "still running after ${wait}s, killing: $*"
  kill -KILL "$@" 2>/dev/null || true
}

# --- packages ----------

# Installs Debian package $1 when we are root (as test.sh does), else says how and stops.
install_package() {
  if is_root && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's $1 (apt-get install $1)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  else
    die "$1 is missing. Install it with: sudo apt-get install -y $1"
  fi
}
# Program $1 (a name on PATH or a path) from Debian package $2.
need() { [ -x "$1" ] || command -v "$1" >/dev/null 2>&1 || install_package "$2"; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true; }
nginx_bin() { command -v nginx 2>/dev/null || echo /usr/sbin/nginx; }

# --- PostgreSQL ----------

as_postgres() {
  # initdb and the server refuse to run as root: run them as Debian's postgres user then.
  if is_root; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}
pg_running() { as_postgres "$(printf '%q/pg_ctl status -D %q' "$1" "$dir/pg/data")" >/dev/null 2>&1; }

start_postgres() {
  local bin
  bin=$(pg_bin)
  if [ -z "$bin" ]; then
    install_package postgresql
    bin=$(pg_bin)
  fi
  if [ -d "$dir/pg/data" ] && pg_running "$bin"; then
    [ -n "${saved[pg]:-}" ] \
      || die "PostgreSQL runs in $dir/pg/data but $state has no port for it; stop it: $bin/pg_ctl -D $dir/pg/data stop"
    pick_port pg yes
    return 0
  fi
  pick_port pg
  mkdir -p "$dir/pg"
  if is_root; then
    chown postgres:postgres "$dir/pg"
    su postgres -s /bin/sh -c "test -w $(printf %q "$dir/pg")" \
      || die "the postgres user cannot reach $dir/pg; choose a --dir every user may enter (e.g. under /tmp)"
  fi
  if [ ! -f "$dir/pg/data/PG_VERSION" ]; then
    say "creating a PostgreSQL data folder in $dir/pg/data"
    as_postgres "$(printf '%q/initdb -D %q -A trust -U postgres' "$bin" "$dir/pg/data")" >"$dir/pg/initdb.log" 2>&1 \
      || { tail -n 20 "$dir/pg/initdb.log" >&2; die "initdb failed (log: $dir/pg/initdb.log)"; }
  fi
  # TCP on loopback only; no Unix socket, so a long DIR cannot exceed the socket path limit.
  as_postgres "$(printf '%q/pg_ctl -D %q -w -t 60 -l %q -o %q start' "$bin" "$dir/pg/data" "$dir/pg/server.log" \
    "-p ${saved[pg]} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''")" >/dev/null \
    || { tail -n 20 "$dir/pg/server.log" >&2; die "PostgreSQL did not start (log: $dir/pg/server.log)"; }
}

stop_postgres() {
  local bin
  bin=$(pg_bin)
  if [ -n "$bin" ] && [ -d "$dir/pg/data" ] && pg_running "$bin"; then
    say "stopping PostgreSQL (127.0.0.1:${saved[pg]:-?})"
    as_postgres "$(printf '%q/pg_ctl -D %q -m fast -w stop' "$bin" "$dir/pg/data")" >/dev/null
  fi
}

# --- Redis ----------

redis_pid() { live_pid "$dir/redis.pid" "redis-server 127.0.0.1:${saved[redis]:-none}"; }

start_redis() {
  need redis-server redis-server
  if redis_pid >/dev/null; then
    pick_port redis yes
    return 0
  fi
  # The port stays the same for this DIR (unless something else took it) so a restarted node finds the cluster.
  pick_port redis
  # Membership, grain directory and the session-change relay only: nothing to keep across a restart.
  redis-server --port "${saved[redis]}" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" \
    || die "redis-server did not start (log: $dir/redis.log)"
  local i
  for ((i = 0; i < 100; i++)); do listening "${saved[redis]}" && return 0; sleep 0.1; done
  tail -n 20 "$dir/redis.log" >&2
  die "redis-server does not listen on 127.0.0.1:${saved[redis]} (log: $dir/redis.log)"
}

# --- Portal ----------

# Sets portal_cmd (the command that runs Portal.Web) and saved[portal].
find_portal() {
  local path=${PORTAL_CLUSTER_PORTAL:-}
  if [ -z "$path" ] && [ "${PORTAL_CLUSTER_NO_BUILD:-}" = 1 ]; then
    path=$dir/portal/Portal.Web
    if [ -n "${saved[portal]:-}" ] && [ -e "${saved[portal]}" ]; then path=${saved[portal]}; fi
    if [ ! -e "$path" ]; then path=$repo/src/Portal.Web/bin/Release/net10.0/Portal.Web; fi
    [ -e "$path" ] || die "PORTAL_CLUSTER_NO_BUILD=1 but there is no build in $dir/portal or src/Portal.Web/bin/Release"
  elif [ -z "$path" ]; then
    # Published, not just built: outside Development only a published Portal serves its static files (Blazor's
    # script, MudBlazor), and the nodes run as Production. publish builds in Release first. No build servers: they
    # would stay behind as dotnet processes after down.
    say "building Portal.Web (dotnet publish -c Release -o $dir/portal; log: $dir/build.log)..."
    dotnet publish -c Release --disable-build-servers "$repo/src/Portal.Web" -o "$dir/portal" >"$dir/build.log" 2>&1 \
      || { tail -n 30 "$dir/build.log" >&2; die "the build failed (log: $dir/build.log)"; }
    path=$dir/portal/Portal.Web
  fi
  [ -e "$path" ] || die "no Portal at $path"
  path=$(cd "$(dirname "$path")" && pwd)/$(basename "$path")
  saved[portal]=$path
}

portal_command() {
  local path=${saved[portal]:-}
  [ -n "$path" ] && [ -e "$path" ] || die "no Portal recorded in $state; run up first"
  case $path in
    *.dll) portal_cmd=(dotnet "$path") ;;
    *) portal_cmd=("$path") ;;
  esac
}

node_url() { echo "http://127.0.0.1:${saved[node$1_http]}"; }
node_pid() { live_pid "$dir/node-$1.pid" "--urls $(node_url "$1")"; }

# The configuration variables (names with __, and the environment's name) given to up, kept so that `node N` starts a
# node with the same ones.
remember_environment() {
  (umask 077 && env -0 | grep -zE '^([A-Za-z0-9_.:-]*__|ASPNETCORE_ENVIRONMENT=|DOTNET_ENVIRONMENT=)' \
    >"$dir/node-env" || true)
}

# Starts node n in the background, its pid in DIR/node-n.pid (written by the process itself), output in DIR/node-n.log.
start_node() {
  local n=$1 url
  url=$(node_url "$n")
  local settings=(
    "ASPNETCORE_URLS=$url"
    "ConnectionStrings__Redis=127.0.0.1:${saved[redis]}"
    "Portal__Database__Provider=Postgres"
    "ConnectionStrings__Portal=Host=127.0.0.1;Port=${saved[pg]};Username=postgres;Database=portal_cluster"
    "Portal__Cluster__Address=127.0.0.1"
    "Portal__Cluster__SiloPort=${saved[node${n}_silo]}"
  )
  # Remembered settings from up, unless this caller sets the same variable itself.
  local entry
  if [ -f "$dir/node-env" ]; then
    while IFS= read -r -d '' entry; do
      in_environment "${entry%%=*}" || settings=("$entry" "${settings[@]}")
    done <"$dir/node-env"
  fi
  # Defaults a caller may override: the demo data on an empty database (Portal seeds only when it has no campaign, so
  # a restarted node adds nothing), and nginx on 127.0.0.1 as the proxy whose X-Forwarded-For Portal believes.
  has_setting Portal__SeedDemoData "${settings[@]}" || settings=("Portal__SeedDemoData=true" "${settings[@]}")
  has_setting Portal__Security__TrustedProxies__0 "${settings[@]}" \
    || settings=("Portal__Security__TrustedProxies__0=127.0.0.1" "${settings[@]}")
  # A build output (not published) serves its static files only in Development.
  if [ -f "$(dirname "${portal_cmd[-1]}")/Portal.Web.staticwebassets.runtime.json" ] \
    && ! has_setting ASPNETCORE_ENVIRONMENT "${settings[@]}" && ! has_setting DOTNET_ENVIRONMENT "${settings[@]}"; then
    if [ "$n" = 1 ]; then
      say "${portal_cmd[-1]} is a build, not a publish output:" \
        "the nodes run in Development, where it serves its static files"
    fi
    settings=("ASPNETCORE_ENVIRONMENT=Development" "${settings[@]}")
  fi

  if [ -f "$dir/node-$n.log" ]; then mv "$dir/node-$n.log" "$dir/node-$n.log.prev"; fi
  rm -f "$dir/node-$n.pid"
  # setsid: the node outlives this script and its terminal; it writes its own pid, then execs env, which execs Portal.
  # shellcheck disable=SC2016 # $$ and "$@" are the inner shell's
  setsid bash -c 'echo $$ >"$0"; cd "$1" && shift && exec "$@"' "$dir/node-$n.pid" "$(dirname "${portal_cmd[-1]}")" \
    env "${settings[@]}" "${portal_cmd[@]}" --urls "$url" >"$dir/node-$n.log" 2>&1 </dev/null &
  local i
  for ((i = 0; i < 50; i++)); do [ -s "$dir/node-$n.pid" ] && return 0; sleep 0.1; done
  die "node $n did not start (log: $dir/node-$n.log)"
}

in_environment() { env | cut -d= -f1 | grep -xF -- "$1" >/dev/null; }
# True when the environment (the caller's) or the given settings set variable $1.
has_setting() {
  local name=$1 entry
  shift
  in_environment "$name" && return 0
  for entry in "$@"; do [ "${entry%%=*}" = "$name" ] && return 0; done
  return 1
}

http_status() {
  curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" 2>/dev/null || true
}

# Waits until node n answers /healthz with 200; on timeout or exit, shows its log's tail and fails (what started so far
# keeps running for a look; down stops it).
wait_node() {
  local n=$1 url deadline pid
  url=$(node_url "$n")
  need curl curl
  deadline=$((SECONDS + ${PORTAL_CLUSTER_TIMEOUT:-120}))
  while [ "$(http_status "$url/healthz")" != 200 ]; do
    if ! pid=$(node_pid "$n"); then
      tail -n 30 "$dir/node-$n.log" >&2
      die "node $n exited before it answered $url/healthz (log: $dir/node-$n.log; $0 down --dir $dir stops the rest)"
    fi
    if [ $SECONDS -ge $deadline ]; then
      tail -n 30 "$dir/node-$n.log" >&2
      die "node $n (pid $pid) did not answer $url/healthz with 200 within ${PORTAL_CLUSTER_TIMEOUT:-120}s" \
        "(log: $dir/node-$n.log; $0 down --dir $dir stops the rest)"
    fi
    sleep 0.5
  done
}

print_node() { echo "portal-cluster: node $1 $(node_url "$1") pid $(node_pid "$1")"; }

# --- nginx ----------

nginx_pid() { live_pid "$dir/nginx.pid" "$dir/nginx.conf"; }

write_nginx_conf() {
  local n servers=
  for ((n = 1; n <= saved[nodes]; n++)); do
    servers+="        server 127.0.0.1:${saved[node${n}_http]} max_fails=1 fail_timeout=2s;"$'\n'
  done
  mkdir -p "$dir/nginx-temp"
  cat >"$dir/nginx.conf" <<EOF
# Generated by scripts/cluster.sh: the load balancer in front of this cluster's nodes. Regenerated by every up.
worker_processes 1;
pid "$dir/nginx.pid";
error_log "$dir/nginx-error.log" warn;
events { worker_connections 1024; }

http {
    # Which node a browser sticks to: its portal_node cookie, or for a first request a random key that the reply then
    # sets as the cookie. A Blazor Server circuit lives on one node, so every request of a browser must reach that node.
    map \$cookie_portal_node \$portal_key {
        ""      \$request_id;
        default \$cookie_portal_node;
    }
    map \$cookie_portal_node \$portal_set_cookie {
        ""      "portal_node=\$portal_key; Path=/; HttpOnly; SameSite=Lax";
        default "";
    }
    # WebSockets (Blazor's /_blazor, the event hub /hubs/events): pass the upgrade on; without one, no Connection
    # header, so connections to the nodes are kept alive.
    map \$http_upgrade \$connection_upgrade {
        default upgrade;
        ""      "";
    }

    upstream portal {
        hash \$portal_key consistent;
$servers        keepalive 16;
    }

    log_format portal '\$remote_addr [\$time_local] "\$request" \$status node=\$upstream_addr key=\$portal_key';
    access_log "$dir/nginx-access.log" portal;
    client_body_temp_path "$dir/nginx-temp/client_body";
    proxy_temp_path "$dir/nginx-temp/proxy";
    fastcgi_temp_path "$dir/nginx-temp/fastcgi";
    uwsgi_temp_path "$dir/nginx-temp/uwsgi";
    scgi_temp_path "$dir/nginx-temp/scgi";

    server {
        listen 127.0.0.1:${saved[lb]};
        # Portal's own limits (Portal:RequestLimits) decide, not nginx's 1 MB default.
        client_max_body_size 16m;
        # An empty value adds no header: only a reply to a request without the cookie sets it.
        add_header Set-Cookie \$portal_set_cookie always;

        location / {
            proxy_pass http://portal;
            proxy_http_version 1.1;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            # \$http_host keeps the port: Portal builds its sign-in redirects from Host.
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # A dead node: the request goes to the next one (one that was never sent, also a POST), and the node is left
            # out for 2 s before it is tried again.
            proxy_next_upstream error timeout;
            proxy_connect_timeout 2s;
            # WebSockets and server-sent events stay open for hours and must not be buffered.
            proxy_read_timeout 1h;
            proxy_send_timeout 1h;
            proxy_buffering off;
        }
    }
}
EOF
}

start_nginx() {
  need "$(nginx_bin)" nginx
  # -e: nginx would otherwise open /var/log/nginx/error.log before it reads the configuration.
  if nginx_pid >/dev/null; then
    "$(nginx_bin)" -p "$dir" -c "$dir/nginx.conf" -e "$dir/nginx-error.log" -s reload
  else
    "$(nginx_bin)" -p "$dir" -c "$dir/nginx.conf" -e "$dir/nginx-error.log" \
      || die "nginx did not start (log: $dir/nginx-error.log)"
  fi
  local i
  for ((i = 0; i < 100; i++)); do
    [ "$(http_status "http://127.0.0.1:${saved[lb]}/healthz")" = 200 ] && return 0
    sleep 0.1
  done
  tail -n 20 "$dir/nginx-error.log" >&2
  die "nginx on 127.0.0.1:${saved[lb]} does not answer /healthz with 200 (log: $dir/nginx-error.log)"
}

# --- commands ----------

cmd_up() {
  local n pid
  load_state
  for ((n = 1; n <= ${saved[nodes]:-0}; n++)); do
    if pid=$(node_pid "$n"); then die "node $n (pid $pid) of $dir is running; run $0 down --dir $dir first"; fi
  done
  if pid=$(nginx_pid); then die "nginx (pid $pid) of $dir is running; run $0 down --dir $dir first"; fi
  for ((n = count + 1; n <= ${saved[nodes]:-0}; n++)); do unset "saved[node${n}_http]" "saved[node${n}_silo]"; done
  saved[nodes]=$count

  find_portal
  portal_command
  start_postgres
  start_redis
  pick_port lb
  for ((n = 1; n <= count; n++)); do
    pick_port "node${n}_http"
    pick_port "node${n}_silo"
  done
  save_state
  remember_environment

  say "PostgreSQL 127.0.0.1:${saved[pg]}, Redis 127.0.0.1:${saved[redis]}; starting $count node(s), logs in $dir"
  # Node 1 alone first: it creates, migrates and seeds the database, which two nodes starting together might race on.
  start_node 1
  wait_node 1
  for ((n = 2; n <= count; n++)); do start_node "$n"; done
  for ((n = 2; n <= count; n++)); do wait_node "$n"; done
  write_nginx_conf
  start_nginx
  echo "portal-cluster: lb http://127.0.0.1:${saved[lb]}"
  for ((n = 1; n <= count; n++)); do print_node "$n"; done
}

cmd_node() {
  local n=$count pid
  load_state
  [ -n "${saved[nodes]:-}" ] || die "no cluster in $dir; run $0 up N --dir $dir first"
  [ "$n" -le "${saved[nodes]}" ] || die "the cluster in $dir has ${saved[nodes]} node(s), not $n"
  [ -z "${PORTAL_CLUSTER_PORTAL:-}" ] || find_portal
  portal_command
  if pid=$(node_pid "$n"); then
    say "stopping node $n (pid $pid)"
    stop_pids 30 "$pid"
  fi
  start_postgres
  start_redis
  save_state
  start_node "$n"
  wait_node "$n"
  print_node "$n"
}

cmd_status() {
  local n pid bin code=0
  load_state
  [ -n "${saved[nodes]:-}" ] || { echo "portal-cluster: no cluster in $dir"; exit 3; }
  bin=$(pg_bin)
  if [ -n "$bin" ] && [ -d "$dir/pg/data" ] && pg_running "$bin"; then
    echo "portal-cluster: postgres 127.0.0.1:${saved[pg]} running"
  else
    echo "portal-cluster: postgres 127.0.0.1:${saved[pg]:-?} stopped"; code=3
  fi
  if pid=$(redis_pid); then echo "portal-cluster: redis 127.0.0.1:${saved[redis]} pid $pid"
  else echo "portal-cluster: redis 127.0.0.1:${saved[redis]:-?} stopped"; code=3; fi
  if pid=$(nginx_pid); then echo "portal-cluster: lb http://127.0.0.1:${saved[lb]} pid $pid"
  else echo "portal-cluster: lb http://127.0.0.1:${saved[lb]:-?} stopped"; code=3; fi
  for ((n = 1; n <= saved[nodes]; n++)); do
    if node_pid "$n" >/dev/null; then
      echo "$(print_node "$n") healthz $(http_status "$(node_url "$n")/healthz")"
    else
      echo "portal-cluster: node $n $(node_url "$n") stopped"; code=3
    fi
  done
  exit $code
}

cmd_down() {
  local n pid pids=()
  load_state
  [ -f "$state" ] || { say "no cluster in $dir"; return 0; }
  if pid=$(nginx_pid); then
    say "stopping nginx (pid $pid)"
    stop_pids 10 "$pid"
  fi
  for ((n = 1; n <= ${saved[nodes]:-0}; n++)); do
    if pid=$(node_pid "$n"); then pids+=("$pid"); fi
  done
  if [ ${#pids[@]} -gt 0 ]; then
    say "stopping ${#pids[@]} node(s): ${pids[*]}"
    stop_pids 30 "${pids[@]}"
  fi
  if pid=$(redis_pid); then
    say "stopping Redis (pid $pid)"
    stop_pids 10 "$pid"
  fi
  stop_postgres
  rm -f "$dir"/node-*.pid "$dir/redis.pid"
  say "stopped; the database stays in $dir/pg for the next up"
}

"cmd_$command"
