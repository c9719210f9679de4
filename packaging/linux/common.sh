# Shared by the Linux packaging scripts: sourced, not run.

# Installs what a real window needs (Xvfb, GTK 3) when missing.
ensure_display_packages() {
    local missing=()
    command -v xvfb-run >/dev/null || missing+=(xvfb)
    ldconfig -p | grep 'libgtk-3\.so\.0' >/dev/null || missing+=(libgtk-3-0)
    apt_install "${missing[@]}"
}

# Installs what jpackage needs for a .deb (fakeroot) when missing.
ensure_deb_build_packages() {
    local missing=()
    command -v fakeroot >/dev/null || missing+=(fakeroot)
    command -v dpkg-deb >/dev/null || missing+=(dpkg)
    apt_install "${missing[@]}"
}

# Installs the Debian packages given, as root directly, else with passwordless sudo;
# otherwise says what to install.
apt_install() {
    local missing=("$@")
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if sudo -n true 2>/dev/null; then
            sudo="sudo -n"
        else
            echo "Please install: ${missing[*]} (apt-get install -y ${missing[*]})" >&2
            return 1
        fi
    fi
    echo "Installing ${missing[*]} with apt-get"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Waits until file $1 contains the main-window log line or $2 seconds pass; prints the line.
wait_for_window() {
    local log=$1 seconds=$2 i
    for ((i = 0; i < seconds * 10; i++)); do
        if grep -m1 "Main window shown" "$log" 2>/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    return 1
}

# Stops process $1 (started by the caller) and waits for it.
stop_app() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
