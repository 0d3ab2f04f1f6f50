#!/usr/bin/env bash
# Reproduces every figure of docs/PERFORMANCE.md, one after the other (about 30 minutes on 2 cores),
# writing each tool's output to benchmarks/results/.
# Build first: ./mvnw -q -pl benchmarks,sequences-cli -am package -DskipTests -DskipPrismInstall=true
set -euo pipefail
cd "$(dirname "$0")"
jar=target/benchmarks.jar
out=results
mkdir -p "$out"
java -jar "$jar" PerCallBenchmark -prof gc -rf json -rff "$out/per-call.json" | tee "$out/per-call.txt"
# Three runs: on a shared host one run's rounds spread more than figure 1's goals; the figure is their median.
for run in 1 2 3; do
  java -cp "$jar" io.github.unifysequences.benchmarks.PerCallRun | tee "$out/per-call-interleaved-$run.txt"
done
java -jar "$jar" DecodeBenchmark -prof gc -rf json -rff "$out/decode.json" | tee "$out/decode.txt"
java -Xmx64m -cp "$jar" io.github.unifysequences.benchmarks.PaginationRun | tee "$out/pagination.txt"
java -cp "$jar" io.github.unifysequences.benchmarks.PrefetchRun | tee "$out/prefetch.txt"
java -Xmx64m -cp "$jar" io.github.unifysequences.benchmarks.ExportRun | tee "$out/export.txt"
# The control for figure 4: the same with room for the GC.
java -Xmx256m -cp "$jar" io.github.unifysequences.benchmarks.ExportRun | tee "$out/export-256m.txt"
java -Xmx128m -cp "$jar" io.github.unifysequences.benchmarks.ExportWindowRun | tee "$out/export-window.txt"
java -cp "$jar" io.github.unifysequences.benchmarks.RateLimitRun | tee "$out/rate-limit.txt"
java -Xmx2g -cp "$jar" io.github.unifysequences.benchmarks.ConcurrencyRun | tee "$out/concurrency.txt"
java -cp "$jar" io.github.unifysequences.benchmarks.AsyncVsThreadsRun | tee "$out/async-vs-threads.txt"
./cold-start.sh | tee "$out/cold-start.txt" # times the CLI jar too: build both first (above)
