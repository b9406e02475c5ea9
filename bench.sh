#!/usr/bin/env bash
# Benchmarks CareFlow on this machine: builds it (as run.sh does), starts the whole suite the
# way run.sh does but on ports shifted by 20000 with nothing kept, seeds its own doctors,
# patients and tokens through the API, loads it with wrk, stops it, and prints one table
# (also written as JSON and a PNG chart to bench-results/). See "Benchmark" in README.md.
#
# Usage: ./bench.sh [--skip-build] [--warmup=10s] [--duration=20s] [--idle=60s]
#                   [--workloads=R1,R2,W1,E1,O1,S1,M1,I1] [--out=DIR] [--compare=EARLIER.json]
#   CAREFLOW_MVNW   Maven command to build with (default: ./mvnw)
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

# shellcheck source=scripts/java.sh
. scripts/java.sh

java=$(find_java)
export_java_home_for_maven "$java"

build=true
if [ "${1:-}" = "--skip-build" ]; then
	build=false
	shift
fi

if ! command -v wrk >/dev/null 2>&1; then
	echo "==> Installing wrk (Debian package), the load generator..."
	if [ "$(id -u)" -eq 0 ]; then
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
	else
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
	fi
fi

if $build; then
	build_careflow
fi

bench=benchmarks/target/benchmarks-exec.jar
if [ ! -f "$bench" ]; then
	echo "$bench is missing: run ./bench.sh without --skip-build" >&2
	exit 1
fi

# the bench JVM is the launcher (Kafka, MongoDB and SMTP run in it), so it gets the launcher's options
launcher_jvm_options "$java"

echo "==> Benchmarking CareFlow with $java"
# exec: Ctrl-C and SIGTERM reach the JVM, whose shutdown hook stops the suite
exec "$java" "${launcher_jvm_options[@]}" -Djava.awt.headless=true -jar "$bench" --repo="$root" "$@"
