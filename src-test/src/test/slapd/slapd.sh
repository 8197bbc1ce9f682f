#!/usr/bin/env bash
# A throw-away OpenLDAP server for integration tests, loaded from an LDIF.
#
#   slapd.sh start DIR PORT LDIF [ROOTPW]   (re)create DIR, load LDIF, listen on ldap://127.0.0.1:PORT/
#   slapd.sh stop DIR                        stop the server started in DIR
#
# Suffix dc=parley,dc=example; rootdn cn=admin,dc=parley,dc=example with ROOTPW (default parley-admin).
# Needs Debian's slapd and ldap-utils. Start first stops any server DIR still holds, then wipes DIR/db.
set -euo pipefail

readonly SUFFIX="dc=parley,dc=example"
readonly ROOT_DN="cn=admin,${SUFFIX}"
readonly DEFAULT_ROOTPW="parley-admin"
readonly SCHEMA_DIR=/etc/ldap/schema
readonly MODULE_DIR=/usr/lib/ldap
readonly SLAPD=/usr/sbin/slapd
readonly START_TIMEOUT_S=15
readonly STOP_TIMEOUT_S=10

die() {
  echo "slapd.sh: $*" >&2
  exit 1
}

usage() {
  echo "usage: slapd.sh start DIR PORT LDIF [ROOTPW] | slapd.sh stop DIR" >&2
  exit 2
}

require_tools() {
  local tool
  for tool in "$SLAPD" slapadd slappasswd ldapsearch; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found: apt-get install slapd ldap-utils"
  done
  [[ -d "$MODULE_DIR" && -f "$SCHEMA_DIR/inetorgperson.schema" ]] || die "OpenLDAP schema or modules missing"
}

write_config() {
  local dir=$1 rootpw_hash=$2
  cat >"$dir/slapd.conf" <<EOF
include     $SCHEMA_DIR/core.schema
include     $SCHEMA_DIR/cosine.schema
include     $SCHEMA_DIR/inetorgperson.schema

pidfile     $dir/slapd.pid
argsfile    $dir/slapd.args
modulepath  $MODULE_DIR
moduleload  back_mdb

database    mdb
maxsize     1073741824
suffix      "$SUFFIX"
rootdn      "$ROOT_DN"
rootpw      $rootpw_hash
directory   $dir/db
index       objectClass,uid,mail,member,manager eq
index       cn,sn,givenName,displayName eq,sub

access to attrs=userPassword
  by self write
  by anonymous auth
  by * none
access to *
  by self write
  by users read
  by * none
EOF
}

port_taken() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

answers() {
  local port=$1 rootpw=$2
  ldapsearch -x -LLL -H "ldap://127.0.0.1:$port" -D "$ROOT_DN" -w "$rootpw" \
    -b "$SUFFIX" -s base dn >/dev/null 2>&1
}

wait_until_ready() {
  local dir=$1 port=$2 rootpw=$3 pid=$4 waited=0
  until answers "$port" "$rootpw"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 20 "$dir/slapd.log" >&2 || true
      die "slapd exited during start-up (log: $dir/slapd.log)"
    fi
    if (( waited >= START_TIMEOUT_S * 4 )); then
      tail -n 20 "$dir/slapd.log" >&2 || true
      stop "$dir"
      die "slapd did not answer on 127.0.0.1:$port within ${START_TIMEOUT_S}s"
    fi
    sleep 0.25
    waited=$((waited + 1))
  done
}

start() {
  (( $# == 3 || $# == 4 )) || usage
  local dir=$1 port=$2 ldif=$3 rootpw=${4:-$DEFAULT_ROOTPW}
  [[ "$port" =~ ^[0-9]+$ ]] && (( port > 0 && port < 65536 )) || die "bad port: $port"
  [[ -r "$ldif" ]] || die "cannot read LDIF $ldif"
  require_tools
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  stop "$dir"
  stop_orphans "$dir"
  ! port_taken "$port" || die "127.0.0.1:$port is already in use"
  rm -rf "$dir/db"
  mkdir -p "$dir/db"
  write_config "$dir" "$(slappasswd -s "$rootpw")"
  slapadd -q -f "$dir/slapd.conf" -l "$ldif" >"$dir/slapadd.log" 2>&1 \
    || { tail -n 20 "$dir/slapadd.log" >&2; die "slapadd could not load $ldif (log: $dir/slapadd.log)"; }
  # -d keeps slapd in the foreground, so its pid is ours to record and its errors reach the log.
  "$SLAPD" -d 0 -f "$dir/slapd.conf" -h "ldap://127.0.0.1:$port/" >"$dir/slapd.log" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$dir/slapd.pid"
  wait_until_ready "$dir" "$port" "$rootpw" "$pid"
  kill -0 "$pid" 2>/dev/null || die "slapd exited during start-up (log: $dir/slapd.log)"
  echo "slapd.sh: slapd (pid $pid) serving $SUFFIX on ldap://127.0.0.1:$port/ from $dir"
}

# A run that was cut short and then cleaned leaves a slapd whose pid file is gone: find it by
# the configuration path it was started with, which only this directory's instances use.
stop_orphans() {
  local dir=$1 pid
  for pid in $(pgrep -f -- "-f $dir/slapd.conf" || true); do
    [[ "$(ps -o comm= -p "$pid" 2>/dev/null)" == slapd ]] || continue
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
}

stop() {
  (( $# == 1 )) || usage
  local dir=$1 pidfile="$1/slapd.pid" pid waited=0
  [[ -f "$pidfile" ]] || return 0
  pid=$(<"$pidfile")
  # Only a live slapd: a stale pid file may name a process that has since been reused.
  if [[ "$pid" =~ ^[0-9]+$ ]] && [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == slapd ]]; then
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do
      if (( waited >= STOP_TIMEOUT_S * 4 )); then
        echo "slapd.sh: slapd (pid $pid) ignored TERM for ${STOP_TIMEOUT_S}s; killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
        break
      fi
      sleep 0.25
      waited=$((waited + 1))
    done
  fi
  rm -f "$pidfile"
}

main() {
  (( $# >= 1 )) || usage
  local command=$1
  shift
  case "$command" in
    start) start "$@" ;;
    stop) stop "$@" ;;
    *) usage ;;
  esac
}

main "$@"
