#!/usr/bin/env bash
# Start-up benchmark of an installed SeqDesk: time from launching bin/SeqDesk to the "Main
# window shown" log line, over several fresh starts under one Xvfb; prints the median.
# The launch time goes in as SEQDESK_T0 (the launcher takes no JVM options; the app reads it
# like -Dseqdesk.t0). Also says whether the class-data archive (lib/app/seqdesk.jsa) was used.
# Usage: packaging/linux/bench-startup.sh [INSTALL_ROOT (default /opt/seqdesk)] [RUNS (default 7)]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/common.sh"
root=${1:-/opt/seqdesk}
runs=${2:-7}

if [ -z "${SEQDESK_BENCH_IN_XVFB:-}" ]; then
    ensure_display_packages
    SEQDESK_BENCH_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$root" "$runs"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/seqdesk-work.XXXXXX")
trap 'rm -rf "$work"' EXIT
times=()
cpus=()
cds="no"
tick=$(getconf CLK_TCK)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for ((i = 1; i <= runs; i++)); do
    SEQDESK_HOME="$work/home" SEQDESK_T0=$(date +%s%3N) "$root/bin/SeqDesk" >"$work/log.$i" 2>&1 &
    pid=$!
    line=$(wait_for_window "$work/log.$i" 60) || { cat "$work/log.$i"; stop_app "$pid"; exit 1; }
    grep -q 'seqdesk\.jsa' "/proc/$pid/maps" 2>/dev/null && cds="yes"
    # CPU time (user + system) the process has used by then: less sensitive to a busy machine.
    cpu=$(awk -v t="$tick" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$pid/stat")
    stop_app "$pid"
    ms=$(sed -E 's/.*Main window shown, ([0-9]+) ms.*/\1/' <<<"$line")
    times+=("$ms")
    cpus+=("$cpu")
    echo "run $i: $ms ms to the window, $cpu ms CPU"
    sleep 1
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
cpu_sorted=($(printf '%s\n' "${cpus[@]}" | sort -n))
echo "median: ${sorted[$((runs / 2))]} ms  (min ${sorted[0]}, max ${sorted[$((runs - 1))]}," \
    "$runs runs, class-data archive used: $cds); CPU median ${cpu_sorted[$((runs / 2))]} ms"
