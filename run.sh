#!/usr/bin/env bash
# Builds CareFlow and runs the whole suite on this machine, without Docker:
# Kafka, MongoDB (mongo-java-server) and SMTP (GreenMail) inside the launcher JVM,
# the real Keycloak server and the six services as child processes.
# Data and logs live in .careflow/ and survive restarts. Ctrl-C stops everything.
#
# Usage: ./run.sh [--skip-build] [launcher options, see local-stack/README.md]
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

if $build; then
	build_careflow
fi

launcher=local-stack/target/local-stack-exec.jar
if [ ! -f "$launcher" ]; then
	echo "$launcher is missing: run ./run.sh without --skip-build" >&2
	exit 1
fi

launcher_jvm_options "$java"

echo "==> Starting CareFlow with $java"
# exec: the launcher replaces this shell, so Ctrl-C and SIGTERM reach it directly
exec "$java" "${launcher_jvm_options[@]}" -jar "$launcher" --repo="$root" "$@"
