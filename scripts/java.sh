# shellcheck shell=bash
# Sourced by run.sh and bench.sh: finds a JDK 21+, builds, and holds the launcher JVM's options, so
# both commands start CareFlow's launcher the same way.
#   java=$(find_java)             JAVA_HOME if it is 21+, else `java` on the PATH if it is 21+,
#                                 else the newest JDK in /usr/lib/jvm (exits when there is none)
#   export_java_home_for_maven "$java"   the Maven wrapper needs a java too
#   launcher_jvm_options "$java"  fills the array launcher_jvm_options
#   build_careflow                packages every module, tests skipped (CAREFLOW_MVNW: the Maven command)

java_major() {
	"$1" -XshowSettings:properties -version 2>&1 |
		awk -F'= ' '/java.specification.version/ { split($2, v, "."); print (v[1] == 1 ? v[2] : v[1]) }'
}

at_least_21() {
	local version
	version=$(java_major "$1" 2>/dev/null)
	[ "${version:-0}" -ge 21 ] 2>/dev/null
}

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

export_java_home_for_maven() {
	if [ -z "${JAVA_HOME:-}" ] && ! command -v java >/dev/null 2>&1; then
		JAVA_HOME=$(dirname "$(dirname "$1")")
		export JAVA_HOME
	fi
}

# Kafka, MongoDB and SMTP share the launcher's JVM; like the services it needs no peak throughput.
# glibc gives each JIT and GC thread its own 64 MB malloc arena: two are plenty
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

launcher_jvm_options() {
	# 512 MB at most: with 384 the MongoDB-protocol server, the broker and the mailbox spent a
	# fifth of their CPU in full collections under load (the heap grows only as needed)
	launcher_jvm_options=(-Xss512k -XX:+UseSerialGC -Xms64m -Xmx512m -XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError)
	if [ "$(java_major "$1")" -ge 23 ]; then
		# Kafka still uses sun.misc.Unsafe memory access; without this JDK 23+ prints warnings
		launcher_jvm_options+=(--sun-misc-unsafe-memory-access=allow)
	fi
}

build_careflow() {
	local started
	echo "==> Building CareFlow (tests skipped; run ./mvnw verify for those)..."
	started=$(date +%s)
	# word splitting is wanted: CAREFLOW_MVNW may be a command with arguments
	# shellcheck disable=SC2086
	${CAREFLOW_MVNW:-./mvnw} -q -DskipTests package
	echo "==> Built in $(($(date +%s) - started)) s"
}
