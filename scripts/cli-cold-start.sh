#!/usr/bin/env bash
# Cold start of the command line as distributed: JVM start to the report printed, for one notice. Runs
#   bin/improvement-notice evaluate surrey-2008 --as-at 2009-06-30
# from the built distribution RUNS times (default 7) per configuration and prints each wall time and the
# median in milliseconds, with the load average before each configuration (the machine may be shared: a
# median taken under load says so). Goal: a median of at most 500 ms with the archive the build ships.
#   shipped   the launcher as shipped: the JVM's defaults, the options the launcher passes, its class-data archive
#   no-cds    the same with IMPROVEMENT_NOTICE_CDS=off (no class-data archive)
# CONFIGS="shipped no-cds" picks configurations and their order; ROUNDS=n repeats them alternately n times.
# JAVA_OPTS is cleared for the runs: only the JVM's defaults and the launcher's own options. JAVA_HOME is left
# as it is (the launcher runs its java). Besides the wall time, each run's processor time (user and system, all
# threads) is printed: on a shared machine it moves less with the load than the wall time does.
# DIST=<directory> measures another copy of the distribution (an unpacked zip).
# Builds nothing: build first with ./mvnw -q -B -ntp package -DskipTests -pl notice-cli -am
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-7}"
ROUNDS="${ROUNDS:-1}"
CONFIGS="${CONFIGS:-shipped no-cds}"
DIST="${DIST:-notice-cli/target/improvement-notice}"
LAUNCHER=$DIST/bin/improvement-notice
ARGS=(evaluate surrey-2008 --as-at 2009-06-30)
if [[ ! -x "$LAUNCHER" ]]; then
  echo "No $LAUNCHER: build first with ./mvnw -q -B -ntp package -DskipTests -pl notice-cli -am" >&2
  exit 2
fi
unset JAVA_OPTS

load() { cut -d ' ' -f 1-3 /proc/loadavg; }

config_env() {
  case "$1" in
    shipped) echo "IMPROVEMENT_NOTICE_CDS=on" ;;
    no-cds) echo "IMPROVEMENT_NOTICE_CDS=off" ;;
    *) echo "Unknown configuration $1 (shipped, no-cds)" >&2; exit 2 ;;
  esac
}

# Once per configuration: what the launcher passes to the JVM and whether the archive serves the classes.
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/java}"
java_bin="${java_bin:-$(command -v java)}"
"$java_bin" -version 2>&1 | head -1
echo "$(nproc) processors; load average before anything: $(load)"
checks=$(mktemp -d)
trap 'rm -rf "$checks"' EXIT
for config in $CONFIGS; do
  env_setting=$(config_env "$config")
  # the launcher's own trace of the java command it runs (its exec line, class path shortened)
  echo "$config ($env_setting): the launcher runs"
  env "$env_setting" sh -x "$LAUNCHER" --version 2>&1 >/dev/null | sed -n 's/^+ exec /  /p' |
    sed -E 's/-cp [^ ]+/-cp <lib\/*.jar>/'
  # one run that logs where each class came from
  env "$env_setting" JAVA_OPTS="-Xlog:class+load=info:file=$checks/$config.classes" \
    "$LAUNCHER" "${ARGS[@]}" >/dev/null
  total=$(grep -c 'source:' "$checks/$config.classes" || true)
  shared=$(grep -c 'source: shared objects file' "$checks/$config.classes" || true)
  app=$(grep -c 'source: shared objects file (top)' "$checks/$config.classes" || true)
  echo "  classes loaded: $total; from class-data archives: $shared (the JDK's and the application's);" \
    "from the application's archive: $app"
  if [[ "$config" == shipped && "$app" == 0 ]]; then
    echo "  warning: the application's archive served no class: not built here or not for this JVM; in an" \
      "unpacked copy the launcher is writing one in the background now, so run the script again in a minute"
  fi
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# one untimed run of each configuration, so that the jars and the archive are in the file cache
for config in $CONFIGS; do env "$(config_env "$config")" "$LAUNCHER" "${ARGS[@]}" >/dev/null; done

TIMEFORMAT='%3R %3U %3S'
for ((round = 1; round <= ROUNDS; round++)); do
  for config in $CONFIGS; do
    env_setting=$(config_env "$config")
    before=$(load)
    walls=()
    cpus=()
    for ((i = 1; i <= RUNS; i++)); do
      # wall, user and system seconds of the launcher and the JVM it becomes
      read -r real user sys < <({ time env "$env_setting" "$LAUNCHER" "${ARGS[@]}" >/dev/null; } 2>&1)
      wall=$(awk -v r="$real" 'BEGIN {printf "%d", r * 1000}')
      cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')
      walls+=("$wall")
      cpus+=("$cpu")
      echo "$config run $i: ${wall} ms wall, ${cpu} ms processor"
    done
    echo "$config: median of $RUNS runs $(median "${walls[@]}") ms wall," \
      "$(median "${cpus[@]}") ms processor (load average before: $before; goal: at most 500 ms wall)"
  done
done
