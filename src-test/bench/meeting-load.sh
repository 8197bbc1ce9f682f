#!/usr/bin/env bash
# Runs the meeting load program (org.parley.bench.MeetingLoad) against a Parley server that is
# already running on this machine, pinned to CPU core 0 (run the server on core 1:
# taskset -c 1 ./mvnw -Prun verify ...). Arguments are passed on:
# --users=200 --loginRate=N --changeRate=N (events/s) --seconds=N --ldif=FILE --serverPid=PID --port=9080.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl src-test -am -DskipTests -Dmaven.test.skip=true package >/dev/null
cp_file="$(pwd)/src-test/target/bench.classpath"
./mvnw -B -q -pl src-test dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >/dev/null
exec taskset -c 0 java -Xmx4g -cp "src-test/target/classes:$(cat "$cp_file")" org.parley.bench.MeetingLoad "$@"
