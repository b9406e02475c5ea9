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

java_major() {
	"$1" -XshowSettings:properties -version 2>&1 |
		awk -F'= ' '/java.specification.version/ { split($2, v, "."); print (v[1] == 1 ? v[2] : v[1]) }'
}

at_least_21() {
	local version
	version=$(java_major "$1" 2>/dev/null)
	[ "${version:-0}" -ge 21 ] 2>/dev/null
}

# JAVA_HOME if it is 21+, else `java` on the PATH if it is 21+, else the newest JDK in /usr/lib/jvm
find_java() {
	local candidate best="" best_version=0 version
	if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && at_least_21 "$JAVA_HOME/bin/java"; then
		echo "$JAVA_HOME/bin/java"
		return
	fi
	if command -v java >/dev/null 2>&1 && at_least_21 java; then
		command -v java
		return
	fi
	for candidate in /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
		[ -x "$candidate" ] || continue
		version=$(java_major "$candidate" 2>/dev/null)
		if [ "${version:-0}" -gt "$best_version" ] 2>/dev/null; then
			best=$candidate
			best_version=$version
		fi
	done
	if [ "$best_version" -ge 21 ]; then
		echo "$best"
		return
	fi
	echo "CareFlow needs a JDK 21 or newer: set JAVA_HOME or install one (e.g. Temurin 21)." >&2
	exit 1
}

java=$(find_java)
if [ -z "${JAVA_HOME:-}" ] && ! command -v java >/dev/null 2>&1; then
	# the Maven wrapper needs a java too
	JAVA_HOME=$(dirname "$(dirname "$java")")
	export JAVA_HOME
fi

build=true
if [ "${1:-}" = "--skip-build" ]; then
	build=false
	shift
fi

if $build; then
	echo "==> Building CareFlow (tests skipped; run ./mvnw verify for those)..."
	started=$(date +%s)
	# word splitting is wanted: CAREFLOW_MVNW may be a command with arguments
	# shellcheck disable=SC2086
	${CAREFLOW_MVNW:-./mvnw} -q -DskipTests package
	echo "==> Built in $(($(date +%s) - started)) s"
fi

launcher=local-stack/target/local-stack-exec.jar
if [ ! -f "$launcher" ]; then
	echo "$launcher is missing: run ./run.sh without --skip-build" >&2
	exit 1
fi

# Kafka, MongoDB and SMTP share this JVM; like the services it needs no peak throughput.
jvm_options=(-Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms64m -Xmx384m)
if [ "$(java_major "$java")" -ge 23 ]; then
	# Kafka still uses sun.misc.Unsafe memory access; without this JDK 23+ prints warnings
	jvm_options+=(--sun-misc-unsafe-memory-access=allow)
fi

echo "==> Starting CareFlow with $java"
# exec: the launcher replaces this shell, so Ctrl-C and SIGTERM reach it directly
exec "$java" "${jvm_options[@]}" -jar "$launcher" --repo="$root" "$@"
