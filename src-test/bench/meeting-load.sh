#!/usr/bin/env bash
# Runs the meeting load program (org.parley.bench.MeetingLoad) against a Parley server that is
# already running on this machine, pinned to CPU core 0 (run the server on core 1:
# taskset -c 1 ./mvnw -Prun verify ...). Arguments are passed on:
# --users=200 --loginRate=N --changeRate=N (events/s) --seconds=N --ldif=FILE --serverPid=PID --port=9080.
# The class path comes from one reactor build (bench-classpath.sh), so nothing needs installing.
set -euo pipefail
cd "$(dirname "$0")/../.."
cp="$(src-test/bench/bench-classpath.sh)"
exec taskset -c 0 java -Xmx4g -cp "$cp" org.parley.bench.MeetingLoad "$@"
