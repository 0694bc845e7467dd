#!/bin/sh
# Usage: with-keyring.sh PROGRAM [ARGUMENTS...]
#
# Runs PROGRAM (tst_keychain) inside a private D-Bus session with a fresh, unlocked
# gnome-keyring (the Secret Service that QtKeychain reaches through libsecret), in a throw-away
# home: the real keychain path is exercised without a display, as root or not, and the
# user's own keyrings are never touched. When that cannot be set up, PROGRAM still runs, with
# ISC_KEYCHAIN_SKIP giving the reason, and skips (ctest then reports the test as skipped).
set -u

run_skipped() {
    ISC_KEYCHAIN_SKIP="keychain test skipped: $1"
    export ISC_KEYCHAIN_SKIP
    shift
    exec "$@"
}

for tool in dbus-run-session dbus-daemon gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        run_skipped "$tool is not installed (Debian: dbus, gnome-keyring)" "$@"
    fi
done

home=$(mktemp -d "${TMPDIR:-/tmp}/isc-keyring.XXXXXX") || run_skipped "no temporary folder" "$@"
trap 'rm -rf "$home"' EXIT
trap 'exit 143' INT TERM
mkdir -p "$home/runtime" && chmod 700 "$home/runtime"
export HOME="$home" XDG_RUNTIME_DIR="$home/runtime" XDG_DATA_HOME="$home/data" \
    XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
# Nothing may lead QtKeychain or libsecret to the desktop's session, keyring or KWallet.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK \
    XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION \
    KDE_SESSION_VERSION

# (As root, dbus-daemon warns that it cannot raise its fd limit: harmless.)
dbus-run-session -- sh -c '
    # The password creates and unlocks a new "login" keyring, the default collection.
    if ! output=$(printf "%s" isc-throwaway-keyring \
                  | gnome-keyring-daemon --unlock --components=secrets 2>&1); then
        ISC_KEYCHAIN_SKIP="keychain test skipped: gnome-keyring-daemon did not start: $output"
        export ISC_KEYCHAIN_SKIP
    elif command -v dbus-send >/dev/null 2>&1 \
         && ! dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
              org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
              | grep -q "boolean true"; then
        ISC_KEYCHAIN_SKIP="keychain test skipped: no Secret Service on the private bus"
        export ISC_KEYCHAIN_SKIP
    else
        ISC_KEYCHAIN_TEST=1
        export ISC_KEYCHAIN_TEST
    fi
    "$@"
' sh "$@"
