#!/usr/bin/env bash
# Builds the current commit twice, in two clones at different paths one after the other, and compares every jar
# the build makes (the published jars with their sources and javadoc, and the others) by SHA-256. Exits 0 when all
# are identical, 1 naming those that differ. Tests are skipped: they do not change the jars.
#   scripts/check-reproducible.sh [work-directory]     (default: a new directory under /tmp, removed afterwards)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d /tmp/reproducible.XXXXXX)}"
keep="${1:+yes}"
commit="$(git -C "$repo" rev-parse HEAD)"
build() {
  git clone -q "$repo" "$1"
  git -C "$1" checkout -q --detach "$commit"
  (cd "$1" && ./mvnw -q -B -ntp package -DskipTests -Dinvoker.skip)
  (cd "$1" && find . -path '*/target/*.jar' -not -path '*/target/it*' | sort | xargs sha256sum) > "$1.sha256"
}
build "$work/first"
sleep 2   # a later clock, so that a time stamp leaking into a jar shows
build "$work/second-build-elsewhere"
count=$(wc -l < "$work/first.sha256")
if diff "$work/first.sha256" "$work/second-build-elsewhere.sha256" > "$work/differences"; then
  echo "reproducible: $count jars identical in two builds of ${commit:0:7}"
  [ -n "$keep" ] || rm -rf "$work"
else
  echo "NOT reproducible: of $count jars these differ (kept in $work):"
  cat "$work/differences"
  exit 1
fi
