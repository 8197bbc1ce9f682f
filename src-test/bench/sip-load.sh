#!/usr/bin/env bash
# Runs the SIP load program (org.parley.bench.SipLoad) against a Parley server that is already
# running on this machine, pinned to CPU core 0 (run the server on core 1). Arguments are passed
# on: --sipPort=5060 --port=9080 --users=200 --window=64 --registers=N --subscribes=N
# --messages=N --seconds=N --ldif=FILE.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl src-test -am -DskipTests -Dmaven.test.skip=true package >/dev/null
cp_file="$(pwd)/src-test/target/bench.classpath"
./mvnw -B -q -pl src-test -am dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >/dev/null
exec taskset -c 0 java -Xmx2g -cp "src-test/target/classes:$(cat "$cp_file")" org.parley.bench.SipLoad "$@"
