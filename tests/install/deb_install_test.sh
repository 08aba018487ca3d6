#!/usr/bin/env bash
# Installs Swarmplay's .deb into a throwaway Debian 12 root and checks what a user would:
#   1. `xdg-mime query default` names Swarmplay's desktop entry for x-scheme-handler/magnet
#      and application/x-bittorrent;
#   2. `swarmplay --version` runs (every library it needs came with the package's computed
#      dependencies);
#   3. `xdg-open 'magnet:?xt=...'` starts swarmplay.
# Also `appstreamcli validate-tree` on the package's contents (desktop entry, metainfo and icons
# together) when appstreamcli is installed on the host.
#
#   sudo tests/install/deb_install_test.sh [path/to/swarmplay_*.deb]
#
# Needs root (debootstrap, chroot, mounts), debootstrap, and the Debian mirror the host's apt
# uses (read from /etc/apt/sources.list*; MIRROR=... overrides). It is not a CTest test: it
# downloads a minimal Debian (about 40 MB) and the package's dependencies (about 150 MB) and
# takes minutes. Downloads are kept in $CACHE (default /var/tmp/swarmplay-deb-test-cache) so a
# second run is quicker; the root itself is made fresh each run and removed at the end
# (KEEP_ROOT=1 keeps it).
#
# How 3 is checked without letting swarmplay onto the internet: a swarmplay window is started in
# the root first, bound to 127.0.0.1 (no DHT, LSD, UPnP, NAT-PMP), on an Xvfb display of the
# host's (xdg-open opens links only when there is a display; without Xvfb the script uses a
# display name that exists nowhere and Qt's offscreen platform, and says so). xdg-open then runs
# the desktop entry's `swarmplay %U`; that second swarmplay hands the magnet to the window and
# exits, and the window logs that it received it. So the magnet went xdg-open -> xdg-mime ->
# desktop entry -> swarmplay, and the program that started is the one installed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEB="${1:-}"
CACHE="${CACHE:-/var/tmp/swarmplay-deb-test-cache}"
SUITE=bookworm
APP_ID=io.github.swarmplay.Swarmplay
MAGNET='magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=deb-install-test'

log() { printf '[deb-test] %s\n' "$*" >&2; }
fail() { log "FAIL: $*"; exit 1; }

[[ $(id -u) -eq 0 ]] || fail "run as root (debootstrap and chroot need it)"
command -v debootstrap >/dev/null || fail "debootstrap is missing: apt-get install debootstrap"
if [[ -z "$DEB" ]]; then
    DEB="$(ls -t "${SWARMPLAY_BUILD_DIR:-$HERE/build}"/swarmplay_*.deb 2>/dev/null | head -n1 || true)"
fi
[[ -f "$DEB" ]] || fail "no .deb given or found in build/ (make one with: scripts/dev.sh package)"
DEB="$(readlink -f "$DEB")"
log "package: $DEB"
START=$SECONDS

# The mirror the host's apt already reaches.
if [[ -z "${MIRROR:-}" ]]; then
    MIRROR="$(grep -hsE '^URIs: .*/debian/?$' /etc/apt/sources.list.d/*.sources | head -n1 |
        awk '{print $2}')"
    [[ -n "$MIRROR" ]] || MIRROR="$(grep -hsE '^deb +(\[[^]]*\] +)?https?://[^ ]+/debian/? +bookworm ' \
        /etc/apt/sources.list /etc/apt/sources.list.d/*.list | head -n1 | sed -E 's/^deb +(\[[^]]*\] +)?//' |
        awk '{print $1}')"
    MIRROR="${MIRROR:-http://deb.debian.org/debian}"
fi
log "mirror: $MIRROR"

if command -v appstreamcli >/dev/null; then
    TREE="$(mktemp -d)"
    dpkg-deb -x "$DEB" "$TREE"
    appstreamcli validate-tree --no-net "$TREE" || fail "appstreamcli validate-tree on the package's files"
    rm -rf "$TREE"
    log "ok: appstreamcli validate-tree (desktop entry, metainfo and icons as installed)"
else
    log "skipped: appstreamcli validate-tree (apt-get install appstream)"
fi

mkdir -p "$CACHE/debootstrap" "$CACHE/apt"
ROOT="$(mktemp -d /var/tmp/swarmplay-deb-root.XXXXXX)"
MOUNTS=()
cleanup() {
    local i
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTS[$i]}" 2>/dev/null || true; done
    [[ -z "${XVFB_PID:-}" ]] || kill "$XVFB_PID" 2>/dev/null || true
    if [[ "${KEEP_ROOT:-0}" == 1 ]]; then log "root kept: $ROOT"; else rm -rf "$ROOT"; fi
}
trap cleanup EXIT
bind() { mount --bind "$1" "$2"; MOUNTS+=("$2"); }

log "debootstrap --variant=minbase $SUITE into $ROOT"
debootstrap --variant=minbase --cache-dir="$CACHE/debootstrap" "$SUITE" "$ROOT" "$MIRROR" \
    >"$ROOT.debootstrap.log" 2>&1 || { tail -n 20 "$ROOT.debootstrap.log" >&2; fail "debootstrap"; }
rm -f "$ROOT.debootstrap.log"
mount -t proc proc "$ROOT/proc" && MOUNTS+=("$ROOT/proc")
bind /dev "$ROOT/dev"
bind /dev/pts "$ROOT/dev/pts"
bind "$CACHE/apt" "$ROOT/var/cache/apt/archives"
echo "deb $MIRROR $SUITE main" >"$ROOT/etc/apt/sources.list"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
cp "$DEB" "$ROOT/tmp/swarmplay.deb"

in_root() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
# The shared download cache belongs to the host's root, which apt's _apt user cannot write.
APT=(apt-get -q -o APT::Sandbox::User=root)

# What a Debian desktop has: xdg-utils, and desktop-file-utils whose dpkg trigger writes the
# MIME cache (mimeinfo.cache) that xdg-mime reads. Then the package, its dependencies from the
# mirror as its control file computes them.
log "apt-get install xdg-utils desktop-file-utils ./swarmplay.deb"
in_root "${APT[@]}" update >/dev/null
in_root env DEBIAN_FRONTEND=noninteractive "${APT[@]}" install -y --no-install-recommends \
    xdg-utils desktop-file-utils >/dev/null 2>"$CACHE/apt-base.log" ||
    { tail -n 20 "$CACHE/apt-base.log" >&2; fail "xdg-utils and desktop-file-utils do not install"; }
in_root env DEBIAN_FRONTEND=noninteractive "${APT[@]}" install -y --no-install-recommends \
    /tmp/swarmplay.deb >"$CACHE/apt-install.log" 2>&1 ||
    { tail -n 20 "$CACHE/apt-install.log" >&2; fail "the package does not install"; }
log "installed: $(in_root dpkg-query -W -f='${Package} ${Version}' swarmplay)"
log "it depends on: $(in_root dpkg-query -W -f='${Depends}' swarmplay)"

# 1. The default handlers. A fresh user: no mimeapps.list, so the answer comes from the cache
#    the package's desktop entry went into.
for type in x-scheme-handler/magnet application/x-bittorrent; do
    handler="$(in_root xdg-mime query default "$type")"
    [[ "$handler" == "$APP_ID.desktop" ]] || fail "xdg-mime query default $type says '$handler'"
    log "ok: xdg-mime query default $type -> $handler"
done

# 2. The installed program runs (no display needed for --version).
version="$(in_root swarmplay --version)" || fail "swarmplay --version"
[[ "$version" == "swarmplay "* ]] || fail "swarmplay --version printed '$version'"
log "ok: swarmplay --version -> $version"

# 3. xdg-open starts swarmplay: a display, a window on it (see the header), then the link.
SESSION_ENV=(QT_FORCE_STDERR_LOGGING=1 QT_LOGGING_RULES=swarmplay.instance.info=true
    XDG_RUNTIME_DIR=/tmp/runtime HOME=/tmp/home)
XVFB_PID=
if command -v Xvfb >/dev/null; then
    display=$((100 + RANDOM % 400))
    Xvfb ":$display" -nolisten tcp -screen 0 1280x800x24 >/dev/null 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 1 40); do [[ -S /tmp/.X11-unix/X$display ]] && break; sleep 0.25; done
    [[ -S /tmp/.X11-unix/X$display ]] || fail "Xvfb :$display did not start"
    mkdir -p "$ROOT/tmp/.X11-unix"
    bind /tmp/.X11-unix "$ROOT/tmp/.X11-unix"
    SESSION_ENV+=(DISPLAY=":$display")
    log "display: Xvfb :$display (swarmplay uses Qt's xcb platform, as on a desktop)"
else
    SESSION_ENV+=(DISPLAY=:404 QT_QPA_PLATFORM=offscreen)
    log "display: none (no Xvfb on the host: apt-get install xvfb); DISPLAY=:404 for xdg-open, Qt offscreen"
fi
in_root mkdir -p -m 0700 /tmp/runtime /tmp/home
# chroot and env exec, so $! is swarmplay itself.
chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "${SESSION_ENV[@]}" \
    swarmplay --bind 127.0.0.1 'magnet:?xt=urn:btih:89abcdef0123456789abcdef0123456789abcdef' \
    >"$ROOT/tmp/window.log" 2>&1 &
WINDOW=$!
stop_window() { kill "$WINDOW" 2>/dev/null || true; wait "$WINDOW" 2>/dev/null || true; }
for _ in $(seq 1 60); do
    grep -q 'listening on' "$ROOT/tmp/window.log" && break
    kill -0 "$WINDOW" 2>/dev/null || { cat "$ROOT/tmp/window.log" >&2; fail "the window exited"; }
    sleep 0.5
done
grep -q 'listening on' "$ROOT/tmp/window.log" || { stop_window; cat "$ROOT/tmp/window.log" >&2; fail "the window did not start"; }
log "window up: $(grep -o 'listening on .*' "$ROOT/tmp/window.log")"

timeout 60 chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    "${SESSION_ENV[@]}" xdg-open "$MAGNET" >"$ROOT/tmp/xdg-open.log" 2>&1 ||
    { stop_window; cat "$ROOT/tmp/xdg-open.log" >&2; fail "xdg-open exited with an error"; }
for _ in $(seq 1 40); do
    grep -qF "from another launch: $MAGNET" "$ROOT/tmp/window.log" && break
    sleep 0.5
done
if ! grep -qF "from another launch: $MAGNET" "$ROOT/tmp/window.log"; then
    stop_window
    cat "$ROOT/tmp/xdg-open.log" "$ROOT/tmp/window.log" >&2
    fail "xdg-open did not bring the magnet to swarmplay"
fi
log "ok: xdg-open '$MAGNET' started swarmplay, which handed the link to the window:"
grep -F "another launch" "$ROOT/tmp/window.log" | sed 's/^/[deb-test]   /' >&2
stop_window
log "PASS ($((SECONDS - START)) s)"
