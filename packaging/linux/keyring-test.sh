#!/usr/bin/env bash
# Runs the tests tagged "keyring" (OsKeyringTest) against a real Secret Service: a private D-Bus
# session with gnome-keyring, whose keyring lives in a scratch folder and is unlocked with a
# throw-away password. Nothing of the user's own keyring is touched.
# Usage: packaging/linux/keyring-test.sh
# Needs gnome-keyring and dbus (dbus-run-session); installs them with apt-get when missing and
# allowed (root).
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v gnome-keyring-daemon >/dev/null || ! command -v dbus-run-session >/dev/null; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "keyring-test: install gnome-keyring and dbus first" >&2
        exit 2
    fi
    apt-get install -y --no-install-recommends gnome-keyring dbus >/dev/null
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

dbus-run-session -- bash -c '
    printf "scratch-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ./mvnw -B test -Dtest=OsKeyringTest -Dtest.excludedGroups=bench \
        -Dsurefire.failIfNoSpecifiedTests=false
'
