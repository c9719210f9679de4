#!/bin/sh
# Dumps SeqDesk's class-data archive (AppCDS) for the installation at $1 (default /opt/seqdesk).
# On JDK 17 the archive records the absolute class path, so it is made where the app is
# installed: the package's postinst runs this. Without the archive the app starts anyway,
# only slower. Writes lib/app/seqdesk.jsa; needs no display.
set -e
root=${1:-/opt/seqdesk}
app="$root/lib/app"
cfg="$app/SeqDesk.cfg"
[ -f "$cfg" ] && [ -f "$app/seqdesk.classlist" ] || exit 0

# The same class path, in the same order, as the launcher builds from its .cfg file.
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)

rm -f "$app/seqdesk.jsa"
"$root/lib/runtime/bin/java" -Xshare:dump \
    -XX:SharedClassListFile="$app/seqdesk.classlist" \
    -XX:SharedArchiveFile="$app/seqdesk.jsa" \
    -cp "$classpath" >/dev/null 2>&1 || {
    rm -f "$app/seqdesk.jsa"
    echo "SeqDesk: class-data archive not created; the app starts without it" >&2
}
chmod 644 "$app/seqdesk.jsa" 2>/dev/null || true
