#!/usr/bin/env bash
# Prints the JDK modules the runtime jars use, as jdeps sees them, to compare with
# jpackage.modules in pom.xml (which adds modules loaded by name: jdk.crypto.ec for TLS,
# jdk.localedata, jdk.charsets, jdk.zipfs, java.net.http). Run after ./mvnw package.
# The jars are unpacked first: some are modules that require others, which jdeps would
# otherwise insist on resolving.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/seqdesk-work.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/classes" "$work/fx"
for jar in target/dist/lib/javafx-*.jar; do
    # The jars without a platform classifier hold no classes; the others are the modules.
    if unzip -Z1 "$jar" | grep '\.class$' >/dev/null; then cp "$jar" "$work/fx/"; fi
done
for jar in target/dist/seqdesk.jar target/dist/lib/*.jar; do
    case $(basename "$jar") in javafx-*) continue ;; esac
    unzip -qo "$jar" '*.class' -x 'module-info.class' 'META-INF/*' -d "$work/classes" 2>/dev/null || true
done
jdeps --ignore-missing-deps --print-module-deps --module-path "$work/fx" \
    --add-modules ALL-MODULE-PATH "$work/classes"
