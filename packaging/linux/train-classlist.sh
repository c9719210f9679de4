#!/usr/bin/env bash
# Records which classes SeqDesk loads until its main window is shown, into
# packaging/linux/app/seqdesk.classlist. The .deb ships that list and dumps a class-data archive
# from it at install (lib/app/dump-class-archive.sh). Rerun after large changes to start-up:
#   ./mvnw -B package -Pnative -DskipTests -Dnative.installer.skip=true
#   packaging/linux/train-classlist.sh
# Needs xvfb-run and GTK 3 (apt-get install -y xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/../.."
source packaging/linux/common.sh
ensure_display_packages
image=${1:-target/dist/SeqDesk}
app="$PWD/$image/lib/app"
out=packaging/linux/app/seqdesk.classlist
work=$(mktemp -d "${TMPDIR:-/tmp}/seqdesk-work.XXXXXX")
trap 'rm -rf "$work"' EXIT

classpath=$(sed -n 's/^app\.classpath=//p' "$app/SeqDesk.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
SEQDESK_HOME="$work/home" xvfb-run -a -s "-screen 0 1280x800x24" \
    "$image/lib/runtime/bin/java" -XX:DumpLoadedClassList="$work/classlist" -cp "$classpath" \
    org.seqdesk.app.Launcher >"$work/log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
    grep -q "Main window shown" "$work/log" && break
    sleep 0.5
done
grep -q "Main window shown" "$work/log" || { cat "$work/log"; echo "window not shown" >&2; exit 1; }
sleep 2 # let the first frames render, they load classes too
for child in $(pgrep -P "$pid" -x java); do kill "$child"; done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
# Lambda forms and hidden classes are regenerated at dump time; keep plain class names only.
grep -E '^[A-Za-z0-9_$/]+$' "$work/classlist" | sort -u >"$out"
echo "$(wc -l <"$out") classes in $out"
