#!/usr/bin/env bash
# Runs the SIP load program (org.parley.bench.SipLoad) against a Parley server that is already
# running on this machine, pinned to CPU core 0 (run the server on core 1). Arguments are passed
# on: --sipPort=5060 --port=9080 --users=200 --window=64 --registers=N --subscribes=N
# --messages=N --seconds=N --ldif=FILE --serverPid=PID (server CPU per request).
set -euo pipefail
cd "$(dirname "$0")/../.."
cp="$(src-test/bench/bench-classpath.sh)"
exec taskset -c 0 java -Xmx2g -cp "$cp" org.parley.bench.SipLoad "$@"
