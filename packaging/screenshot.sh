#!/usr/bin/env bash
# Takes the README screenshot assets/screenshot-main.png from the real app under Xvfb at
# 1280x800. Runs target/dist/seqdesk.jar (./mvnw -B package -DskipTests first), or the
# launcher given as $1 (e.g. /opt/seqdesk/bin/SeqDesk). Set SETTLE (seconds, default 3) for
# how long the window gets to load before the picture.
# Needs xvfb-run, GTK 3 and ImageMagick's import (apt-get install -y xvfb libgtk-3-0 imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/linux/common.sh
out=${OUT:-assets/screenshot-main.png}

if [ -z "${SEQDESK_SHOT_IN_XVFB:-}" ]; then
    ensure_display_packages
    SEQDESK_SHOT_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/seqdesk-work.XXXXXX")
trap 'rm -rf "$work"' EXIT
if [ $# -gt 0 ]; then
    SEQDESK_HOME="$work/home" "$1" >"$work/log" 2>&1 &
else
    java -Dseqdesk.home="$work/home" -jar target/dist/seqdesk.jar >"$work/log" 2>&1 &
fi
pid=$!
wait_for_window "$work/log" 60 >/dev/null || { cat "$work/log"; stop_app "$pid"; exit 1; }
sleep "${SETTLE:-3}"
import -window root -depth 8 "$out"
stop_app "$pid"
echo "wrote $out ($(identify -format '%wx%h' "$out"))"
