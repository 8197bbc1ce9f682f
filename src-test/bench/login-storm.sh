#!/usr/bin/env bash
# Runs the login storm program (org.parley.bench.LoginStorm) against a Parley server that is
# already running on this machine, pinned to CPU core 0 (run the server and its directory on
# core 1). Arguments are passed on: --users=N --contacts=50 --concurrency=N --ldif=FILE
# --port=9080 --ldapPort=10389 --serverPid=PID --ldapPid=PID --skipSetup=true.
set -euo pipefail
cd "$(dirname "$0")/../.."
cp="$(src-test/bench/bench-classpath.sh)"
exec taskset -c 0 java -Xmx2g -cp "$cp" org.parley.bench.LoginStorm "$@"
