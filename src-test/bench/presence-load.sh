#!/usr/bin/env bash
# Runs the presence load program (org.parley.bench.PresenceLoad) against a Parley server that is
# already running on this machine, pinned to CPU core 0 (run the server on core 1:
# taskset -c 1 ./mvnw -Prun verify ...). Arguments are passed on: --users=N --contacts=50
# --loginRate=N --changeRate=N --seconds=N --ldif=FILE --serverPid=PID --port=9080.
set -euo pipefail
cd "$(dirname "$0")/../.."
cp="$(src-test/bench/bench-classpath.sh)"
exec taskset -c 0 java -Xmx4g -cp "$cp" org.parley.bench.PresenceLoad "$@"
