#!/usr/bin/env bash
# Cold start, JVM start to first verdict: runs ColdStartMain RUNS times (default 7) on the benchmarks' runtime
# class path and prints each wall time and the median, in milliseconds. Goal: at most 500 ms.
# Build first: ./mvnw -q -B -pl benchmarks -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-7}"
CP_FILE=benchmarks/target/runtime-classpath.txt
if [[ ! -s "$CP_FILE" ]]; then
  ./mvnw -q -B -pl benchmarks -am dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" \
    -Dmdep.includeScope=runtime >/dev/null
fi
CP="benchmarks/target/classes:$(cat "$CP_FILE")"
JAVA="${JAVA:-java}"
"$JAVA" -version 2>&1 | head -1
times=()
for ((i = 1; i <= RUNS; i++)); do
  start=$(date +%s%N)
  out=$("$JAVA" ${JAVA_OPTS:-} -cp "$CP" org.improvementnotice.benchmarks.ColdStartMain)
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms wall ($out)"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median of $RUNS runs: ${median} ms (goal: at most 500 ms)"
