#!/usr/bin/env bash
# Swarmplay's developer entry point. The README's quick start uses exactly two of these:
#
#   scripts/dev.sh run [ARGS...]   install what is missing, build, run swarmplay (no ARGS: the demo)
#   scripts/dev.sh test            install what is missing (tools the tests use too), build, run every test
#
# Also: deps [--test], build, package, format. Works on Debian 12 and Ubuntu 22.04+, as root or
# as a user with sudo. Only packages from the distribution's archive are used.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${SWARMPLAY_BUILD_DIR:-$HERE/build}"
JOBS="${JOBS:-$(nproc)}"

BUILD_PACKAGES=(build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n
    libtorrent-rasterbar-dev libboost-dev libssl-dev libgl-dev ffmpeg
    libavformat-dev libavcodec-dev libass-dev) # embedded subtitles: our demuxer, libass draws
# What the tests run against: real media tools, a real tracker and real third-party clients.
TEST_PACKAGES=(ffmpeg opentracker transmission-daemon transmission-cli qbittorrent-nox aria2
    rtorrent curl xvfb xauth clang-format desktop-file-utils appstream nsis chromium wrk
    python3-fonttools dvdauthor) # subtitle media: a font renamed to prove attachments, VobSub
# What `package` needs besides the build: rpmbuild for the .rpm (the .deb needs only dpkg).
PACKAGE_PACKAGES=(rpm file)

log() { printf '[swarmplay] %s\n' "$*" >&2; }

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else log "need root (or sudo) to run: $*"; exit 1; fi
}

install_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    log "installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

deps() {
    install_packages "${BUILD_PACKAGES[@]}"
    if [[ "${1:-}" == "--test" ]]; then install_packages "${TEST_PACKAGES[@]}"; fi
}

build() {
    cmake -S "$HERE" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$BUILD" -j "$JOBS"
}

case "${1:-}" in
    run)
        shift
        deps
        build
        # No arguments: swarmplay plays its demo. The engine is build/app/engine/swarmplay-engine.
        exec "$BUILD/app/swarmplay/swarmplay" "$@"
        ;;
    test)
        shift
        deps --test
        build -DSWARMPLAY_BUILD_TESTS=ON -DSWARMPLAY_WERROR=ON
        cd "$BUILD"
        # Tests use their own loopback addresses, so they can run side by side.
        exec ctest --output-on-failure --timeout 600 -j "$JOBS" "$@"
        ;;
    deps) shift; deps "$@" ;;
    build) shift; deps; build "$@" ;;
    package)
        shift; deps; install_packages "${PACKAGE_PACKAGES[@]}"; build "$@"
        (cd "$BUILD" && cpack)
        ;;
    format)
        cd "$HERE"
        git ls-files '*.cpp' '*.h' | xargs clang-format -i
        ;;
    *)
        sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
