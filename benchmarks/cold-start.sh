#!/usr/bin/env bash
# Cold start, JVM start to first verdict: runs ColdStartMain RUNS times (default 7) from the benchmarks' jar and
# prints each wall time and the median, in milliseconds, for each JVM configuration. Goal: at most 500 ms.
#   default      the JVM's defaults (C2 and G1)
#   c1-serial    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC: a short-lived process needs neither C2 nor G1
#   appcds       c1-serial with an application class-data archive, written by one training run of the same
#                program first (-XX:ArchiveClassesAtExit), as a deployment would ship it
# JAVA_OPTS adds options to every run; CONFIGS="default c1-serial" picks configurations.
# Build first: ./mvnw -q -B -pl benchmarks -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-7}"
CONFIGS="${CONFIGS:-default c1-serial appcds}"
JAR=benchmarks/target/benchmarks.jar
JAVA="${JAVA:-java}"
MAIN=org.improvementnotice.benchmarks.ColdStartMain
if [[ ! -s "$JAR" ]]; then
  echo "No $JAR: build first with ./mvnw -q -B -pl benchmarks -am package -DskipTests" >&2
  exit 2
fi
"$JAVA" -version 2>&1 | head -1
ARCHIVE="$(mktemp -d)/cold-start.jsa"
trap 'rm -rf "$(dirname "$ARCHIVE")"' EXIT

options() {
  case "$1" in
    default) echo "" ;;
    c1-serial) echo "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" ;;
    appcds) echo "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile=$ARCHIVE" ;;
    *) echo "Unknown configuration $1 (default, c1-serial, appcds)" >&2; exit 2 ;;
  esac
}

for config in $CONFIGS; do
  opts="$(options "$config")"
  if [[ "$config" == appcds ]]; then
    "$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$ARCHIVE" ${JAVA_OPTS:-} \
      -cp "$JAR" "$MAIN" >/dev/null 2>&1
    echo "training run wrote $(du -h "$ARCHIVE" | cut -f1) of class data"
  fi
  times=()
  for ((i = 1; i <= RUNS; i++)); do
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    out=$("$JAVA" $opts ${JAVA_OPTS:-} -cp "$JAR" "$MAIN" 2>/dev/null)
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    times+=("$ms")
    echo "$config run $i: ${ms} ms wall (${out#first verdict: })"
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$config: median of $RUNS runs ${median} ms (goal: at most 500 ms)"
done
