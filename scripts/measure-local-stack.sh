#!/usr/bin/env bash
# Measures the local stack (a measurement, not a test):
#   1. runs ./run.sh (build included; a warm Maven cache is assumed) and times it until the
#      "CareFlow is ready" banner,
#   2. lets everything sit idle (IDLE_SECONDS, default 30),
#   3. prints the resident memory of every process: the launcher JVM (Kafka, MongoDB, SMTP),
#      Keycloak and each service, and the total,
#   4. stops the stack the way Ctrl-C does (SIGINT to its process group) and checks that no
#      process is left behind.
# Usage: scripts/measure-local-stack.sh [run.sh arguments, e.g. --skip-build --port-offset=10000]
set -euo pipefail
cd "$(dirname "$0")/.."
idle_seconds=${IDLE_SECONDS:-30}
ready_timeout=${READY_TIMEOUT_SECONDS:-900}
output=$(mktemp -t careflow-measure.XXXXXX)

# job control: the stack gets its own process group and, unlike a plain background job,
# does not ignore SIGINT; so "kill -INT -<group>" is exactly what Ctrl-C in a terminal does
set -m
started=$(date +%s.%N)
./run.sh "$@" >"$output" 2>&1 &
group=$!
set +m

elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

echo "run.sh is running as process group $group; output in $output"
built_in=""
until grep -q "CareFlow is ready" "$output"; do
	if [ -z "$built_in" ] && grep -q "==> Starting CareFlow" "$output"; then
		built_in=$(elapsed "$started")
	fi
	if ! kill -0 "$group" 2>/dev/null; then
		echo "run.sh ended before CareFlow was ready:" >&2
		tail -n 40 "$output" >&2
		exit 1
	fi
	if [ "$(elapsed "$started" | cut -d. -f1)" -ge "$ready_timeout" ]; then
		echo "CareFlow was not ready within $ready_timeout s" >&2
		kill -INT -- "-$group" 2>/dev/null || true
		exit 1
	fi
	sleep 0.2
done
ready_in=$(elapsed "$started")
echo "Ready ${ready_in} s after invoking ./run.sh (build done after ${built_in:-?} s)"
sed -n '/CareFlow is ready/p' "$output"

echo "Idle for ${idle_seconds} s..."
sleep "$idle_seconds"

kib() { awk -v key="$2" '$1 == key":" { print $2 }' "/proc/$1/$3" 2>/dev/null || echo 0; }

printf '\n%-34s %8s %9s %9s\n' "process" "pid" "RSS MB" "PSS MB"
total_rss=0
total_pss=0
while read -r pid args; do
	case "$args" in
	*local-stack-exec.jar*) name="launcher (Kafka, MongoDB, SMTP)" ;;
	*kc.script.pid*) name="Keycloak" ;;
	*kc.sh*) name="Keycloak's kc.sh" ;;
	*-Dcareflow.service=*)
		name=${args#*-Dcareflow.service=}
		name=${name%% *}
		;;
	*) name=$(echo "$args" | cut -c1-34) ;;
	esac
	rss=$(kib "$pid" VmRSS status)
	pss=$(kib "$pid" Pss smaps_rollup)
	total_rss=$((total_rss + ${rss:-0}))
	total_pss=$((total_pss + ${pss:-0}))
	printf '%-34s %8s %9d %9d\n' "$name" "$pid" $((${rss:-0} / 1024)) $((${pss:-0} / 1024))
done < <(ps -eo pid=,pgid=,args= | awk -v g="$group" '$2 == g { $2 = ""; print }')
printf '%-34s %8s %9d %9d\n' "TOTAL" "" $((total_rss / 1024)) $((total_pss / 1024))

echo
echo "Stopping with SIGINT (as Ctrl-C does)..."
stop_started=$(date +%s.%N)
kill -INT -- "-$group"
for _ in $(seq 1 120); do
	kill -0 "$group" 2>/dev/null || break
	sleep 0.5
done
echo "Launcher exited $(elapsed "$stop_started") s after SIGINT"
sleep 1
left=$(ps -eo pid=,pgid=,args= | awk -v g="$group" '$2 == g')
if [ -n "$left" ]; then
	echo "LEFT BEHIND:" >&2
	echo "$left" >&2
	exit 1
fi
echo "Nothing left behind: no process of group $group is running."
