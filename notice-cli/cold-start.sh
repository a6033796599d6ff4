#!/usr/bin/env bash
# Cold start of the command line's distribution: JVM start to the report printed, for one notice.
# Runs `bin/improvement-notice evaluate surrey-2008 --as-at 2009-06-30` (the sample notice and its data, a
# text report) RUNS times (default 9) with the class-data archive the build wrote, and RUNS times without it
# (IMPROVEMENT_NOTICE_CDS=off), alternating so that both see the same load, and prints each wall time and the
# median in milliseconds. The JVM's defaults otherwise (C2, G1). Goal: a median of at most 500 ms.
#   RUNS=15 notice-cli/cold-start.sh          more runs
#   DIST=/some/unzipped/improvement-notice-0.1.0-SNAPSHOT notice-cli/cold-start.sh    another copy
# Build first: ./mvnw -q -B -ntp package -DskipTests -pl notice-cli -am
set -euo pipefail
cd "$(dirname "$0")"
RUNS="${RUNS:-9}"
DIST="${DIST:-target/improvement-notice}"
LAUNCHER="$DIST/bin/improvement-notice"
ARGS=(evaluate surrey-2008 --as-at 2009-06-30)
if [[ ! -x "$LAUNCHER" ]]; then
  echo "No $LAUNCHER: build first with ./mvnw -q -B -ntp package -DskipTests -pl notice-cli -am" >&2
  exit 2
fi
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"

ms() { # runs the launcher once with the given value of IMPROVEMENT_NOTICE_CDS; prints the wall time in ms
  local start end
  start=$(date +%s%N)
  IMPROVEMENT_NOTICE_CDS="$1" "$LAUNCHER" "${ARGS[@]}" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

ms on >/dev/null   # one untimed run of each, to warm the file cache
ms off >/dev/null
with=()
without=()
for ((i = 1; i <= RUNS; i++)); do
  with+=("$(ms on)")
  without+=("$(ms off)")
  echo "run $i: ${with[-1]} ms with the archive, ${without[-1]} ms without"
done
echo "with the class-data archive:    median of $RUNS runs $(median "${with[@]}") ms (goal: at most 500 ms)"
echo "without the class-data archive: median of $RUNS runs $(median "${without[@]}") ms"
