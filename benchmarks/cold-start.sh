#!/usr/bin/env bash
# Cold start (docs/PERFORMANCE.md, figure 8): a new JVM's first `retrieve` through the SDK against a plain JDK
# HttpClient + Gson program (ColdStartRun, interleaved), then the wall time of `./sequences sequences list --sandbox`
# (the CLI's whole process, its embedded sandbox included) over the plain program's median.
# Build first: ./mvnw -q -pl benchmarks,sequences-cli -am package -DskipTests -DskipPrismInstall=true
# Usage: benchmarks/cold-start.sh [reps, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-10}"
jar=benchmarks/target/benchmarks.jar

run="$(java -cp "$jar" io.github.unifysequences.benchmarks.ColdStartRun --reps "$reps" 2>&1 | grep -v '^SLF4J')"
echo "$run"
plain="$(echo "$run" | awk '/^plain .*median/ { gsub(",", "", $9); print $9 }')"

./sequences sequences list --sandbox > /dev/null 2>&1 # untimed: the OS's file cache (and a build, if the jar is stale)
times=()
for _ in $(seq "$reps"); do
  start=$(date +%s%N)
  ./sequences sequences list --sandbox > /dev/null 2>&1
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
  echo "  cli: ${times[-1]} ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
median=$(( n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2 ))
awk -v m="$median" -v lo="${sorted[0]}" -v hi="${sorted[n - 1]}" -v p="$plain" -v n="$n" \
  'BEGIN { printf "cli          ms from process start to exit: median %d [%d..%d] (n=%d), ratio to plain %.3f\n", m, lo, hi, n, m / p }'
