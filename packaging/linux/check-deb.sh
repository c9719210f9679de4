#!/usr/bin/env bash
# Checks the Linux package end to end, without installing it:
#   1. builds the .deb (./mvnw package -Pnative), unless given one or --no-build;
#   2. reports its size (fails above SEQDESK_MAX_DEB_MB, default 90);
#   3. unpacks it with dpkg-deb -x into a scratch directory and checks the menu entry;
#   4. runs the unpacked launcher: --version; dumps the class-data archive as postinst would;
#      then under Xvfb until the main window is shown (and checks the archive was used), once
#      plainly and once with an .otio file as a desktop file association would.
# Usage: packaging/linux/check-deb.sh [--no-build | path/to/seqdesk.deb]
# Needs Xvfb and GTK 3; installs them with apt-get when missing and allowed (root or sudo).
set -euo pipefail
cd "$(dirname "$0")/../.."
source packaging/linux/common.sh

deb=""
case "${1:-}" in
    --no-build) ;;
    "")
        ensure_deb_build_packages
        ./mvnw -B -q package -Pnative -DskipTests
        ;;
    *) deb=$1 ;;
esac
scratch=$(mktemp -d "${TMPDIR:-/tmp}/seqdesk-check.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
fail() {
    echo "FAIL: $*" >&2
    if [ -s "$scratch/app.log" ]; then sed 's/^/  app: /' "$scratch/app.log" >&2; fi
    exit 1
}

if [ -z "$deb" ]; then
    deb=$(ls -t target/dist/seqdesk_*.deb 2>/dev/null | head -1 || true)
fi
[ -n "$deb" ] && [ -f "$deb" ] || fail "no .deb (build it with ./mvnw -B package -Pnative)"
ensure_display_packages

bytes=$(stat -c %s "$deb")
max_mb=${SEQDESK_MAX_DEB_MB:-90}
echo "package: $deb"
echo "size: $bytes bytes ($((bytes / 1024 / 1024)) MiB, limit $max_mb MiB)"
[ "$bytes" -le $((max_mb * 1024 * 1024)) ] || fail "package larger than $max_mb MiB"

dpkg-deb -x "$deb" "$scratch/root"
root="$scratch/root/opt/seqdesk"
desktop="$root/lib/seqdesk-SeqDesk.desktop"
dpkg-deb -f "$deb" Depends | grep 'libgtk-3-0' >/dev/null || fail "Depends lacks libgtk-3-0"
grep -qx 'Categories=AudioVideo;Video;' "$desktop" || fail "menu category missing in $desktop"
grep -q '^Exec=/opt/seqdesk/bin/SeqDesk %f$' "$desktop" || fail "Exec line does not take a file"
grep -q 'application/x-opentimelineio+json' "$desktop" || fail "file types missing in $desktop"
echo "menu entry: $(grep -E '^(Name|Categories)=' "$desktop" | paste -sd' ' -)"

version=$("$root/bin/SeqDesk" --version) || fail "--version failed"
echo "--version: $version"

# What postinst does at install: dump the class-data archive where the app now lives.
sh "$root/lib/app/dump-class-archive.sh" "$root"
[ -s "$root/lib/app/seqdesk.jsa" ] || fail "no class-data archive dumped"
echo "class-data archive: $(du -h "$root/lib/app/seqdesk.jsa" | cut -f1)"

run_window() {
    local label=$1
    shift
    : >"$scratch/app.log"
    SEQDESK_HOME="$scratch/home" SEQDESK_T0=$(date +%s%3N) \
        xvfb-run -a -s "-screen 0 1280x800x24" "$root/bin/SeqDesk" "$@" >"$scratch/app.log" 2>&1 &
    local pid=$!
    local line
    line=$(wait_for_window "$scratch/app.log" 60) || { stop_app "$pid"; fail "$label: no main window"; }
    echo "$label: ${line#*- }"
    if [ $# -gt 0 ]; then
        grep -q "Asked to open $1" "$scratch/app.log" || { stop_app "$pid"; fail "$label: file not passed on"; }
    fi
    # xvfb-run started the launcher as its child: check it mapped the archive, stop it, and
    # xvfb-run ends by itself.
    local cds=no
    for child in $(pgrep -P "$pid"); do
        if [ "$(cat /proc/"$child"/comm 2>/dev/null)" = "SeqDesk" ]; then
            if grep -q 'seqdesk\.jsa' "/proc/$child/maps"; then cds=yes; fi
            kill "$child"
        fi
    done
    wait "$pid" 2>/dev/null || true
    echo "$label: class-data archive used: $cds"
    [ "$cds" = yes ] || fail "$label: the class-data archive was not used"
}

run_window "window"
printf '{"OTIO_SCHEMA": "Timeline.1", "name": "check"}\n' >"$scratch/check.otio"
run_window "window with file" "$scratch/check.otio"
echo "OK: the unpacked package starts and shows its main window"
