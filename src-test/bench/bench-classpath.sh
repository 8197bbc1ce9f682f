#!/usr/bin/env bash
# Builds the benchmark programs and prints their class path (the src-test classes and every
# runtime dependency), in one reactor build, so nothing needs to be installed in ~/.m2 first.
set -euo pipefail
cd "$(dirname "$0")/../.."
cp_file="$(pwd)/src-test/target/bench.classpath"
./mvnw -B -q -pl src-test -am -DskipTests -Dmaven.test.skip=true package dependency:build-classpath \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >/dev/null
echo "$(pwd)/src-test/target/classes:$(cat "$cp_file")"
